import { ClaimStatus } from './enums';
import type { ClaimAction, Transition } from './claim-state-machine';

/** Events a webhook can subscribe to. */
export const WEBHOOK_EVENT_TYPES = ['article.extracted', 'claim.queued', 'verdict.submitted', 'claim.disputed', 'claim.published', 'claim.unpublished'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const isWebhookEventType = (s: string): s is WebhookEventType => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(s);

/**
 * The one table from claim transitions to the webhook events they cause, by
 * action then target status. A Record over every action, so a new action
 * cannot be added without deciding what it announces. Internal churn (a lease
 * taken, released or expired) announces nothing.
 */
const TRANSITION_EVENTS: Record<ClaimAction, Partial<Record<ClaimStatus, readonly WebhookEventType[]>>> = {
  queue: { [ClaimStatus.QUEUED]: ['claim.queued'] },
  take: {},
  release: {},
  verdict: {
    [ClaimStatus.QUEUED]: ['verdict.submitted'],
    [ClaimStatus.REVIEWED]: ['verdict.submitted'],
    [ClaimStatus.DISPUTED]: ['verdict.submitted', 'claim.disputed'],
  },
  // An editor lowered requiredReviews to the verdicts already in: no new verdict, but a dispute may start.
  decide: { [ClaimStatus.DISPUTED]: ['claim.disputed'] },
  resolve: {},
  publish: { [ClaimStatus.PUBLISHED]: ['claim.published'] },
  // Withdrawal is announced by leaving PUBLISHED (below), whichever action does it.
  unpublish: {},
  reopen: { [ClaimStatus.QUEUED]: ['claim.queued'] },
  dismiss: {},
};

/**
 * Events of leaving a status, whatever the action: a claim's ClaimReview is
 * live exactly while it is PUBLISHED, so every move out of it (unpublish, or
 * reopen of a published claim) withdraws what integrations were given on
 * publish, and must tell them, as publishing did. Announced before the
 * action's own events (a reopened claim is withdrawn, then queued).
 */
const LEAVING_EVENTS: Partial<Record<ClaimStatus, readonly WebhookEventType[]>> = {
  [ClaimStatus.PUBLISHED]: ['claim.unpublished'],
};

export function eventsForTransition(t: Transition): readonly WebhookEventType[] {
  const leaving = t.from !== t.to ? (LEAVING_EVENTS[t.from] ?? []) : [];
  return [...leaving, ...(TRANSITION_EVENTS[t.action][t.to] ?? [])];
}

/**
 * A delivery's state in the log: PENDING → (RETRYING →)* SUCCEEDED | FAILED.
 * HELD while its webhook is disabled: the event is kept for it, and sent when
 * the webhook is enabled again (HELD → PENDING), so a receiver that was down
 * misses nothing. CANCELLED only in logs written before HELD existed.
 */
export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  RETRYING = 'RETRYING',
  HELD = 'HELD',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
