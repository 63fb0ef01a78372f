import type { EntityManager } from 'typeorm';
import { ClaimStatus, verdictOutcome, type Rating } from '@app/domain';
import { FinalVerdictEntity, VerdictEntity, type ClaimEntity } from '../entities';
import type { ClaimRepository } from './claim.repository';
import type { MoveOptions } from './claim-moves';

/** The verdicts of the claim's current round of reviews, oldest first (by creation time, then id). */
export function roundVerdicts(em: EntityManager, claim: ClaimEntity): Promise<VerdictEntity[]> {
  return em.find(VerdictEntity, { where: { claimId: claim.id, round: claim.reviewRound }, order: { createdAt: 'ASC', id: 'ASC' } });
}

/** roundVerdicts' order, for a list that gained a verdict in memory. */
export function inRoundOrder(verdicts: readonly VerdictEntity[]): VerdictEntity[] {
  return [...verdicts].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const ratingsOf = (verdicts: readonly VerdictEntity[]): Rating[] => verdicts.map((v) => v.rating);

/**
 * After a move to REVIEWED by agreement: the agreed rating becomes the claim's
 * final verdict for the round, with the first reviewer's rationale.
 */
export async function recordConsensus(em: EntityManager, claim: ClaimEntity, verdicts: readonly VerdictEntity[]): Promise<void> {
  const first = verdicts[0];
  if (claim.status !== ClaimStatus.REVIEWED || !first) return;
  await em.insert(FinalVerdictEntity, { claimId: claim.id, round: claim.reviewRound, rating: first.rating, rationale: first.rationale, kind: 'CONSENSUS', decidedBy: null, verdictId: first.id });
}

/**
 * A QUEUED claim whose round already has the verdicts it needs (its
 * requirement was lowered) is decided now. The claim must be locked.
 * Returns true when it was.
 */
export async function decideIfEnough(em: EntityManager, claims: ClaimRepository, claim: ClaimEntity, actorId: string | null): Promise<boolean> {
  if (claim.status !== ClaimStatus.QUEUED) return false;
  const verdicts = await roundVerdicts(em, claim);
  if (verdicts.length === 0 || verdicts.length < claim.requiredReviews) return false;
  await claims.move(em, claim, 'decide', { to: verdictOutcome(ratingsOf(verdicts), claim.requiredReviews), actorId });
  await recordConsensus(em, claim, verdicts);
  return true;
}

/**
 * A held claim given back (skipped, or its lease gone) returns to the queue,
 * and is decided there and then when an editor lowered its requirement to
 * the verdicts already in while it was held: under the lease it could not be.
 */
export async function releaseClaim(em: EntityManager, claims: ClaimRepository, claim: ClaimEntity, opts: MoveOptions): Promise<void> {
  await claims.move(em, claim, 'release', opts);
  await decideIfEnough(em, claims, claim, opts.actorId);
}
