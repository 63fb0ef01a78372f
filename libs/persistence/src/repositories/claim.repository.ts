import type { EntityManager } from 'typeorm';
import { ClaimStatus, conflict, eventsForTransition, isUuid, notFound, reviewPriority, transition, type ClaimAction, type Transition } from '@app/domain';
import { QueueName, type JobItem } from '@app/queue';
import { ClaimEntity, ClaimEventEntity } from '../entities';
import { type OutboxRepository } from './outbox.repository';
import { type WebhookOutboxRepository } from './webhook-outbox.repository';

/** Postgres channel carrying the id of every claim that changed; api processes relay it to subscribers. */
export const CLAIM_CHANNEL = 'claimcheck_claims';

export interface MoveOptions {
  to?: ClaimStatus;
  actorId: string | null;
  type?: string;
  data?: Record<string, unknown>;
}

type ClaimPatch = Partial<
  Pick<ClaimEntity, 'requiredReviews' | 'boost' | 'pinned' | 'text' | 'claimant' | 'claimantRole' | 'claimType' | 'checkworthiness' | 'modelVersion' | 'normalizedText' | 'canonicalId' | 'matchSimilarity'>
>;

/**
 * Claim writes. Every status change goes through `move`, which asks the domain
 * state machine and records the claim_events row in the same transaction.
 * The transition's webhook events (the domain's eventsForTransition table)
 * are written in the same transaction. Every change bumps the claim's `version` (optimistic locking for editors) and
 * notifies CLAIM_CHANNEL on commit.
 */
export class ClaimRepository {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly webhooks: WebhookOutboxRepository,
  ) {}

  /**
   * Reads the claim and locks its row until the transaction ends. With
   * `expectedVersion`, refuses with CONFLICT when someone changed the claim
   * since the caller read it: the row lock makes the check and the write one step.
   */
  async lock(em: EntityManager, id: string, expectedVersion?: number | null): Promise<ClaimEntity> {
    if (!isUuid(id)) throw notFound('Claim', id);
    const claim = await em.findOne(ClaimEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!claim) throw notFound('Claim', id);
    if (expectedVersion !== undefined && expectedVersion !== null && claim.version !== expectedVersion) {
      throw conflict(`The claim changed since you read it (you have version ${expectedVersion}, it is now ${claim.version}); reload it and try again`, {
        expectedVersion,
        version: claim.version,
      });
    }
    return claim;
  }

  async move(em: EntityManager, claim: ClaimEntity, action: ClaimAction, opts: MoveOptions): Promise<void> {
    const t = transition(claim.status, action, opts.to);
    const enteringQueue = t.to === ClaimStatus.QUEUED;
    const queueSeq = enteringQueue ? claim.queueSeq + 1 : claim.queueSeq;
    // Reopening starts a new round: earlier verdicts stay, the new ones are counted apart.
    const reviewRound = action === 'reopen' ? claim.reviewRound + 1 : claim.reviewRound;
    await em.update(ClaimEntity, { id: claim.id }, { status: t.to, queueSeq, reviewRound, version: claim.version + 1 });
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
    claim.reviewRound = reviewRound;
    claim.version += 1;
    await this.notify(em, claim.id);
    await this.webhooks.emit(
      em,
      eventsForTransition(t).map((type) => ({ type, data: claimEventData(claim, t, opts) })),
    );
    // A claim entering QUEUED always gets a review job, and a disputed one a job in the editors' queue, through the outbox.
    if (enteringQueue) await this.outbox.add(em, [await this.reviewJob(em, claim)]);
    if (t.to === ClaimStatus.DISPUTED) {
      await this.outbox.add(em, [{ queue: QueueName.DisputeReview, name: 'resolve-dispute', data: { claimId: claim.id, round: claim.reviewRound } }]);
    }
  }

  /** Changes fields that are not the status; bumps the version. */
  async update(em: EntityManager, claim: ClaimEntity, patch: ClaimPatch): Promise<void> {
    await em.update(ClaimEntity, { id: claim.id }, { ...patch, version: claim.version + 1 });
    Object.assign(claim, patch);
    claim.version += 1;
    await this.notify(em, claim.id);
  }

  /**
   * A QUEUED claim whose priority changed gets a new review job (new sequence)
   * through the outbox; the old job is then stale and dropped when fetched.
   * Records the change as an event; returns the id of the job replaced, if any.
   */
  async reprioritise(em: EntityManager, claim: ClaimEntity, opts: { actorId: string | null; type: string; data?: Record<string, unknown> }): Promise<string | null> {
    const requeue = claim.status === ClaimStatus.QUEUED;
    const replaced = requeue ? `review.${claim.id}.${claim.queueSeq}` : null;
    if (requeue) {
      claim.queueSeq += 1;
      await em.update(ClaimEntity, { id: claim.id }, { queueSeq: claim.queueSeq });
      await this.outbox.add(em, [await this.reviewJob(em, claim)]);
    }
    await this.record(em, claim, opts);
    return replaced;
  }

  /** Records a change that is not a move (the status stays) in the claim's events. */
  async record(em: EntityManager, claim: ClaimEntity, opts: { actorId: string | null; type: string; data?: Record<string, unknown> }): Promise<void> {
    await em.insert(ClaimEventEntity, { claimId: claim.id, type: opts.type, fromStatus: claim.status, toStatus: claim.status, actorId: opts.actorId, data: (opts.data ?? null) as never });
  }

  /**
   * The review job for the claim's current queueing, with its priority from
   * the one formula in @app/domain. Also what a reconciler re-creates.
   */
  async reviewJob(em: EntityManager, claim: ClaimEntity, now = new Date()): Promise<JobItem> {
    const rows = await em.query<{ article_date: Date | null; linked: number }[]>(
      `SELECT coalesce(a.published_at, a.created_at) AS article_date,
              (SELECT count(*) FROM claims x WHERE x.canonical_id = $1)::int AS linked
         FROM articles a WHERE a.id = $2`,
      [claim.id, claim.articleId],
    );
    const row = rows[0];
    const priority = reviewPriority({
      checkworthiness: claim.checkworthiness,
      articleDate: row?.article_date ? new Date(row.article_date) : null,
      appearances: 1 + (row?.linked ?? 0),
      boost: claim.boost,
      pinned: claim.pinned,
      now,
    });
    return { queue: QueueName.ClaimReview, name: 'review-claim', data: { claimId: claim.id, seq: claim.queueSeq }, priority };
  }

  /** Tells every api process, on commit, that the claim changed (NOTIFY folds duplicates within a transaction). */
  async notify(em: EntityManager, claimId: string): Promise<void> {
    await em.query(`SELECT pg_notify($1, $2)`, [CLAIM_CHANNEL, claimId]);
  }

  /** Records a claim's creation (no previous status). */
  async recordCreated(em: EntityManager, claims: readonly ClaimEntity[]): Promise<void> {
    if (claims.length === 0) return;
    await em.insert(
      ClaimEventEntity,
      claims.map((c) => ({ claimId: c.id, type: 'EXTRACTED', fromStatus: null, toStatus: ClaimStatus.EXTRACTED, actorId: null, data: { modelVersion: c.modelVersion } as never })),
    );
    for (const c of claims) await this.notify(em, c.id);
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
