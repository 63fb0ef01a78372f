import type { GqlClient } from './gql-client';
import { aSource, userWithRole } from './factories';
import { eventually, type Stack } from './stack';

/** GraphQL operations of the review workflow (issue 4). */
export const W = {
  take: `mutation { takeNextClaim { id claim { id status reviewRound } } }`,
  skip: `mutation($id: ID!) { skipClaim(assignmentId: $id) { id status } }`,
  verdict: `mutation($input: SubmitVerdictInput!) { submitVerdict(input: $input) { id rating round } }`,
  claim: `query($id: ID!) { claim(id: $id) { id status version reviewRound requiredReviews boost pinned
    verdicts { id rating round reviewer { id } }
    finalVerdict { rating rationale kind round decidedBy { id } verdict { id } }
    publishedVerdict { version rating }
    publishedVerdicts { version rating withdrawnAt publishedBy { id } }
    comments { body author { id } }
    events { type fromStatus toStatus actor { id } } } }`,
  setRequired: `mutation($id: ID!, $count: Int!, $version: Int) { setRequiredReviews(claimId: $id, count: $count, version: $version) { id status requiredReviews version } }`,
  resolve: `mutation($input: ResolveDisputeInput!) { resolveDispute(input: $input) { id status version finalVerdict { rating kind } } }`,
  publish: `mutation($id: ID!, $version: Int) { publishClaim(claimId: $id, version: $version) { id status version publishedVerdict { version rating } } }`,
  unpublish: `mutation($id: ID!, $version: Int) { unpublishClaim(claimId: $id, version: $version) { id status version } }`,
  reopen: `mutation($id: ID!, $version: Int) { reopenClaim(claimId: $id, version: $version) { id status version reviewRound } }`,
  boost: `mutation($id: ID!, $boost: Int!, $version: Int) { boostClaim(claimId: $id, boost: $boost, version: $version) { id boost version } }`,
  pin: `mutation($id: ID!, $pinned: Boolean, $version: Int) { pinClaim(claimId: $id, pinned: $pinned, version: $version) { id pinned version } }`,
  comment: `mutation($id: ID!, $body: String!) { addComment(claimId: $id, body: $body) { id body author { id } } }`,
  disputes: `query { disputeQueue { id status } }`,
  stats: `query { queueStats { waiting inReview reviewed disputed published queueDepth disputeQueueDepth } }`,
  queueClaim: `mutation($id: ID!, $version: Int) { queueClaim(id: $id, version: $version) { id status version } }`,
};

export interface Taken {
  id: string;
  claim: { id: string; status: string; reviewRound: number };
}

export async function take(client: GqlClient): Promise<Taken | null> {
  return (await client.ok<{ takeNextClaim: Taken | null }>(W.take)).takeNextClaim;
}

export async function submit(client: GqlClient, assignmentId: string, rating: string, rationale = 'Checked against the record.'): Promise<{ id: string; rating: string; round: number }> {
  return (await client.ok<{ submitVerdict: { id: string; rating: string; round: number } }>(W.verdict, { input: { assignmentId, rating, rationale, sources: [aSource] } })).submitVerdict;
}

export interface ClaimView {
  id: string;
  status: string;
  version: number;
  reviewRound: number;
  requiredReviews: number;
  boost: number;
  pinned: boolean;
  verdicts: { id: string; rating: string; round: number; reviewer: { id: string } }[];
  finalVerdict: { rating: string; rationale: string; kind: string; round: number; decidedBy: { id: string } | null; verdict: { id: string } | null } | null;
  publishedVerdict: { version: number; rating: string } | null;
  publishedVerdicts: { version: number; rating: string; withdrawnAt: string | null; publishedBy: { id: string } }[];
  comments: { body: string; author: { id: string } }[];
  events: { type: string; fromStatus: string | null; toStatus: string; actor: { id: string } | null }[];
}

export async function readClaim(client: GqlClient, id: string): Promise<ClaimView> {
  return (await client.ok<{ claim: ClaimView }>(W.claim, { id })).claim;
}

/** Waits until the outbox relay has moved every pending job into Redis. */
export async function outboxDrained(stack: Stack): Promise<void> {
  await eventually(async () => (await stack.count('outbox')) === 0, 10000, 'the outbox to drain');
}

/** Every refusal carries its code and leaves every table (and every claim row) as it was. */
export async function refusedWithNothingWritten(stack: Stack, run: () => Promise<string | undefined>, code: string): Promise<void> {
  // The outbox is a queue the relay empties: rows left by the set-up would be counted in `before` and may be
  // gone by `after` (CI saw 1 → 0). Drained first, a row the refused request wrote still shows, unless the
  // relay takes it within the check; its transaction's other rows (events, claims) are counted either way.
  await outboxDrained(stack);
  const before = await stack.snapshot();
  expect(await run()).toBe(code);
  expect(await stack.snapshot()).toEqual(before);
}

/**
 * A claim two new reviewers disagree on (the stack needs REQUIRED_REVIEWS=2): DISPUTED. A takes a claim
 * nobody has rated (one that already has a verdict, from an earlier test on the same stack, would be
 * decided by A's alone); B skips whatever ranks higher until it is offered the same claim.
 */
export async function disputedClaim(stack: Stack): Promise<string> {
  const [a, b] = [await userWithRole(stack, 'REVIEWER'), await userWithRole(stack, 'REVIEWER')];
  let taken = await take(a.client);
  while (taken && (await stack.count('verdicts', 'claim_id = $1', [taken.claim.id])) > 0) {
    await a.client.ok(W.skip, { id: taken.id });
    await outboxDrained(stack);
    taken = await take(a.client);
  }
  if (!taken) throw new Error('no claim without a verdict is left to dispute');
  await submit(a.client, taken.id, 'TRUE', 'The count of votes matches the Seimas record.');
  await outboxDrained(stack);
  let again = await take(b.client);
  while (again && again.claim.id !== taken.claim.id) {
    await b.client.ok(W.skip, { id: again.id });
    await outboxDrained(stack);
    again = await take(b.client);
  }
  expect(again?.claim.id).toBe(taken.claim.id);
  await submit(b.client, again!.id, 'MISLEADING', 'Leaving takes effect only after six months.');
  return taken.claim.id;
}
