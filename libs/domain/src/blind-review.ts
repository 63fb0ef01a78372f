import { ClaimStatus, Role } from './enums';

export interface VerdictVisibilityClaim {
  status: ClaimStatus;
  reviewRound: number;
}

export interface VerdictVisibilityVerdict {
  reviewerId: string;
  round: number;
}

// Once a round is decided nobody can review it any more: its verdicts are no longer secret.
const DECIDED: readonly ClaimStatus[] = [ClaimStatus.REVIEWED, ClaimStatus.DISPUTED, ClaimStatus.PUBLISHED];

/**
 * Blind review: a reviewer sees other reviewers' verdicts on a claim only for
 * rounds where they have given their own, or that are over. Editors and
 * admins see everything.
 */
export function visibleVerdicts<V extends VerdictVisibilityVerdict>(claim: VerdictVisibilityClaim, verdicts: readonly V[], viewer: { id: string; role: Role }): V[] {
  if (viewer.role !== Role.REVIEWER) return [...verdicts];
  const reviewedRounds = new Set(verdicts.filter((v) => v.reviewerId === viewer.id).map((v) => v.round));
  const roundOver = (round: number): boolean => round < claim.reviewRound || (round === claim.reviewRound && DECIDED.includes(claim.status));
  return verdicts.filter((v) => v.reviewerId === viewer.id || reviewedRounds.has(v.round) || roundOver(v.round));
}
