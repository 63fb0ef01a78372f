import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { userWithRole, type TestUser } from './support/factories';
import { Stack } from './support/stack';

const LEAK = /\n\s+at |node_modules|\.js:\d+|SELECT |INSERT |QueryFailedError|TypeORM/;

async function post(stack: Stack, body: string, token?: string, accept = 'application/graphql-response+json'): Promise<{ status: number; text: string; json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | null; ms: number }> {
  const t0 = Date.now();
  const res = await fetch(`${stack.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text) as never;
  } catch {
    // not JSON: asserted on by the caller
  }
  return { status: res.status, text, json, ms: Date.now() - t0 };
}

function nested(levels: number): string {
  // claim → article → claims → article → …: each step one level deeper.
  let sel = '{ id }';
  for (let i = 0; i < levels; i++) sel = i % 2 === 0 ? `{ claims ${sel} }` : `{ article ${sel} }`;
  return `query { claim(id: "00000000-0000-4000-8000-000000000000") ${sel} }`;
}

describe('a hardened GraphQL surface', () => {
  const stack = new Stack();
  let hostile: TestUser;
  let bystander: TestUser;
  const bystanderAnswers = async (): Promise<void> => {
    const r = await post(stack, JSON.stringify({ query: '{ me { id } queueStats { waiting } }' }), bystander.client.token);
    expect(r.status).toBe(200);
    expect(r.json?.errors).toBeUndefined();
  };

  beforeAll(async () => {
    await stack.start({ env: { RATE_LIMIT_MAX: '40', RATE_LIMIT_WINDOW_MS: '60000' } });
    hostile = await userWithRole(stack, 'REVIEWER');
    bystander = await userWithRole(stack, 'REVIEWER');
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('refuses a 50-level nested query with a clear error, and keeps answering others', async () => {
    const [r] = await Promise.all([post(stack, JSON.stringify({ query: nested(50) }), hostile.client.token), bystanderAnswers()]);
    expect(r.status).toBe(400);
    expect(r.json?.data).toBeUndefined();
    expect(r.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.json?.errors?.[0]?.message).toMatch(/depth/i);
    expect(r.text).not.toMatch(LEAK);
    // A client that accepts only application/json gets the same errors with 200, as GraphQL over HTTP says.
    const legacy = await post(stack, JSON.stringify({ query: nested(50) }), hostile.client.token, 'application/json');
    expect(legacy.status).toBe(200);
    expect(legacy.json?.errors?.[0]?.message).toMatch(/depth/i);
    // A modest depth is fine.
    expect((await post(stack, JSON.stringify({ query: nested(6) }), hostile.client.token)).json?.errors).toBeUndefined();
    await bystanderAnswers();
  });

  it('refuses a 10,000-alias query with a clear error, and keeps answering others', async () => {
    const query = `query { ${Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const [r] = await Promise.all([post(stack, JSON.stringify({ query }), hostile.client.token), bystanderAnswers()]);
    expect(r.status).toBe(400);
    expect(r.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.json?.errors?.[0]?.message).toMatch(/alias/i);
    expect(r.text).not.toMatch(LEAK);
    console.log(`10,000 aliases refused in ${r.ms} ms`);
    await bystanderAnswers();
  });

  it('refuses a 5 MB body with a clear error, and keeps answering others', async () => {
    const body = JSON.stringify({ query: 'mutation($input: SubmitArticleInput!) { submitArticle(input: $input) { id } }', variables: { input: { title: 'Huge', body: 'x'.repeat(5 * 1024 * 1024) } } });
    const before = await stack.count('articles');
    const [r] = await Promise.all([post(stack, body, hostile.client.token), bystanderAnswers()]);
    expect(r.status).toBe(413);
    expect(r.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.json?.errors?.[0]?.message).toBe('Request body is too large'); // once, not "…: Request body is too large"
    expect(r.text).not.toMatch(LEAK);
    expect(await stack.count('articles')).toBe(before);
    await bystanderAnswers();
  });

  it('refuses a costly query, and an over-long batch, but runs a small batch', async () => {
    const deepWide = `query { ${Array.from({ length: 25 }, (_, i) => `c${i}: claims(first: 100) { edges { node { article { claims { article { claims { id text quote } } } } } } }`).join(' ')} }`;
    const r = await post(stack, JSON.stringify({ query: deepWide }), hostile.client.token);
    expect(r.status).toBe(400);
    expect(r.json?.errors?.map((e) => e.message).join(' ')).toMatch(/cost/i);
    const op = { query: '{ __typename }' };
    const big = await post(stack, JSON.stringify(Array.from({ length: 11 }, () => op)), hostile.client.token);
    expect(big.status).toBe(400);
    expect(big.text).toMatch(/11 operations in one batched request; the limit is 10/);
    const small = await post(stack, JSON.stringify([op, { query: '{ me { id } }' }]), hostile.client.token);
    expect(small.status).toBe(200);
    expect(small.json).toEqual([{ data: { __typename: 'Query' } }, { data: { me: { id: hostile.id } } }]);
  });

  it('never shows internals: malformed JSON, a bad cursor, an unknown field', async () => {
    for (const body of ['{"query": "{ me { id } ', JSON.stringify({ query: '{ claims(after: "garbage") { totalCount } }' }), JSON.stringify({ query: '{ nope }' }), JSON.stringify({ query: 'query($id: ID!) { claim(id: $id) { id } }', variables: { id: "1' OR 1=1 --" } })]) {
      const r = await post(stack, body, hostile.client.token);
      expect(r.text).not.toMatch(LEAK);
    }
  });

  it('rate-limits per principal with RATE_LIMITED, leaving other principals alone', async () => {
    const limited: string[] = [];
    const messages = new Set<string>();
    for (let i = 0; i < 45; i++) {
      const r = await post(stack, JSON.stringify({ query: '{ me { id } }' }), hostile.client.token);
      const error = r.json?.errors?.[0];
      if (error?.extensions?.code) {
        limited.push(`${r.status} ${error.extensions.code}`);
        messages.add(error.message);
      }
    }
    expect(limited.length).toBeGreaterThan(0);
    // The window's length, then the wait: not the time left presented as the window.
    for (const m of messages) expect(m).toMatch(/^Too many requests: at most 40 per 60 s; try again in \d+ (second|minute)s?$/);
    expect(new Set(limited)).toEqual(new Set(['429 RATE_LIMITED']));
    await bystanderAnswers();
  });
});

