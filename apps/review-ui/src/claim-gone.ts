import { useQuery, useSubscription } from 'urql';
import { useLiveConnection } from './client';
import { CLAIM_STATE, CLAIM_UPDATED, type ClaimState } from './gql';

export const LEASE_ENDED = 'Your lease on this claim ended, so it went back to the queue.';

/** The claim in the workbench, as this reviewer took it. */
export interface Held {
  claimId: string;
  round: number;
  reviewerId: string;
}

/**
 * Null while the reviewer can still submit a verdict on the claim (what the api's
 * submitVerdict checks: in review, the same round, taken last by them); else what
 * happened, in one sentence.
 */
export function whyNotYours(claim: ClaimState, held: Held): string | null {
  const lastTake = claim.events.findLast((e) => e.type === 'TAKE');
  if (claim.status === 'IN_REVIEW' && claim.reviewRound === held.round && lastTake?.actor?.id === held.reviewerId) return null;
  // The last change of status says why; notes, pins and new appearances keep the status and say nothing here.
  const last = claim.events.findLast((e) => e.fromStatus !== e.toStatus);
  const byThisReviewer = last?.actor?.id === held.reviewerId;
  switch (last?.type ?? '') {
    case 'DISMISS':
      return 'An editor dismissed this claim as not worth checking, so it needs no verdict now.';
    case 'PUBLISH':
      return 'An editor published this claim, so it needs no verdict now.';
    case 'REOPEN':
      return 'An editor reopened this claim for a new round of reviews.';
    case 'LEASE_EXPIRED':
      return LEASE_ENDED;
    case 'SKIPPED':
      if (byThisReviewer) return 'You skipped this claim in another tab, so it went back to the queue.';
      break;
    case 'VERDICT':
      if (byThisReviewer) return 'Your verdict on this claim was submitted from another tab.';
      break;
    case 'TAKE':
      if (!byThisReviewer) return 'This claim went back to the queue, and another reviewer has taken it.';
      break;
  }
  return `This claim is no longer leased to you: it is now ${claim.status.toLowerCase().replace('_', ' ')}.`;
}

/**
 * Watches the claim in hand (claimUpdated) and says, the moment it happens, why
 * the reviewer can no longer submit on it; null while they can.
 */
export function useClaimGone(held: Held | null): string | null {
  const variables = { id: held?.claimId ?? '' };
  const [live] = useSubscription<{ claimUpdated: ClaimState }>({ query: CLAIM_UPDATED, variables, pause: !held });
  // Read once each time the socket opens as well: a change made before the subscription started, or while the
  // socket was down, sends no event (a claim restored after a reload may have moved on in the meantime).
  const connected = useLiveConnection();
  const [read] = useQuery<{ claim: ClaimState | null }>({ query: CLAIM_STATE, variables, pause: !held || !connected, requestPolicy: 'network-only' });
  const why = (c: ClaimState | null | undefined): string | null => (held && c?.id === held.claimId ? whyNotYours(c, held) : null);
  return why(live.data?.claimUpdated) ?? why(read.data?.claim);
}
