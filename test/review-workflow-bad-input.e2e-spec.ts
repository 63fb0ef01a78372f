import { REFERENCE_ARTICLE, submitAndExtract, userWithRole, type TestUser } from './support/factories';
import { Stack } from './support/stack';
import { outboxDrained, readClaim, refusedWithNothingWritten, submit, take, W } from './support/workflow';
import { aSource } from './support/factories';

describe('review workflow: bad input is refused with its code and writes nothing', () => {
  const stack = new Stack();
  let editor: TestUser;
  let reviewer: TestUser;
  let queuedId: string;
  let reviewedId: string;

  beforeAll(async () => {
    await stack.start({ env: { REQUIRED_REVIEWS: '2' } });
    editor = await userWithRole(stack, 'EDITOR');
    reviewer = await userWithRole(stack, 'REVIEWER');
    const article = await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE }, stack);
    queuedId = article.claims.find((c) => c.status === 'QUEUED')!.id;
    // One claim taken to REVIEWED by two agreeing reviewers.
    const other = await userWithRole(stack, 'REVIEWER');
    const first = await take(reviewer.client);
    reviewedId = first!.claim.id;
    await submit(reviewer.client, first!.id, 'TRUE');
    await outboxDrained(stack);
    const second = await take(other.client);
    expect(second?.claim.id).toBe(reviewedId);
    await submit(other.client, second!.id, 'TRUE');
    queuedId = (await stack.pg.query<{ id: string }>(`SELECT id FROM claims WHERE status = 'QUEUED' AND id <> $1 LIMIT 1`, [reviewedId])).rows[0]!.id;
    await outboxDrained(stack);
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('publishing an unreviewed claim: CONFLICT', async () => {
    await refusedWithNothingWritten(stack, () => editor.client.code(W.publish, { id: queuedId }), 'CONFLICT');
  });

  it('resolving a claim that is not disputed: CONFLICT', async () => {
    for (const id of [queuedId, reviewedId]) {
      await refusedWithNothingWritten(stack, () => editor.client.code(W.resolve, { input: { claimId: id, rating: 'FALSE', rationale: 'No.' } }), 'CONFLICT');
    }
  });

  it('unpublishing a claim that is not published, reopening a claim still in the queue: CONFLICT', async () => {
    await refusedWithNothingWritten(stack, () => editor.client.code(W.unpublish, { id: reviewedId }), 'CONFLICT');
    await refusedWithNothingWritten(stack, () => editor.client.code(W.reopen, { id: queuedId }), 'CONFLICT');
  });

  it('a reviewer calling editor mutations: FORBIDDEN', async () => {
    const calls: [string, Record<string, unknown>][] = [
      [W.publish, { id: reviewedId }],
      [W.unpublish, { id: reviewedId }],
      [W.reopen, { id: reviewedId }],
      [W.resolve, { input: { claimId: reviewedId, rating: 'FALSE', rationale: 'No.' } }],
      [W.setRequired, { id: queuedId, count: 3 }],
      [W.boost, { id: queuedId, boost: 50 }],
      [W.pin, { id: queuedId, pinned: true }],
      [W.queueClaim, { id: queuedId }],
      [W.disputes, {}],
    ];
    for (const [query, variables] of calls) await refusedWithNothingWritten(stack, () => reviewer.client.code(query, variables), 'FORBIDDEN');
  });

  it('a stale version: CONFLICT, for every editing mutation', async () => {
    const q = await readClaim(editor.client, queuedId);
    const r = await readClaim(editor.client, reviewedId);
    const stale = (v: number) => v - 1;
    await refusedWithNothingWritten(stack, () => editor.client.code(W.publish, { id: reviewedId, version: stale(r.version) }), 'CONFLICT');
    await refusedWithNothingWritten(stack, () => editor.client.code(W.reopen, { id: reviewedId, version: stale(r.version) }), 'CONFLICT');
    await refusedWithNothingWritten(stack, () => editor.client.code(W.setRequired, { id: queuedId, count: 3, version: stale(q.version) }), 'CONFLICT');
    await refusedWithNothingWritten(stack, () => editor.client.code(W.boost, { id: queuedId, boost: 5, version: stale(q.version) }), 'CONFLICT');
    await refusedWithNothingWritten(stack, () => editor.client.code(W.pin, { id: queuedId, version: q.version + 1 }), 'CONFLICT');
  });

  it('out-of-range numbers, unknown claims, empty comments: BAD_USER_INPUT / NOT_FOUND', async () => {
    await refusedWithNothingWritten(stack, () => editor.client.code(W.setRequired, { id: queuedId, count: 0 }), 'BAD_USER_INPUT');
    await refusedWithNothingWritten(stack, () => editor.client.code(W.setRequired, { id: queuedId, count: 11 }), 'BAD_USER_INPUT');
    await refusedWithNothingWritten(stack, () => editor.client.code(W.boost, { id: queuedId, boost: 101 }), 'BAD_USER_INPUT');
    await refusedWithNothingWritten(stack, () => editor.client.code(W.resolve, { input: { claimId: reviewedId, rating: 'FALSE', rationale: '   ' } }), 'BAD_USER_INPUT');
    await refusedWithNothingWritten(stack, () => editor.client.code(W.publish, { id: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
    await refusedWithNothingWritten(stack, () => reviewer.client.code(W.comment, { id: queuedId, body: ' \n ' }), 'BAD_USER_INPUT');
    await refusedWithNothingWritten(stack, () => reviewer.client.code(W.comment, { id: 'nope', body: 'x' }), 'NOT_FOUND');
  });

  it('a skip reason over the limit: BAD_USER_INPUT, and the lease is still held (it was cut short before)', async () => {
    const skipper = await userWithRole(stack, 'REVIEWER');
    const t = await take(skipper.client);
    const SKIP_WITH_REASON = `mutation($id: ID!, $reason: String) { skipClaim(assignmentId: $id, reason: $reason) { id status } }`;
    await refusedWithNothingWritten(stack, () => skipper.client.code(SKIP_WITH_REASON, { id: t!.id, reason: 'x'.repeat(1001) }), 'BAD_USER_INPUT');
    // At the limit it goes through, whole.
    await skipper.client.ok(SKIP_WITH_REASON, { id: t!.id, reason: 'y'.repeat(1000) });
    const stored = await stack.pg.query<{ skip_reason: string }>(`SELECT skip_reason FROM review_assignments WHERE id = $1`, [t!.id]);
    expect(stored.rows[0]?.skip_reason).toHaveLength(1000);
  });

  it('a verdict from a reviewer who already reviewed that claim: CONFLICT', async () => {
    // The queue never hands it back (see review-workflow); simulate a lease that slipped through anyway.
    const t = await take(reviewer.client);
    const claimId = t!.claim.id;
    await submit(reviewer.client, t!.id, 'FALSE');
    const { rows } = await stack.pg.query<{ id: string }>(
      `WITH c AS (UPDATE claims SET status = 'IN_REVIEW' WHERE id = $1 RETURNING review_round)
       INSERT INTO review_assignments (claim_id, reviewer_id, round, status, job_id, lock_token, taken_at, expires_at)
       SELECT $1, $2, review_round, 'ACTIVE', 'review.none', 'token', now(), now() + interval '10 minutes' FROM c RETURNING id`,
      [claimId, reviewer.id],
    );
    const input = { assignmentId: rows[0]!.id, rating: 'TRUE', rationale: 'Again.', sources: [aSource] };
    await refusedWithNothingWritten(stack, () => reviewer.client.code(W.verdict, { input }), 'CONFLICT');
  });
});
