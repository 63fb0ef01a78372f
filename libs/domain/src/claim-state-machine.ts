import { ClaimStatus } from './enums';
import { conflict } from './errors';

/**
 * Every move a claim can make. One table, one function: services never set
 * `status` themselves, they ask `transition` and record the event it names.
 */
export type ClaimAction =
  | 'queue' // EXTRACTED → QUEUED (score ≥ threshold, or an editor)
  | 'take' // QUEUED → IN_REVIEW
  | 'release' // IN_REVIEW → QUEUED (skip, release, lease expired)
  | 'verdict' // IN_REVIEW → QUEUED | REVIEWED | DISPUTED, see `verdictOutcome`
  | 'decide' // QUEUED → REVIEWED | DISPUTED: an editor lowered requiredReviews to the verdicts already in
  | 'resolve' // DISPUTED → REVIEWED (an editor's final verdict)
  | 'publish' // REVIEWED | DISPUTED(resolved) → PUBLISHED
  | 'unpublish' // PUBLISHED → REVIEWED
  | 'reopen' // PUBLISHED | REVIEWED | DISPUTED → QUEUED
  | 'dismiss'; // EXTRACTED | QUEUED → DISMISSED

const TABLE: Record<ClaimAction, Partial<Record<ClaimStatus, ClaimStatus[]>>> = {
  queue: { [ClaimStatus.EXTRACTED]: [ClaimStatus.QUEUED], [ClaimStatus.DISMISSED]: [ClaimStatus.QUEUED] },
  take: { [ClaimStatus.QUEUED]: [ClaimStatus.IN_REVIEW] },
  release: { [ClaimStatus.IN_REVIEW]: [ClaimStatus.QUEUED] },
  verdict: { [ClaimStatus.IN_REVIEW]: [ClaimStatus.QUEUED, ClaimStatus.REVIEWED, ClaimStatus.DISPUTED] },
  decide: { [ClaimStatus.QUEUED]: [ClaimStatus.REVIEWED, ClaimStatus.DISPUTED] },
  resolve: { [ClaimStatus.DISPUTED]: [ClaimStatus.REVIEWED] },
  publish: { [ClaimStatus.REVIEWED]: [ClaimStatus.PUBLISHED] },
  unpublish: { [ClaimStatus.PUBLISHED]: [ClaimStatus.REVIEWED] },
  reopen: { [ClaimStatus.PUBLISHED]: [ClaimStatus.QUEUED], [ClaimStatus.REVIEWED]: [ClaimStatus.QUEUED], [ClaimStatus.DISPUTED]: [ClaimStatus.QUEUED] },
  dismiss: { [ClaimStatus.EXTRACTED]: [ClaimStatus.DISMISSED], [ClaimStatus.QUEUED]: [ClaimStatus.DISMISSED] },
};

export interface Transition {
  action: ClaimAction;
  from: ClaimStatus;
  to: ClaimStatus;
}

/**
 * The one place a claim's status changes. Throws CONFLICT for an illegal move.
 * `to` must be given only where an action has several outcomes (`verdict`).
 */
export function transition(from: ClaimStatus, action: ClaimAction, to?: ClaimStatus): Transition {
  const allowed = TABLE[action][from];
  if (!allowed) {
    throw conflict(`A claim that is ${from} cannot be moved by "${action}"`, { from, action });
  }
  const target = to ?? allowed[0];
  if (target === undefined || !allowed.includes(target)) {
    throw conflict(`"${action}" cannot move a claim from ${from} to ${String(to)}`, { from, action, to });
  }
  return { action, from, to: target };
}

/** True when `action` is legal from `from`. */
export function canTransition(from: ClaimStatus, action: ClaimAction): boolean {
  return TABLE[action][from] !== undefined;
}
