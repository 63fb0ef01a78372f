import type { EntityManager } from 'typeorm';
import { ClaimStatus, conflict, eventsForTransition, isUuid, notFound, reviewPriority, transition, type ClaimAction } from '@app/domain';
import { QueueName, type JobItem } from '@app/queue';
import { ClaimEntity, ClaimEventEntity } from '../entities';
import { hydrate } from '../hydrate';
import { queryPrepared } from '../prepared-query';
import { CLAIM_CHANNEL } from './claim-channel';
import { insertClaims, type NewClaim } from './claim-insert';
import { claimEventData, planMove, type MoveItem, type MoveOptions } from './claim-moves';
import { type OutboxRepository } from './outbox.repository';
import { eventTypes, subscribersSql, type WebhookOutboxRepository } from './webhook-outbox.repository';

/** A new claim recognised as another appearance of a known claim (`canonical`, locked by `lockMany`). */
export interface Appearance {
  claim: ClaimEntity;
  canonical: ClaimEntity;
  similarity: number;
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

  /** Inserts new claims with their creation events and NOTIFYs (`insertClaims`, where the rules of a claim stored already linked or queued are). */
  insertMany(em: EntityManager, claims: readonly NewClaim[]): Promise<ClaimEntity[]> {
    return insertClaims(em, claims);
  }

  /**
   * Reads the claim and locks its row until the transaction ends. With
   * `expectedVersion`, refuses with CONFLICT when someone changed the claim
   * since the caller read it: the row lock makes the check and the write one step.
   */
  async lock(em: EntityManager, id: string, expectedVersion?: number | null): Promise<ClaimEntity> {
    const claim = (await this.lockMany(em, [id])).get(id)!;
    if (expectedVersion !== undefined && expectedVersion !== null && claim.version !== expectedVersion) {
      throw conflict(`The claim changed since you read it (you have version ${expectedVersion}, it is now ${claim.version}); reload it and try again`, {
        expectedVersion,
        version: claim.version,
      });
    }
    return claim;
  }

  /**
   * `lock` for many claims in one statement, in id order (so two transactions
   * locking overlapping sets never wait on each other in a circle). NOT_FOUND
   * names the first missing id.
   */
  async lockMany(em: EntityManager, ids: readonly string[]): Promise<Map<string, ClaimEntity>> {
    const sorted = [...new Set(ids)].sort();
    const bad = sorted.find((id) => !isUuid(id));
    if (bad !== undefined) throw notFound('Claim', bad);
    if (sorted.length === 0) return new Map();
    // FOR NO KEY UPDATE (what an UPDATE itself takes): writers still queue on the row, but rows that only
    // reference it (a suggestion's or a linked claim's foreign key check takes KEY SHARE) are not blocked:
    // FOR UPDATE made two extractions linking and suggesting each other's claims deadlock (bench W1).
    // Hand-written and hydrated like insertMany: every review mutation takes this lock, and the query builder cost more than the query.
    const rows = await em.query<Record<string, unknown>[]>(`SELECT * FROM claims WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`, [sorted]);
    const byId = new Map(hydrate(em.connection, ClaimEntity, rows).map((c) => [c.id, c]));
    const missing = sorted.find((id) => !byId.has(id));
    if (missing !== undefined) throw notFound('Claim', missing);
    return byId;
  }

  async move(em: EntityManager, claim: ClaimEntity, action: ClaimAction, opts: MoveOptions): Promise<void> {
    await this.moveMany(em, [{ claim, opts }], action);
  }

