import type { EntityManager } from 'typeorm';
import { ClaimStatus, eventsForTransition, isUuid, notFound, reviewPriority, transition, type ClaimAction, type Transition } from '@app/domain';
import { QueueName } from '@app/queue';
import { ClaimEntity, ClaimEventEntity } from '../entities';
import { type OutboxRepository } from './outbox.repository';
import { type WebhookOutboxRepository } from './webhook-outbox.repository';

export interface MoveOptions {
  to?: ClaimStatus;
  actorId: string | null;
  type?: string;
  data?: Record<string, unknown>;
}

/**
 * Claim writes. Every status change goes through `move`, which asks the domain
 * state machine and records the claim_events row in the same transaction,
 * with the webhook events the transition announces (one table in the domain:
 * eventsForTransition).
 */
export class ClaimRepository {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly webhooks: WebhookOutboxRepository,
  ) {}

  /** Reads the claim and locks its row until the transaction ends. */
  async lock(em: EntityManager, id: string): Promise<ClaimEntity> {
    if (!isUuid(id)) throw notFound('Claim', id);
    const claim = await em.findOne(ClaimEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!claim) throw notFound('Claim', id);
    return claim;
  }

  async move(em: EntityManager, claim: ClaimEntity, action: ClaimAction, opts: MoveOptions): Promise<void> {
    const t = transition(claim.status, action, opts.to);
    const enteringQueue = t.to === ClaimStatus.QUEUED;
    const queueSeq = enteringQueue ? claim.queueSeq + 1 : claim.queueSeq;
    await em.update(ClaimEntity, { id: claim.id }, { status: t.to, queueSeq });
    await em.insert(ClaimEventEntity, {
      claimId: claim.id,
      type: opts.type ?? action.toUpperCase(),
      fromStatus: t.from,
      toStatus: t.to,
      actorId: opts.actorId,
      data: (opts.data ?? null) as never,
    });
    claim.status = t.to;
    claim.queueSeq = queueSeq;
    await this.webhooks.emit(
      em,
      eventsForTransition(t).map((type) => ({ type, data: claimEventData(claim, t, opts) })),
    );
    // A claim entering QUEUED always gets a review job, through the outbox.
    if (enteringQueue) {
      await this.outbox.add(em, [
        {
          queue: QueueName.ClaimReview,
          name: 'review-claim',
          data: { claimId: claim.id, seq: queueSeq },
          priority: reviewPriority(claim.checkworthiness),
        },
      ]);
    }
  }

  /** Records a claim's creation (no previous status). */
  async recordCreated(em: EntityManager, claims: readonly ClaimEntity[]): Promise<void> {
    if (claims.length === 0) return;
    await em.insert(
      ClaimEventEntity,
      claims.map((c) => ({ claimId: c.id, type: 'EXTRACTED', fromStatus: null, toStatus: ClaimStatus.EXTRACTED, actorId: null, data: { modelVersion: c.modelVersion } as never })),
    );
  }
}

/** What a claim's webhook events say: ids to fetch more by, and what changed. */
function claimEventData(claim: ClaimEntity, t: Transition, opts: MoveOptions): Record<string, unknown> {
  return {
    claim: { id: claim.id, articleId: claim.articleId, text: claim.text, claimant: claim.claimant, checkworthiness: claim.checkworthiness, status: t.to },
    transition: { action: t.action, from: t.from, to: t.to },
    actorId: opts.actorId,
    ...(opts.data ? { details: opts.data } : {}),
  };
}
