import { Q, REFERENCE_ARTICLE, userWithRole, type TestUser } from '../support/factories';
import { eventually, stopProcess, Stack } from '../support/stack';
import { invariantViolations, seedQueuedClaims } from './support/checks';
import { take, verdictOk } from './support/reviewers';
import { PgServer, RedisServer } from './support/servers';

/** SIGTERM, as an orchestrator sends it on every deploy. */
describe('fault: SIGTERM to the api and the worker', () => {
  let pg: PgServer;
  let redis: RedisServer;
  const stack = new Stack();
  let editor: TestUser;

  beforeAll(async () => {
    [pg, redis] = await Promise.all([new PgServer().init(), RedisServer.start()]);
    await stack.start({ pgBaseUrl: pg.baseUrl, redisUrl: redis.url, worker: false });
    await seedQueuedClaims(stack.pg, 20);
    stack.worker = stack.spawn('worker', 'apps/worker/src/main.js');
    editor = await userWithRole(stack, 'EDITOR');
  });
  afterAll(async () => {
    await stack.stop();
    await Promise.all([pg?.destroy(), redis?.destroy()]);
  });

  it('leases held by reviewers survive a restart of the api', async () => {
    const reviewer = await userWithRole(stack, 'REVIEWER');
    const t = await eventually(() => take(reviewer), 20000, 'a claim to take');
    await stack.restart('api');
    const renewed = await reviewer.client.ok<{ renewLease: { expiresAt: string } }>(`mutation($id: ID!) { renewLease(assignmentId: $id) { expiresAt } }`, { id: t.id });
    expect(Date.parse(renewed.renewLease.expiresAt)).toBeGreaterThan(Date.now() + 60_000);
    await verdictOk(reviewer, t.id);
    expect(await stack.count('claims', `id = $1 AND status = 'REVIEWED'`, [t.claim.id])).toBe(1);
    // The job was completed with the token kept in Postgres: nothing is left holding the claim in Redis.
    expect(await stack.redis.lrange(`{${stack.queuePrefix}}:claim-review:active`, 0, -1)).toEqual([]);
  });

  it('the api finishes the requests in flight, refuses new ones, and exits', async () => {
    const bodies = Array.from({ length: 20 }, (_, i) => `${'The ministry said spending rose 3 percent. '.repeat(4000)} Variant ${i} ${Date.now()}.`);
    const results = bodies.map((body, i) =>
      editor.client.raw<{ submitArticle: { id: string } }>(Q.submitArticle, { input: { title: `In flight ${i}`, body } }).then(
        (r) => ({ ok: Boolean(r.data?.submitArticle), id: r.data?.submitArticle?.id, error: r.errors?.[0]?.extensions?.code }),
        (err: Error & { cause?: { code?: string } }) => ({ ok: false, id: undefined, error: err.cause?.code ?? err.message }),
      ),
    );
    // Let the uploads start, then ask the api to stop.
    await new Promise((r) => setTimeout(r, 30));
    const api = stack.api!;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => api.once('exit', (code, signal) => resolve({ code, signal })));
    api.kill('SIGTERM');
    const outcomes = await Promise.all(results);
    const { code, signal } = await exited;
    // Exited because it was told to, not because it crashed or had to be killed.
    expect(code === 0 || signal === 'SIGTERM').toBe(true);
    const ok = outcomes.filter((o) => o.ok);
    const refused = outcomes.filter((o) => !o.ok);
    expect(ok.length).toBeGreaterThan(0);
    // A request either completed or was never accepted: no connection cut mid-request.
    for (const r of refused) expect(['ECONNREFUSED', 'SERVICE_UNAVAILABLE']).toContain(r.error);
    // Every acknowledged article is stored, with its extraction job on its way.
    expect(await stack.count('articles', 'id = ANY($1)', [ok.map((o) => o.id)])).toBe(ok.length);
    stack.api = stack.spawn('api', 'apps/api/src/main.js');
    await stack.waitReady();
    await eventually(async () => (await stack.count('articles', `status IN ('PENDING', 'EXTRACTING')`)) === 0, 120000, 'the acknowledged articles to be extracted');
  });

  it('the worker finishes its jobs in progress before it exits; none is left half-done', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { submitArticle } = await editor.client.ok<{ submitArticle: { id: string } }>(Q.submitArticle, { input: { title: `Drain ${i}`, body: `Drain test ${i}.\n\n${REFERENCE_ARTICLE}` } });
      ids.push(submitArticle.id);
    }
    await eventually(async () => (await stack.count('articles', `id = ANY($1) AND status = 'EXTRACTING'`, [ids])) > 0, 30000, 'an extraction to start');
    await stopProcess(stack.worker, 'SIGTERM');
    expect(stack.worker?.exitCode === 0 || stack.worker?.signalCode === 'SIGTERM').toBe(true);
    // Nothing it had started is left active (locked by a process that is gone).
    expect(await stack.redis.llen(`{${stack.queuePrefix}}:extract-claims:active`)).toBe(0);
    stack.worker = stack.spawn('worker', 'apps/worker/src/main.js');
    await eventually(async () => (await stack.count('articles', `id = ANY($1) AND status = 'EXTRACTED'`, [ids])) === ids.length, 120000, 'all six to be extracted');
    expect(await stack.count('claim_events', `type = 'EXTRACTED'`)).toBe(await stack.count('claims'));
    expect(await invariantViolations(stack.pg)).toEqual([]);
  });
});
