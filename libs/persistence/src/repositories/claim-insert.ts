import type { EntityManager } from 'typeorm';
import { ClaimEntity } from '../entities';
import { hydrate } from '../hydrate';
import { CLAIM_CHANNEL } from './claim-channel';
import { planMove } from './claim-moves';

/** What an extraction says of a new claim, and the known claim it is another appearance of, if any; every other column takes its default. */
export type NewClaim = Pick<
  ClaimEntity,
  'articleId' | 'text' | 'quote' | 'spanStart' | 'spanEnd' | 'claimant' | 'claimantRole' | 'claimType' | 'checkworthiness' | 'status' | 'requiredReviews' | 'modelVersion' | 'normalizedText'
> & {
  link?: { canonicalId: string; similarity: number } | null;
  /**
   * Stored already queued (from `status`): the row an insert and then `moveMany(…, 'queue')` gave. The rest
   * of that move (its event, webhooks, review job) is written by `moveMany` with the claim's `insertedFrom`.
   */
  queued?: boolean;
};

/** The counters of a claim as inserted: the columns' defaults, read from ClaimEntity's metadata (the one place they are written). */
function insertedCounters(em: EntityManager): { queueSeq: number; reviewRound: number } {
  const meta = em.connection.getMetadata(ClaimEntity);
  const byDefault = (property: 'queueSeq' | 'reviewRound'): number => Number(meta.findColumnWithPropertyName(property)!.default);
  return { queueSeq: byDefault('queueSeq'), reviewRound: byDefault('reviewRound') };
}

/**
 * Inserts new claims and records their creation (an EXTRACTED event each,
 * no previous status, and a NOTIFY each, sent on commit) in one statement;
 * returns the claims as stored (ids and defaults included) in the order
 * given, and writes the events and NOTIFYs in that order too. em.save built
 * the INSERT through TypeORM's query builder, whose getQueryAndParameters
 * was ~15 % of the worker's CPU in bench W1 (an article brings about 40
 * claims); the events and NOTIFYs were two more round trips.
 * A claim with a `link` is stored already linked, as version 2: the row an
 * insert and then the link's update gave, without the unlinked row version
 * the matching index (canonical claims only) would keep until a vacuum
 * (bench W1: that index 4× its live size, each search 4× slower). Record
 * the links with `ClaimRepository.linkAppearances`.
 * A `queued` claim is stored already queued, likewise: the queue move's
 * UPDATE of a row inserted moments before was not HOT (status is indexed),
 * so it wrote a second entry in every index, the full-text GIN and the
 * trigram GiST included, and left a dead row (bench W1: ~4 ms of Postgres
 * CPU per article). Its creation event still says EXTRACTED; the move's
 * own event, webhooks and review job are `moveMany`'s (`insertedFrom`).
 */
export async function insertClaims(em: EntityManager, claims: readonly NewClaim[]): Promise<ClaimEntity[]> {
  if (claims.length === 0) return [];
  const counters = insertedCounters(em);
  const rowsAsStored = claims.map((c) => {
    const inserted = { status: c.status, ...counters, version: c.link ? 2 : 1 };
    if (!c.queued) return inserted;
    const m = planMove(inserted, 'queue');
    return { status: m.t.to, queueSeq: m.queueSeq, reviewRound: m.reviewRound, version: m.version };
  });
  // RETURNING's order is not promised: rows are matched back to the input by span (unique within an article) and ordered by it.
  const rows = await em.query<Record<string, unknown>[]>(
    `WITH v AS (
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[], $8::varchar[], $9::float8[], $10::claim_status[], $11::int[], $12::varchar[], $13::text[], $14::uuid[], $15::float8[], $16::int[], $18::claim_status[], $19::int[], $20::int[])
         WITH ORDINALITY AS v(article_id, text, quote, span_start, span_end, claimant, claimant_role, claim_type, checkworthiness, created_status, required_reviews, model_version, normalized_text, canonical_id, match_similarity, version, status, queue_seq, review_round, n)
     ), c AS (
       INSERT INTO claims (article_id, text, quote, span_start, span_end, claimant, claimant_role, claim_type, checkworthiness, status, required_reviews, model_version, normalized_text, canonical_id, match_similarity, version, queue_seq, review_round)
       SELECT article_id, text, quote, span_start, span_end, claimant, claimant_role, claim_type, checkworthiness, status, required_reviews, model_version, normalized_text, canonical_id, match_similarity, version, queue_seq, review_round FROM v ORDER BY n
       RETURNING *
     ), stored AS (
       SELECT c.*, v.created_status, v.n FROM c JOIN v ON v.article_id = c.article_id AND v.span_start = c.span_start AND v.span_end = c.span_end
     ), e AS (
       INSERT INTO claim_events (claim_id, type, from_status, to_status, actor_id, data)
       SELECT id, 'EXTRACTED', NULL, created_status::text, NULL, jsonb_build_object('modelVersion', model_version) FROM stored ORDER BY n
     )
     SELECT stored.*, pg_notify($17, id::text) FROM stored ORDER BY n`,
    [
      claims.map((c) => c.articleId),
      claims.map((c) => c.text),
      claims.map((c) => c.quote),
      claims.map((c) => c.spanStart),
      claims.map((c) => c.spanEnd),
      claims.map((c) => c.claimant),
      claims.map((c) => c.claimantRole),
      claims.map((c) => c.claimType),
      claims.map((c) => c.checkworthiness),
      claims.map((c) => c.status),
      claims.map((c) => c.requiredReviews),
      claims.map((c) => c.modelVersion),
      claims.map((c) => c.normalizedText),
      claims.map((c) => c.link?.canonicalId ?? null),
      claims.map((c) => c.link?.similarity ?? null),
      rowsAsStored.map((r) => r.version),
      CLAIM_CHANNEL,
      rowsAsStored.map((r) => r.status),
      rowsAsStored.map((r) => r.queueSeq),
      rowsAsStored.map((r) => r.reviewRound),
    ],
  );
  return hydrate(em.connection, ClaimEntity, rows);
}
