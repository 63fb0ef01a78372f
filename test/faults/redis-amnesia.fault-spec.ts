import type { TestUser } from '../support/factories';
import { eventually, sleep, Stack } from '../support/stack';
import { invariantViolations, queuedClaimsMissingFromQueue, seedQueuedClaims, waitingReviewJobs } from './support/checks';
import { reviewers, take, verdictOk, type Taken } from './support/reviewers';
import { PgServer, RedisServer } from './support/servers';

/**
 * Redis holds only queue state. When it loses everything — FLUSHALL, or a
 * restart with no persistence — the worker rebuilds the queue from Postgres
 * within seconds, and no lease or verdict is lost.
 */
describe('fault: Redis forgets everything (FLUSHALL, then an empty restart) with 500 QUEUED and 20 IN_REVIEW claims', () => {
  let pg: PgServer;
  let redis: RedisServer;
  const stack = new Stack();
  let team: TestUser[];
  const log: string[] = [];

  beforeAll(async () => {
    [pg, redis] = await Promise.all([new PgServer().init(), RedisServer.start()]);
    // The reconcile schedule stays at its default (60 s): recovery must come from noticing the loss, not from the timer.
    await stack.start({ pgBaseUrl: pg.baseUrl, redisUrl: redis.url, worker: false });
    await seedQueuedClaims(stack.pg, 550);
    stack.worker = stack.spawn('worker', 'apps/worker/src/main.js');
    // Seeded straight into Postgres: the worker's start-up reconciliation is what enqueues them.
    await eventually(async () => (await queuedClaimsMissingFromQueue(stack)).length === 0, 30000, 'the seeded claims to be enqueued at worker start');
    team = await reviewers(stack, 25);
  });
  afterAll(async () => {
    console.log(log.join('\n'));
    await stack.stop();
    await Promise.all([pg?.destroy(), redis?.destroy()]);
  });

  /** 25 reviewers take a claim each; 5 of them submit at once: 20 leases stay open. */
  async function twentyInReview(): Promise<{ holders: [TestUser, Taken][] }> {
    const taken = await Promise.all(team.map(async (r) => [r, await take(r)] as const));
    const held = taken.filter((t): t is [TestUser, Taken] => t[1] !== null);
    expect(held).toHaveLength(25);
    expect(new Set(held.map(([, t]) => t.claim.id)).size).toBe(25);
    await Promise.all(held.slice(0, 5).map(([r, t]) => verdictOk(r, t.id)));
    expect(await stack.count('claims', `status = 'IN_REVIEW'`)).toBe(20);
    return { holders: held.slice(5) };
  }

  async function queueIsWholeWithin(ms: number, what: string): Promise<void> {
    const started = Date.now();
    await eventually(async () => (await queuedClaimsMissingFromQueue(stack)).length === 0, ms, `every QUEUED claim back in the queue after ${what}`);
    log.push(`${what}: queue whole again after ${Date.now() - started} ms`);
    // Only QUEUED claims have a waiting job: nothing for the claims under review.
    expect(await waitingReviewJobs(stack)).toBe(await stack.count('claims', `status = 'QUEUED'`));
  }

  it('FLUSHALL: within 30 s every QUEUED claim is back in the queue; the 20 open leases still take their verdicts', async () => {
    const { holders } = await twentyInReview();
    expect(await stack.count('claims', `status = 'QUEUED'`)).toBe(525);
    await stack.redis.flushall();
    expect(await waitingReviewJobs(stack)).toBe(0);
    await queueIsWholeWithin(30000, 'FLUSHALL');
    await Promise.all(holders.map(([r, t]) => verdictOk(r, t.id)));
    expect(await stack.count('verdicts')).toBe(25);
    expect(await invariantViolations(stack.pg)).toEqual([]);
  });

  it('an empty restart of Redis: the same, and the service reconnects by itself', async () => {
    const { holders } = await twentyInReview();
    expect(await stack.count('claims', `status = 'QUEUED'`)).toBe(500);
    await redis.kill();
    await sleep(1000);
    await redis.start();
    await queueIsWholeWithin(30000, 'restart');
    await Promise.all(holders.map(([r, t]) => verdictOk(r, t.id)));
    expect(await stack.count('verdicts')).toBe(50);
    expect(await invariantViolations(stack.pg)).toEqual([]);
  });

  it('afterwards the queue drains: every claim reviewed exactly once, nothing handed out twice', async () => {
    const seen = new Set<string>();
    await Promise.all(
      team.map(async (r) => {
        for (;;) {
          const t = await take(r);
          if (!t) return;
          expect(seen.has(t.claim.id)).toBe(false);
          seen.add(t.claim.id);
          await verdictOk(r, t.id);
        }
      }),
    );
    expect(seen.size).toBe(500);
    expect(await stack.count('claims', `status = 'REVIEWED'`)).toBe(550);
    expect(await stack.count('verdicts')).toBe(550);
    expect(await invariantViolations(stack.pg)).toEqual([]);
  });
});
