import { aSource, Q, REFERENCE_ARTICLE, submitAndExtract, userWithRole } from '../support/factories';
import { eventually, Stack } from '../support/stack';
import { invariantViolations, queuedClaimsMissingFromQueue, waitingReviewJobs } from './support/checks';
import { PgServer, RedisCluster } from './support/servers';

/**
 * REDIS_URL=redis+cluster://… names a Redis Cluster. Every queue key carries
 * the `{prefix}` hash tag, so each queue's keys share one slot and BullMQ's
 * multi-key scripts (and the reconciler's pipelines) work on a cluster.
 */
describe('fault: a Redis Cluster of three masters', () => {
  let pg: PgServer;
  let cluster: RedisCluster;
  const stack = new Stack();

  beforeAll(async () => {
    [pg, cluster] = await Promise.all([new PgServer().init(), RedisCluster.start()]);
    await stack.start({ pgBaseUrl: pg.baseUrl, redisUrl: cluster.url });
  });
  afterAll(async () => {
    await stack.stop();
    await Promise.all([pg?.destroy(), cluster?.destroy()]);
  });

  it('runs the core loop: submit, extract, queue, take, verdict with a source', async () => {
    const editor = await userWithRole(stack, 'EDITOR');
    const article = await submitAndExtract(editor.client, { title: 'Lithuania leaves the cluster munitions convention', body: REFERENCE_ARTICLE, source: 'Example News' }, stack);
    expect(article.claims.find((c) => /solely for defensive purposes/.test(c.quote))?.claimant).toBe('Renus Pleshkis');
    const queued = article.claims.filter((c) => c.status === 'QUEUED');
    expect(queued.length).toBeGreaterThan(0);
    await eventually(async () => (await queuedClaimsMissingFromQueue(stack)).length === 0, 20000, 'the review jobs on the cluster');
    expect(await waitingReviewJobs(stack)).toBe(queued.length);

    const reviewer = await userWithRole(stack, 'REVIEWER');
    const { takeNextClaim } = await reviewer.client.ok<{ takeNextClaim: { id: string; claim: { id: string } } }>(Q.takeNext);
    await reviewer.client.ok(Q.submitVerdict, { input: { assignmentId: takeNextClaim.id, rating: 'TRUE', rationale: 'The Seimas record shows the vote.', sources: [aSource] } });
    const { claim } = await reviewer.client.ok<{ claim: { status: string; events: { toStatus: string }[] } }>(Q.claim, { id: takeNextClaim.claim.id });
    expect(claim.status).toBe('REVIEWED');
    expect(claim.events.map((e) => e.toStatus)).toEqual(['EXTRACTED', 'QUEUED', 'IN_REVIEW', 'REVIEWED']);
    expect(await waitingReviewJobs(stack)).toBe(queued.length - 1);

    // The queue keys really are spread over one slot of a real cluster, not a single node pretending.
    const slots = await stack.redis.cluster('SLOTS');
    expect((slots as unknown[]).length).toBe(3);
    expect(await invariantViolations(stack.pg)).toEqual([]);
  });
});