// What production needs set (README, Configuration); each test below drops what it is about.
const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-chars', ORGANIZATION_URL: 'https://factcheck.example' };

describe('starting in production', () => {
  /** The built api, run with exactly `env` (no stack: it must stop before it connects to anything). */
  const runApi = (env: Record<string, string>): SpawnSyncReturns<string> =>
    spawnSync(process.execPath, [join(__dirname, '..', 'dist', 'apps', 'api', 'src', 'main.js')], {
      env: { PATH: process.env['PATH'] ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
      encoding: 'utf8',
      timeout: 30_000, // an api that starts anyway is killed here, and fails the test (status null)
    });

  it('refuses without ORGANIZATION_URL, naming it: localhost must not go into every published ClaimReview', () => {
    const { ORGANIZATION_URL: _, ...env } = PRODUCTION;
    const r = runApi(env);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Invalid configuration:\n\s+ORGANIZATION_URL: required in production/);
    // The message alone, as an operator reads it: no stack trace or code frame around it.
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('refuses without JWT_SECRET, naming it', () => {
    const { JWT_SECRET: _, ...env } = PRODUCTION;
    const r = runApi(env);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Invalid configuration:\n\s+JWT_SECRET: required in production/);
    // The message alone, as an operator reads it: no stack trace or code frame around it.
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('introspection in production', () => {
  const stack = new Stack();
  beforeAll(async () => {
    await stack.start({ env: PRODUCTION, worker: false });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('is refused, while ordinary queries work', async () => {
    const r = await post(stack, JSON.stringify({ query: '{ __schema { types { name } } }' }));
    expect(r.status).toBe(400);
    expect(r.json?.errors?.[0]?.message).toMatch(/introspection/i);
    const ok = await post(stack, JSON.stringify({ query: '{ __typename }' }));
    expect(ok.json).toEqual({ data: { __typename: 'Query' } });
  });
});
