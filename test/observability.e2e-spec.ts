import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminClient, Q, userWithRole } from './support/factories';
import { QueueName } from '@app/queue';
import { eventually, Stack } from './support/stack';

describe('observability: metrics, request ids in the logs, the admins’ queue dashboard', () => {
  const stack = new Stack();
  let adminToken: string;

  beforeAll(async () => {
    await stack.start();
    adminToken = (await adminClient(stack)).token!;
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('GET /metrics on the api: queue depths, outbox lag, HTTP and GraphQL latency by operation', async () => {
    const editor = await userWithRole(stack, 'EDITOR');
    await editor.client.ok(Q.submitArticle, { input: { title: 'Metrics', body: 'The minister said exports rose 12 percent last year.' } });
    const res = await fetch(`${stack.url}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/claimcheck_queue_jobs\{[^}]*queue="claim-review"[^}]*state="waiting"[^}]*\} \d+/);
    expect(text).toMatch(/claimcheck_queue_jobs\{[^}]*queue="extract-claims"/);
    expect(text).toMatch(/claimcheck_outbox_lag_seconds\{[^}]*\} [\d.]+/);
    expect(text).toMatch(/claimcheck_graphql_operation_duration_seconds_count\{[^}]*operation="submitArticle"[^}]*type="mutation"[^}]*outcome="ok"/);
    expect(text).toMatch(/claimcheck_http_request_duration_seconds_count\{[^}]*route="\/graphql"/);
  });

  it('the worker serves job durations, failures and reconciler repairs on its own port', async () => {
    const text = await eventually(async () => {
      const t = await (await fetch(`http://127.0.0.1:${stack.workerMetricsPort}/metrics`)).text();
      return t.includes('claimcheck_job_duration_seconds_count{') ? t : null;
    }, 30000, 'a job duration in the worker metrics');
    expect(text).toMatch(/claimcheck_job_duration_seconds_count\{[^}]*queue="extract-claims"[^}]*outcome="completed"/);
    expect(text).toContain('claimcheck_job_failures_total');
    expect(text).toContain('claimcheck_reconcile_duration_seconds_count');
  });

  it('puts the request id on every log line written for a request', async () => {
    const requestId = `obs-${stack.id}-1`;
    const res = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}`, 'x-request-id': requestId },
      body: JSON.stringify({ query: 'mutation { queueClaim(id: "00000000-0000-4000-8000-000000000000") { id } }' }),
    });
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('NOT_FOUND');
    const lines = await eventually(async () => {
      const found = readFileSync(join(__dirname, 'artifacts', 'logs', `${stack.id}-api.log`), 'utf8')
        .split('\n')
        .filter((l) => l.includes(requestId));
      return found.length >= 2 ? found : null;
    }, 10000, 'the log lines of the request');
    for (const line of lines) expect((JSON.parse(line) as { requestId?: string }).requestId).toBe(requestId);
    // The error logged deep in the handler and the one line per request both carry it.
    expect(lines.some((l) => l.includes('request completed'))).toBe(true);
    expect(lines.some((l) => !l.includes('request completed'))).toBe(true);
  });

  it('Bull Board at /admin/queues is for admins only, by Bearer header or by the session cookie', async () => {
    const reviewer = await userWithRole(stack, 'REVIEWER');
    const api = `${stack.url}/admin/queues/api/queues`;
    expect((await fetch(api)).status).toBe(401);
    expect((await fetch(api, { headers: { authorization: `Bearer ${reviewer.client.token}` } })).status).toBe(403);
    const page = await fetch(`${stack.url}/admin/queues`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toMatch(/^\/admin\/login/);

    const withBearer = await fetch(api, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(withBearer.status).toBe(200);
    const body = (await withBearer.json()) as { queues: { name: string }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual(Object.values(QueueName).sort());

    expect((await fetch(`${stack.url}/admin/session`, { method: 'POST', headers: { authorization: `Bearer ${reviewer.client.token}` } })).status).toBe(403);
    const session = await fetch(`${stack.url}/admin/session`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } });
    expect(session.status).toBe(204);
    const cookie = session.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/admin/);
    const viaCookie = await fetch(`${stack.url}/admin/queues`, { headers: { cookie: cookie.split(';')[0] ?? '', accept: 'text/html' } });
    expect(viaCookie.status).toBe(200);
    expect(await viaCookie.text()).toContain('<');
    expect((await fetch(`${stack.url}/admin/login`)).status).toBe(200);
  });
});
