import { Queue } from 'bullmq';
import { jobIdOf, QueueName } from '@app/queue';
import { REFERENCE_ARTICLE, submitAndExtract, userWithRole, type TestUser } from './support/factories';
import { Stack } from './support/stack';
import { disputedClaim, outboxDrained, readClaim, W } from './support/workflow';

const DISPUTES = `query($first: Int!) { disputeQueue(first: $first) { id status } }`;

/**
 * The editors' dispute queue against jobs whose claim is no longer DISPUTED in their round ("stale"):
 * a dispute resolved or reopened while its job was still on its way (the outbox relay, the reconciler
 * putting back what Redis lost), or whose job removal failed. The queue must show and count only what
 * an editor can take up, however many stale jobs sit ahead of it.
 */
describe('the dispute queue with stale jobs', () => {
  const stack = new Stack();
  let editor: TestUser;
  let queue: Queue;
  let disputed: string;

  beforeAll(async () => {
    await stack.start({ env: { REQUIRED_REVIEWS: '2' } });
    queue = new Queue(QueueName.DisputeReview, { connection: stack.redis, prefix: `{${stack.queuePrefix}}` });
    editor = await userWithRole(stack, 'EDITOR');
    await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE, url: 'https://example.org/dispute-queue' }, stack);
    // More claims, for more stale jobs than one read of the queue used to cover.
    const ports = Array.from({ length: 12 }, (_, i) => `The harbour of Klaipėda handled ${(i + 2) * 1317} containers in ${2001 + i}, the port authority said.`);
    await submitAndExtract(editor.client, { title: 'Port figures', body: ports.join(' '), url: 'https://example.org/dispute-queue-ports' }, stack);
  });
  afterAll(async () => {
    await queue?.close();
    await stack.stop();
  });

  /** A job for the claim's round, added as the relay or the reconciler adds one (the same job id). */
  const addDisputeJob = async (claimId: string, round: number): Promise<void> => {
    const item = { queue: QueueName.DisputeReview, name: 'resolve-dispute', data: { claimId, round } } as const;
    await queue.add(item.name, item.data, { jobId: jobIdOf(item) });
  };
  const stats = async (): Promise<{ disputed: number; disputeQueueDepth: number }> =>
    (await editor.client.ok<{ queueStats: { disputed: number; disputeQueueDepth: number } }>(W.stats)).queueStats;
  const listed = async (first: number): Promise<string[]> => (await editor.client.ok<{ disputeQueue: { id: string }[] }>(DISPUTES, { first })).disputeQueue.map((c) => c.id);
  const jobsInRedis = async (): Promise<number> => (await queue.getJobCounts('waiting'))['waiting'] ?? 0;
  /** The dispute queue's waiting gauge in the api's and the worker's metrics. */
  const gauges = async (): Promise<number[]> =>
    Promise.all(
      [`${stack.url}/metrics`, `http://127.0.0.1:${stack.workerMetricsPort}/metrics`].map(async (url) => {
        const line = (await (await fetch(url)).text()).split('\n').find((l) => l.startsWith('claimcheck_queue_jobs{') && l.includes('queue="dispute-review"') && l.includes('state="waiting"'));
        return Number(line?.split(' ').at(-1));
      }),
    );

  it('counts and lists the dispute behind a run of stale jobs, and drops the stale jobs it meets', async () => {
    disputed = await disputedClaim(stack);
    await outboxDrained(stack);
    const round = (await readClaim(editor.client, disputed)).reviewRound;
    // 20 stale jobs ahead of the dispute's (disputeQueue(first: 1) used to read 13 jobs): claims that are not
    // DISPUTED in the job's round. The dispute's own job goes behind them, as the reconciler puts it back after Redis lost it.
    await queue.remove(jobIdOf({ queue: QueueName.DisputeReview, name: 'resolve-dispute', data: { claimId: disputed, round } }));
    const others = (await stack.pg.query<{ id: string; review_round: number }>(`SELECT id, review_round FROM claims WHERE status <> 'DISPUTED' ORDER BY id LIMIT 20`)).rows;
    expect(others).toHaveLength(20);
    for (const c of others) await addDisputeJob(c.id, c.review_round);
    await addDisputeJob(disputed, round);
    expect(await jobsInRedis()).toBe(21);

    // What an editor finds: the one dispute, not the 21 jobs; and the metrics say the same.
    expect(await gauges()).toEqual([1, 1]);
    expect(await stats()).toEqual(expect.objectContaining({ disputed: 1, disputeQueueDepth: 1 }));
    // disputeQueue(first: 1) read the first 13 jobs, all stale, and answered nothing: it reads on now.
    expect(await listed(1)).toEqual([disputed]);
    // The stale jobs it met are gone; the dispute's own stays.
    expect(await jobsInRedis()).toBe(1);
    expect(await listed(20)).toEqual([disputed]);
    expect(await stats()).toEqual(expect.objectContaining({ disputed: 1, disputeQueueDepth: 1 }));
  });

  it('does not count a dispute resolved while its job was on its way, and drops that job when read', async () => {
    const claimId = disputed;
    const claim = await readClaim(editor.client, claimId);
    await editor.client.ok(W.resolve, { input: { claimId, rating: 'FALSE', rationale: 'The Seimas record settles it.' } });
    // The late relay (or the reconciler, having read the claim as DISPUTED just before) adds the job back.
    await addDisputeJob(claimId, claim.reviewRound);
    expect(await jobsInRedis()).toBe(1);

    expect(await gauges()).toEqual([0, 0]);
    expect(await stats()).toEqual(expect.objectContaining({ disputed: 0, disputeQueueDepth: 0 }));
    expect(await listed(20)).toEqual([]);
    expect(await jobsInRedis()).toBe(0);
  });
});
