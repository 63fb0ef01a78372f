import { ClaimStatus } from './enums';
import { type Rating } from './rating';

/** Where a claim goes after a verdict: more reviews, consensus, or a dispute. */
export function verdictOutcome(ratings: readonly Rating[], requiredReviews: number): ClaimStatus {
  if (ratings.length < requiredReviews) return ClaimStatus.QUEUED;
  return new Set(ratings).size === 1 ? ClaimStatus.REVIEWED : ClaimStatus.DISPUTED;
}

/**
 * BullMQ priority for a claim awaiting review: 1 is served first. Higher
 * check-worthiness → smaller number. Kept within BullMQ's 2^21 limit.
 */
export function reviewPriority(checkworthiness: number): number {
  const score = Math.min(1, Math.max(0, Number.isFinite(checkworthiness) ? checkworthiness : 0));
  return 1 + Math.round((1 - score) * 100_000);
}
