import { aSource, Q, REFERENCE_ARTICLE, submitAndExtract, userWithRole } from './support/factories';
import { eventually, Stack, stopProcess } from './support/stack';
import { outboxDrained } from './support/workflow';

const RENEW = `mutation($id: ID!) { renewLease(assignmentId: $id) { id expiresAt status } }`;
const SKIP = `mutation($id: ID!, $reason: String) { skipClaim(assignmentId: $id, reason: $reason) { id status } }`;
const MINE = `query { myAssignments { id status expiresAt claim { id } } }`;
type Mine = { myAssignments: { id: string; status: string; expiresAt: string; claim: { id: string } }[] };
type Taken = { takeNextClaim: { id: string; expiresAt: string; claim: { id: string } } | null };
const STATS = `query { queueStats { queueDepth } }`;
const ROUNDS = 5;
const CONCURRENT_TAKES = 8;

/** Takes a claim that must be there. */
async function takeOne(client: { ok<T>(q: string, v?: Record<string, unknown>): Promise<T> }): Promise<NonNullable<Taken['takeNextClaim']>> {
  const { takeNextClaim } = await client.ok<Taken>(Q.takeNext);
  if (!takeNextClaim) throw new Error('nothing to take');
  return takeNextClaim;
}

describe('leases: renew and skip', () => {
  const stack = new Stack();
  beforeAll(async () => {
    await stack.start({ env: { LEASE_MS: '60000' } });
    const editor = await userWithRole(stack, 'EDITOR');
    await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE }, stack);
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('renewLease pushes the expiry a full lease from now, in Postgres and on the job lock', async () => {
    const reviewer = await userWithRole(stack, 'REVIEWER');
    const { takeNextClaim } = await reviewer.client.ok<Taken>(Q.takeNext);
    if (!takeNextClaim) throw new Error('nothing to take');
    await new Promise((r) => setTimeout(r, 1100));
    const { renewLease } = await reviewer.client.ok<{ renewLease: { expiresAt: string; status: string } }>(RENEW, { id: takeNextClaim.id });
    expect(renewLease.status).toBe('ACTIVE');
    expect(Date.parse(renewLease.expiresAt)).toBeGreaterThan(Date.parse(takeNextClaim.expiresAt) + 1000);
    const [row] = (await stack.pg.query<{ job_id: string }>('SELECT job_id FROM review_assignments WHERE id = $1', [takeNextClaim.id])).rows;
    const ttl = await stack.redis.pttl(`{${stack.queuePrefix}}:claim-review:${row?.job_id}:lock`);
    expect(ttl).toBeGreaterThan(50000);
    // Someone else cannot renew it.
    const other = await userWithRole(stack, 'REVIEWER');
    expect(await other.client.code(RENEW, { id: takeNextClaim.id })).toBe('FORBIDDEN');
  });

  it('myAssignments lists the caller’s live leases, oldest first, to resume in another tab; a skipped or expired one is gone', async () => {
    const reviewer = await userWithRole(stack, 'REVIEWER');
    expect((await reviewer.client.ok<Mine>(MINE)).myAssignments).toEqual([]);
    const { takeNextClaim: first } = await reviewer.client.ok<Taken>(Q.takeNext);
    if (!first) throw new Error('nothing to take');
    // Two live leases at once only come from before one-claim-at-a-time: made here by lending the first
    // lease to someone else while the reviewer takes the second (it stays ACTIVE and live throughout).
    const lender = await userWithRole(stack, 'REVIEWER');
    await stack.pg.query(`UPDATE review_assignments SET reviewer_id = $2 WHERE id = $1`, [first.id, lender.id]);
    const { takeNextClaim: second } = await reviewer.client.ok<Taken>(Q.takeNext);
    await stack.pg.query(`UPDATE review_assignments SET reviewer_id = $2 WHERE id = $1`, [first.id, reviewer.id]);
    if (!second) throw new Error('nothing to take');
    const held = (await reviewer.client.ok<Mine>(MINE)).myAssignments;
    expect(held.map((a) => [a.id, a.status, a.claim.id])).toEqual([
      [first.id, 'ACTIVE', first.claim.id],
      [second.id, 'ACTIVE', second.claim.id],
    ]);
    // Nobody else's leases.
    const other = await userWithRole(stack, 'REVIEWER');
    expect((await other.client.ok<Mine>(MINE)).myAssignments).toEqual([]);
    // Given back: no longer held.
    await reviewer.client.ok(SKIP, { id: first.id });
    expect((await reviewer.client.ok<Mine>(MINE)).myAssignments.map((a) => a.id)).toEqual([second.id]);
    // Past its expiry (before the sweeper ends it): not offered to resume, as renewLease would refuse it.
    await stack.pg.query(`UPDATE review_assignments SET expires_at = now() - interval '1 second' WHERE id = $1`, [second.id]);
    expect((await reviewer.client.ok<Mine>(MINE)).myAssignments).toEqual([]);
  });

  it('skipClaim puts the claim back: the skipper is not handed it again, another reviewer is', async () => {
    const skipper = await userWithRole(stack, 'REVIEWER');
    const { takeNextClaim: first } = await skipper.client.ok<Taken>(Q.takeNext);
    if (!first) throw new Error('nothing to take');
    const { skipClaim } = await skipper.client.ok<{ skipClaim: { status: string } }>(SKIP, { id: first.id, reason: 'Outside my beat' });
    expect(skipClaim.status).toBe('SKIPPED');
    expect(await stack.count('claims', `id = $1 AND status = 'QUEUED'`, [first.claim.id])).toBe(1);
    const events = await stack.pg.query<{ type: string; data: { reason?: string } | null }>(`SELECT type, data FROM claim_events WHERE claim_id = $1 ORDER BY id`, [first.claim.id]);
    expect(events.rows.at(-1)).toEqual({ type: 'SKIPPED', data: { reason: 'Outside my beat' } });
    // Wait until the relay has queued the claim again.
    await eventually(async () => (await stack.count('outbox')) === 0, 10000, 'outbox');

    const { takeNextClaim: second } = await skipper.client.ok<Taken>(Q.takeNext);
    expect(second?.claim.id).not.toBe(first.claim.id);
    const other = await userWithRole(stack, 'REVIEWER');
    const { takeNextClaim: third } = await other.client.ok<Taken>(Q.takeNext);
    expect(third?.claim.id).toBe(first.claim.id);
  });

  describe('one claim at a time', () => {
    const lockTtl = async (assignmentId: string): Promise<number> => {
      const [row] = (await stack.pg.query<{ job_id: string }>('SELECT job_id FROM review_assignments WHERE id = $1', [assignmentId])).rows;
      return stack.redis.pttl(`{${stack.queuePrefix}}:claim-review:${row?.job_id}:lock`);
    };
    const liveLeases = (reviewerId: string): Promise<number> => stack.count('review_assignments', `reviewer_id = $1 AND status = 'ACTIVE' AND expires_at > now()`, [reviewerId]);

    it('a retried takeNextClaim returns the lease the reviewer holds, renewed in Postgres and on the job lock, and takes nothing more', async () => {
      const reviewer = await userWithRole(stack, 'REVIEWER');
      const first = await takeOne(reviewer.client);
      // As if the answer had been lost and some time had passed: the lease and its job lock nearer their end.
      await stack.pg.query(`UPDATE review_assignments SET expires_at = expires_at - interval '30 seconds' WHERE id = $1`, [first.id]);
      const [row] = (await stack.pg.query<{ job_id: string }>('SELECT job_id FROM review_assignments WHERE id = $1', [first.id])).rows;
      await stack.redis.pexpire(`{${stack.queuePrefix}}:claim-review:${row?.job_id}:lock`, 5000);
      const inReview = await stack.count('claims', `status = 'IN_REVIEW'`);

      const again = await takeOne(reviewer.client);
      expect([again.id, again.claim.id]).toEqual([first.id, first.claim.id]);
      // A full lease from now, as renewLease gives: later than the first answer's expiry, not just the shortened one.
      expect(Date.parse(again.expiresAt)).toBeGreaterThan(Date.parse(first.expiresAt));
      const [stored] = (await stack.pg.query<{ expires_at: Date }>('SELECT expires_at FROM review_assignments WHERE id = $1', [first.id])).rows;
      expect(stored?.expires_at.toISOString()).toBe(new Date(again.expiresAt).toISOString());
      expect(await lockTtl(first.id)).toBeGreaterThan(50000);
      expect(await stack.count('claims', `status = 'IN_REVIEW'`)).toBe(inReview);
      expect(await stack.count('review_assignments', 'reviewer_id = $1', [reviewer.id])).toBe(1);
      await reviewer.client.ok(SKIP, { id: first.id });
    });

    it('concurrent takeNextClaim calls by one reviewer end with one lease, all answered with it; the claims they passed over stay in the queue', async () => {
      // The queue's depth moves only with these takes: earlier leases past their expiry swept, their claims queued
      // again, and the other tests' live leases kept from expiring meanwhile (on a slow machine a minute can pass).
      await eventually(async () => (await stack.count('review_assignments', `status = 'ACTIVE' AND expires_at <= now()`)) === 0, 20000, 'expired leases to be swept');
      await stack.pg.query(`UPDATE review_assignments SET expires_at = now() + interval '1 hour' WHERE status = 'ACTIVE'`);
      const editor = await userWithRole(stack, 'EDITOR');
      // Enough waiting claims that each call of a round gets a job of its own to race with.
      const sentences = Array.from({ length: ROUNDS + CONCURRENT_TAKES + 2 }, (_, k) => `The defence budget of district ${k + 1} rose by ${k + 3}.5 percent to ${1000 + k * 37} million euros in ${1990 + k}, the ministry said.`);
      await submitAndExtract(editor.client, { title: 'District budgets', body: sentences.join(' ') }, stack);
      await outboxDrained(stack);
      const depthNow = async (): Promise<number> => (await editor.client.ok<{ queueStats: { queueDepth: number } }>(STATS)).queueStats.queueDepth;
      // Several rounds, each a new reviewer firing at once: a race between their takes shows in some round.
      for (let round = 0; round < ROUNDS; round++) {
        const reviewer = await userWithRole(stack, 'REVIEWER');
        const depth = await depthNow();
        expect(depth).toBeGreaterThanOrEqual(CONCURRENT_TAKES);
        const answers = await Promise.all(Array.from({ length: CONCURRENT_TAKES }, () => takeOne(reviewer.client)));
        expect(new Set(answers.map((a) => a.id)).size).toBe(1);
        expect(new Set(answers.map((a) => a.claim.id)).size).toBe(1);
        expect(await stack.count('review_assignments', 'reviewer_id = $1', [reviewer.id])).toBe(1);
        expect(await liveLeases(reviewer.id)).toBe(1);
        // Every job taken on the way and not leased went back for others: one fewer waiting, not one per call.
        expect(await depthNow()).toBe(depth - 1);
      }
    });

    it('after a verdict or a skip ends the lease, takeNextClaim takes a different claim', async () => {
      const reviewer = await userWithRole(stack, 'REVIEWER');
      const first = await takeOne(reviewer.client);
      expect((await takeOne(reviewer.client)).id).toBe(first.id);
      await reviewer.client.ok(Q.submitVerdict, { input: { assignmentId: first.id, rating: 'TRUE', rationale: 'Matches the record.', sources: [aSource] } });
      const second = await takeOne(reviewer.client);
      expect(second.id).not.toBe(first.id);
      expect(second.claim.id).not.toBe(first.claim.id);
      expect((await takeOne(reviewer.client)).id).toBe(second.id);
      await reviewer.client.ok(SKIP, { id: second.id });
      await outboxDrained(stack);
      const third = await takeOne(reviewer.client);
      expect([first.claim.id, second.claim.id]).not.toContain(third.claim.id);
      expect(await liveLeases(reviewer.id)).toBe(1);
      await reviewer.client.ok(SKIP, { id: third.id });
    });

    it('an expired lease, not yet swept, is not returned: the reviewer takes the next claim', async () => {
      const reviewer = await userWithRole(stack, 'REVIEWER');
      const first = await takeOne(reviewer.client);
      expect((await takeOne(reviewer.client)).id).toBe(first.id);
      // Without the worker nothing sweeps: the lease stays ACTIVE past its expiry, as between two sweeps.
      await stopProcess(stack.worker);
      try {
        await stack.pg.query(`UPDATE review_assignments SET expires_at = now() - interval '1 second' WHERE id = $1`, [first.id]);
        const next = await takeOne(reviewer.client);
        expect(next.id).not.toBe(first.id);
        expect(next.claim.id).not.toBe(first.claim.id);
        expect(await stack.count('review_assignments', `id = $1 AND status = 'ACTIVE'`, [first.id])).toBe(1);
        // The new lease is the one held now.
        expect((await takeOne(reviewer.client)).id).toBe(next.id);
        expect(Date.parse((await reviewer.client.ok<Mine>(MINE)).myAssignments[0]?.expiresAt ?? '')).toBeGreaterThan(Date.now());
      } finally {
        stack.worker = stack.spawn('worker', 'apps/worker/src/main.js');
      }
    });
  });
});
