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
    const titles = Array.from({ length: 20 }, (_, i) => `In flight ${i} ${Date.now()}`);
    const results = titles.map((title, i) =>
      editor.client.raw<{ submitArticle: { id: string } }>(Q.submitArticle, { input: { title, body: `${'The ministry said spending rose 3 percent. '.repeat(150)} Variant ${i} ${title}.` } }).then(
        (r) => ({ title, ok: Boolean(r.data?.submitArticle), status: r.status, code: r.errors?.[0]?.extensions?.code }),
        (err: Error & { cause?: { code?: string } }) => ({ title, ok: false, status: 0, code: err.cause?.code ?? err.message }),
      ),
    );
    // Stop the api as soon as the first answer is back: the others are then being handled or queued behind it.
    await Promise.race(results);
    const api = stack.api!;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => api.once('exit', (code, signal) => resolve({ code, signal })));
    const stoppedAt = Date.now();
    api.kill('SIGTERM');
    const outcomes = await Promise.all(results);
    const { code, signal } = await exited;
    // Exited because it was told to, promptly, not through the grace-period timer or a SIGKILL.
    expect(code === 0 || signal === 'SIGTERM').toBe(true);
    expect(Date.now() - stoppedAt).toBeLessThan(20000);
    const ok = outcomes.filter((o) => o.ok);
    expect(ok.length).toBeGreaterThan(0);
    // Refused ones were turned away whole: 503 from the closing server, or never accepted at all.
    for (const r of outcomes.filter((o) => !o.ok)) expect([503, 0]).toContain(r.status);
    // Each acknowledged article is stored; each refused one wrote nothing.
    for (const o of outcomes) expect({ title: o.title, stored: await stack.count('articles', 'title = $1', [o.title]) }).toEqual({ title: o.title, stored: o.ok ? 1 : 0 });
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