  /**
   * `move` for many claims at once, in a fixed number of statements whatever
   * their number (an extraction queues dozens of claims: one round trip per
   * step, not per claim). Each claim is checked by the state machine first,
   * so an illegal move refuses the whole batch before anything is written.
   * A claim `insertMany` stored already moved (`insertedFrom`) gets the rest
   * of the move here, in the same statements and order as the others: its
   * event, its webhooks and its jobs, but no UPDATE (its row is the move's
   * result) and no NOTIFY of its own (insertMany's, the same payload in the
   * same transaction, is the one delivered either way).
   */
  async moveMany(em: EntityManager, items: readonly MoveItem[], action: ClaimAction): Promise<void> {
    if (items.length === 0) return;
    const moves = items.map(({ claim, opts, insertedFrom }) => {
      if (insertedFrom === undefined) return { claim, opts, written: false, ...planMove(claim, action, opts.to) };
      const t = transition(insertedFrom, action, opts.to);
      if (claim.status !== t.to) throw new Error(`Claim ${claim.id} was inserted ${claim.status}, not as ${action} from ${insertedFrom} leaves it (${t.to})`);
      return { claim, opts, written: true, t, enteringQueue: t.to === ClaimStatus.QUEUED, queueSeq: claim.queueSeq, reviewRound: claim.reviewRound, version: claim.version };
    });
    const events = moves.flatMap(({ claim, opts, t }) => eventsForTransition(t).map((type) => ({ type, data: claimEventData(claim, t, opts) })));
    // One statement: the claims' new state, their events, the NOTIFY of each (sent on commit), and the
    // webhooks subscribed to the moves' events (one round trip fewer per move than asking `emit` to look).
    // Named (prepared): a take and a verdict each make one, and Postgres parsed and planned it every time (change 27).
    const rows = await queryPrepared<{ claim_id: string | null; updated_at: Date | null; hook_id: string | null; hook_events: string[] | null; hook_enabled: boolean | null }>(
      em,
      `WITH v AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::int[], $5::int[], $6::text[], $7::text[], $8::uuid[], $9::jsonb[], $12::bool[])
           AS v(id, status, seq, round, version, type, from_status, actor_id, data, written)
       ), u AS (
         UPDATE claims c SET status = v.status::claim_status, queue_seq = v.seq, review_round = v.round, version = v.version, updated_at = now()
           FROM v WHERE c.id = v.id AND NOT v.written RETURNING c.id, c.updated_at
       ), e AS (
         INSERT INTO claim_events (claim_id, type, from_status, to_status, actor_id, data)
         SELECT v.id, v.type, v.from_status, v.status, v.actor_id, v.data FROM v
       ), h AS (
         ${subscribersSql('$11')}
       )
       SELECT pg_notify($10, u.id::text), u.id AS claim_id, u.updated_at, NULL::uuid AS hook_id, NULL::text[] AS hook_events, NULL::boolean AS hook_enabled FROM u
       UNION ALL
       SELECT NULL, NULL, NULL, h.id, h.events, h.enabled FROM h`,
      [
        moves.map((m) => m.claim.id),
        moves.map((m) => m.t.to),
        moves.map((m) => m.queueSeq),
        moves.map((m) => m.reviewRound),
        moves.map((m) => m.version),
        moves.map((m) => m.opts.type ?? action.toUpperCase()),
        moves.map((m) => m.t.from),
        moves.map((m) => m.opts.actorId),
        moves.map((m) => (m.opts.data === undefined ? null : JSON.stringify(m.opts.data))),
        CLAIM_CHANNEL,
        eventTypes(events),
        moves.map((m) => m.written),
      ],
      'cc_claim_move',
    );
    // The row as written, updated_at included: a claim handed on after its move (takeNextClaim's answer) is what a read would return.
    const updatedAt = new Map(rows.filter((r) => r.claim_id !== null).map((r) => [r.claim_id!, r.updated_at!]));
    for (const m of moves) {
      m.claim.status = m.t.to;
      m.claim.queueSeq = m.queueSeq;
      m.claim.reviewRound = m.reviewRound;
      m.claim.version = m.version;
      m.claim.updatedAt = updatedAt.get(m.claim.id) ?? m.claim.updatedAt;
    }
    const subscribers = rows.filter((r) => r.hook_id !== null).map((r) => ({ id: r.hook_id!, events: r.hook_events!, enabled: r.hook_enabled! }));
    await this.webhooks.emit(em, events, subscribers);
    // A claim entering QUEUED always gets a review job, and a disputed one a job in the editors' queue, through the outbox.
    const jobs = await this.reviewJobs(em, moves.filter((m) => m.enteringQueue).map((m) => m.claim));
    const disputes = moves
      .filter((m) => m.t.to === ClaimStatus.DISPUTED)
      .map((m): JobItem => ({ queue: QueueName.DisputeReview, name: 'resolve-dispute', data: { claimId: m.claim.id, round: m.claim.reviewRound } }));
    await this.outbox.add(em, [...jobs, ...disputes]);
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

  /**
   * Records new claims as further appearances of known ones, all in a fixed
   * number of statements (bench W1: ten round trips per link made linking
   * half of an extraction). The new claims are stored already linked
   * (`insertMany` with their `link`); the rows are those of doing, for each
   * in turn, `record(claim, LINKED)`, `reprioritise(canonical, APPEARANCE_ADDED)`
   * and `notify(canonical)`: a canonical claim linked k times gets k new
   * review jobs, seq + 1 … seq + k, each with the appearances counted at its
   * turn. The canonical claims must be locked (`lockMany`); returns the ids
   * of the review jobs replaced.
   */
  async linkAppearances(em: EntityManager, articleId: string, links: readonly Appearance[]): Promise<string[]> {
    if (links.length === 0) return [];
    const replaced: string[] = [];
    const events: { claimId: string; type: string; status: ClaimStatus; data: Record<string, unknown> }[] = [];
    const notified: string[] = [];
    // Per requeued canonical claim: its new job's claim state (queueSeq at that turn) and the links made after it.
    const requeued: { claim: ClaimEntity; later: number }[] = [];
    for (const { claim, canonical, similarity } of links) {
      events.push({ claimId: claim.id, type: 'LINKED', status: claim.status, data: { canonicalId: canonical.id, similarity } });
      if (canonical.status === ClaimStatus.QUEUED) {
        replaced.push(`review.${canonical.id}.${canonical.queueSeq}`);
        canonical.queueSeq += 1;
        for (const r of requeued) if (r.claim.id === canonical.id) r.later += 1;
        requeued.push({ claim: { ...canonical }, later: 0 });
      }
      events.push({ claimId: canonical.id, type: 'APPEARANCE_ADDED', status: canonical.status, data: { claimId: claim.id, articleId, similarity } });
      notified.push(claim.id, canonical.id);
    }
    const seqs = new Map(requeued.map((r) => [r.claim.id, r.claim.queueSeq]));
    // One statement: the canonical claims' queue sequence, the events in order, the NOTIFYs (sent on commit).
    await em.query(
      `WITH requeued AS (
         UPDATE claims c SET queue_seq = v.seq, updated_at = now() FROM unnest($1::uuid[], $2::int[]) AS v(id, seq) WHERE c.id = v.id
       ), e AS (
         INSERT INTO claim_events (claim_id, type, from_status, to_status, data)
         SELECT v.claim_id, v.type, v.status, v.status, v.data FROM unnest($3::uuid[], $4::text[], $5::text[], $6::jsonb[]) AS v(claim_id, type, status, data)
       )
       SELECT pg_notify($7, id) FROM unnest($8::text[]) AS id`,
      [
        [...seqs.keys()],
        [...seqs.values()],
        events.map((e) => e.claimId),
        events.map((e) => e.type),
        events.map((e) => e.status),
        events.map((e) => JSON.stringify(e.data)),
        CLAIM_CHANNEL,
        notified,
      ],
    );
    // After the links are written: each job's priority counts the appearances up to its turn.
    const jobs = await this.reviewJobs(
      em,
      requeued.map((r) => r.claim),
      new Date(),
      requeued.map((r) => r.later),
    );
    await this.outbox.add(em, jobs);
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
    return (await this.reviewJobs(em, [claim], now))[0]!;
  }

  /**
   * `reviewJob` for many claims, in one query. `laterLinks[i]`: appearances
   * already stored that the i-th job must not count yet (links made after its
   * turn in the same batch, see `linkAppearances`).
   */
  async reviewJobs(em: EntityManager, claims: readonly ClaimEntity[], now = new Date(), laterLinks: readonly number[] = []): Promise<JobItem[]> {
    if (claims.length === 0) return [];
    const rows = await em.query<{ id: string; article_date: Date | null; linked: number }[]>(
      `SELECT v.id, coalesce(a.published_at, a.created_at) AS article_date,
              (SELECT count(*) FROM claims x WHERE x.canonical_id = v.id)::int AS linked
         FROM unnest($1::uuid[], $2::uuid[]) AS v(id, article_id)
         LEFT JOIN articles a ON a.id = v.article_id`,
      [claims.map((c) => c.id), claims.map((c) => c.articleId)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return claims.map((claim, i) => {
      const row = byId.get(claim.id);
      const priority = reviewPriority({
        checkworthiness: claim.checkworthiness,
        articleDate: row?.article_date ? new Date(row.article_date) : null,
        appearances: 1 + (row?.linked ?? 0) - (laterLinks[i] ?? 0),
        boost: claim.boost,
        pinned: claim.pinned,
        now,
      });
      return { queue: QueueName.ClaimReview, name: 'review-claim', data: { claimId: claim.id, seq: claim.queueSeq }, priority };
    });
  }

  /** Tells every api process, on commit, that the claim changed (NOTIFY folds duplicates within a transaction). */
  async notify(em: EntityManager, claimId: string): Promise<void> {
    await this.notifyMany(em, [claimId]);
  }

  /** `notify` for many claims in one statement. */
  async notifyMany(em: EntityManager, claimIds: readonly string[]): Promise<void> {
    if (claimIds.length) await em.query(`SELECT pg_notify($1, id) FROM unnest($2::text[]) AS id`, [CLAIM_CHANNEL, claimIds]);
  }
}
