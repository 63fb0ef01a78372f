import { userWithRole, type TestUser } from './support/factories';
import { Stack } from './support/stack';

interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

async function call(stack: Stack, path: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(`${stack.url}${path}`, init);
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null, headers: res.headers };
}

/** The one REST error shape: a code a client can branch on and a message a person can read, nothing else of Nest's or Fastify's. */
const restError = (code: string, message: RegExp | string = /\S/) => ({ error: { code, message: typeof message === 'string' ? message : expect.stringMatching(message) } });

describe('REST errors: every refusal is { error: { code, message } }', () => {
  const stack = new Stack();
  let editor: TestUser;
  beforeAll(async () => {
    // A low limit, so that the last case can reach it; the cases before stay well below it.
    await stack.start({ env: { RATE_LIMIT_MAX: '30', RATE_LIMIT_WINDOW_MS: '60000' }, worker: false });
    editor = await userWithRole(stack, 'EDITOR');
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('an invalid feed parameter is BAD_USER_INPUT with the reason', async () => {
    const r = await call(stack, '/feeds/claimreview.json?first=500');
    expect(r.status).toBe(400);
    expect(r.body).toEqual(restError('BAD_USER_INPUT', /first/));
  });

  it('NDJSON ingest sent as another media type is 415 with BAD_USER_INPUT', async () => {
    const r = await call(stack, '/ingest/articles', {
      method: 'POST',
      headers: { authorization: `Bearer ${editor.client.token ?? ''}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'T', body: 'B' }),
    });
    expect(r.status).toBe(415);
    expect(r.body).toEqual(restError('BAD_USER_INPUT', /x-ndjson/));
  });

  it('a route that does not exist is NOT_FOUND', async () => {
    const r = await call(stack, '/feeds/nothing-here.json', { method: 'DELETE' });
    expect(r.status).toBe(404);
    expect(r.body).toEqual(restError('NOT_FOUND'));
    for (const [method, path] of [['GET', '/nothing-here'], ['POST', '/claims'], ['GET', '/admin/nothing-here'], ['GET', '/assets/nothing-here.js']]) {
      const other = await call(stack, path!, { method: method!, headers: { accept: 'application/json' } });
      expect([method, path, other.status, other.body]).toEqual([method, path, 404, restError('NOT_FOUND')]);
    }
  });

  it('the queue dashboard refuses in the same shape', async () => {
    const anonymous = await call(stack, '/admin/session', { method: 'POST' });
    expect([anonymous.status, anonymous.body]).toEqual([401, restError('UNAUTHENTICATED', /Bearer/)]);
    const notAdmin = await call(stack, '/admin/session', { method: 'POST', headers: { authorization: `Bearer ${editor.client.token ?? ''}` } });
    expect([notAdmin.status, notAdmin.body]).toEqual([403, restError('FORBIDDEN', /admins/)]);
    const api = await call(stack, '/admin/queues/api/queues');
    expect([api.status, api.body]).toEqual([401, restError('UNAUTHENTICATED', /admin/)]);
  });

  it('an unknown claim is still NOT_FOUND in the same shape', async () => {
    const r = await call(stack, '/claims/00000000-0000-4000-8000-000000000000/claimreview.json');
    expect(r.status).toBe(404);
    expect(r.body).toEqual(restError('NOT_FOUND'));
  });

  it('over the rate limit a REST route answers 429 RATE_LIMITED with retry-after', async () => {
    let limited: Answer | undefined;
    for (let i = 0; i < 40 && !limited; i++) {
      const r = await call(stack, '/feeds/claimreview.json', { headers: { authorization: `Bearer ${editor.client.token ?? ''}` } });
      if (r.status !== 200) limited = r;
    }
    expect(limited?.status).toBe(429);
    expect(limited?.body).toEqual(restError('RATE_LIMITED', /^Too many requests: at most 30 per 60 s; try again in /));
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
