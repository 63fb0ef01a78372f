import type { EntityManager } from 'typeorm';
import { ClaimStatus, type Rating } from '@app/domain';
import { FinalVerdictEntity, VerdictEntity, type ClaimEntity } from '@app/persistence';

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
