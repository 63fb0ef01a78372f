import { ClaimStatus, transition, type ClaimAction, type Transition } from '@app/domain';
import type { ClaimEntity } from '../entities';

// What a status move is, apart from how it is written (ClaimRepository.moveMany, or insertClaims for a claim stored already moved).

export interface MoveOptions {
  to?: ClaimStatus;
  actorId: string | null;
  type?: string;
  data?: Record<string, unknown>;
}

/** A claim to move. `insertedFrom`: `insertMany` stored it already moved (`NewClaim.queued`) from that status; its row holds the move's result. */
export interface MoveItem {
  claim: ClaimEntity;
  opts: MoveOptions;
  insertedFrom?: ClaimStatus;
}

/**
 * A move as the state machine allows it and the row it leaves: one rule for
 * `moveMany`'s UPDATE and for a claim `insertMany` stores already moved.
 */
export function planMove(claim: Pick<ClaimEntity, 'status' | 'queueSeq' | 'reviewRound' | 'version'>, action: ClaimAction, to?: ClaimStatus) {
  const t = transition(claim.status, action, to);
  const enteringQueue = t.to === ClaimStatus.QUEUED;
  // Reopening starts a new round: earlier verdicts stay, the new ones are counted apart.
  return { t, enteringQueue, queueSeq: enteringQueue ? claim.queueSeq + 1 : claim.queueSeq, reviewRound: action === 'reopen' ? claim.reviewRound + 1 : claim.reviewRound, version: claim.version + 1 };
}

/** What a claim's webhook events say: ids to fetch more by, and what changed. */
export function claimEventData(claim: ClaimEntity, t: Transition, opts: MoveOptions): Record<string, unknown> {
  return {
    claim: { id: claim.id, articleId: claim.articleId, text: claim.text, claimant: claim.claimant, checkworthiness: claim.checkworthiness, status: t.to },
    transition: { action: t.action, from: t.from, to: t.to },
    actorId: opts.actorId,
    ...(opts.data ? { details: opts.data } : {}),
  };
}
