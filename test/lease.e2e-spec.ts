import { Q, REFERENCE_ARTICLE, submitAndExtract, userWithRole } from './support/factories';
import { eventually, Stack } from './support/stack';

const RENEW = `mutation($id: ID!) { renewLease(assignmentId: $id) { id expiresAt status } }`;
const SKIP = `mutation($id: ID!, $reason: String) { skipClaim(assignmentId: $id, reason: $reason) { id status } }`;
const MINE = `query { myAssignments { id status expiresAt claim { id } } }`;
type Mine = { myAssignments: { id: string; status: string; expiresAt: string; claim: { id: string } }[] };
type Taken = { takeNextClaim: { id: string; expiresAt: string; claim: { id: string } } | null };

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
    const { takeNextClaim: second } = await reviewer.client.ok<Taken>(Q.takeNext);
    if (!first || !second) throw new Error('nothing to take');
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
});
