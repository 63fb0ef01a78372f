import type { EntityManager } from 'typeorm';
import { ClaimStatus } from '@app/domain';
import { ClaimEntity } from '../entities';
import { hydrate } from '../hydrate';
import type { TrigramHit } from '../matching/trigram-index';

export interface ClaimMatch {
  /** Index of the searched text in the batch (0 for a single search). */
  index: number;
  claimId: string;
  status: ClaimStatus;
  normalizedText: string;
  similarity: number;
}

/** A known claim found like a text: its row as stored, and the trigram similarity of the normalised texts. */
export interface SimilarClaim {
  claim: ClaimEntity;
  similarity: number;
}

/**
 * Which claims a search may return, written once for every statement that searches (and for the in-memory index,
 * which holds the same claims): canonical ones (a linked appearance stands for its canonical claim), not dismissed.
 * The partial trigram, hash and full-text indexes have the same predicate, which the planner must see to use them.
 */
export const SEARCHABLE_CLAIM_SQL = `c.canonical_id IS NULL AND c.status <> 'DISMISSED'`;

/**
 * Finds known claims like a text, on the normalised text with pg_trgm. Written
 * so the GiST trigram index answers: `%` filters (with the threshold set for
 * the transaction only) and `<->` orders nearest first, under a LIMIT. Every
 * inner LIMIT breaks ties by id: otherwise which of several equally similar
 * claims fill the last places depends on the scan order, and the same search
 * could answer differently from one call to the next.
 * Only canonical claims are candidates (a linked appearance stands for its
 * canonical one) and dismissed claims are not.
 * Given the in-memory index's hits (ClaimTextIndex), the same queries read
 * only those claims, by id, instead of the trigram index: Postgres still
 * applies every condition and the order, so the answer is the same.
 */
export class ClaimMatchRepository {
  /**
   * Nearest claims to one normalised text, best first, each with its whole row (what similarClaims answers with: one
   * statement, not the search and then a read of the claims found); `hits`: the index's candidates for it, if it could answer.
   */
  async similar(em: EntityManager, normalised: string, limit: number, minSimilarity: number, hits: readonly TrigramHit[] | null = null): Promise<SimilarClaim[]> {
    if (!normalised) return [];
    const ids = hits && candidateIds(hits, limit);
    // `%` is similarity ≥ the threshold set for the transaction (float4 against float8). Over the index's candidates
    // the same test is written out, so no transaction is needed to set it: one statement instead of four.
    const rows = ids
      ? await em.query<Record<string, unknown>[]>(withRows(`${BY_ID_CTE('$3')}, found AS (${similarSql('candidates', 'similarity(c.normalized_text, $1) >= $4::float8')})`), [
          normalised,
          limit,
          ids,
          clampThreshold(minSimilarity),
        ])
      : await em.transaction(async (tx) => {
          await this.threshold(tx, minSimilarity);
          return tx.query<Record<string, unknown>[]>(withRows(`WITH found AS (${similarSql('claims', 'c.normalized_text % $1')})`), [normalised, limit]);
        });
    const claims = hydrate(em.connection, ClaimEntity, rows);
    return rows.map((r, i) => ({ claim: claims[i]!, similarity: Number(r['match_sim']) }));
  }

  /**
   * For each text, its `perText` nearest known claims at or above
   * `minSimilarity`, outside the given article: one query for a whole article.
   * Runs in the caller's transaction and sets the threshold for it.
   * `hits[i]`: the index's candidates for `texts[i]`, if it could answer.
   */
  async nearestForEach(em: EntityManager, texts: readonly string[], excludeArticleId: string, perText: number, minSimilarity: number, hits: readonly (readonly TrigramHit[])[] | null = null): Promise<ClaimMatch[]> {
    if (texts.length === 0) return [];
    if (hits) return this.nearestAmong(em, texts, excludeArticleId, perText, minSimilarity, hits);
    await this.threshold(em, minSimilarity);
    const rows = await em.query<{ idx: number; id: string; status: ClaimStatus; normalized_text: string; sim: number }[]>(
      `SELECT q.idx::int AS idx, m.id, m.status, m.normalized_text, m.sim
         FROM unnest($1::text[]) WITH ORDINALITY AS q(t, idx)
         CROSS JOIN LATERAL (
           SELECT c.id, c.status, c.normalized_text, similarity(c.normalized_text, q.t) AS sim
             FROM claims c
            WHERE c.normalized_text % q.t AND ${SEARCHABLE_CLAIM_SQL} AND c.article_id <> $2
            ORDER BY c.normalized_text <-> q.t, c.id
            LIMIT $3
         ) m
        ORDER BY idx, sim DESC`,
      [texts, excludeArticleId, perText],
    );
    return rows.map((r) => ({ index: r.idx - 1, claimId: r.id, status: r.status, normalizedText: r.normalized_text, similarity: Number(r.sim) }));
  }

  /**
   * For each text, a known claim with exactly that normalised text, in one of
   * `statuses`, outside the given article (the lowest id if several): its
   * similarity is 1, which no other claim can exceed. One hash index lookup
   * per text instead of a trigram index scan. Texts without trigrams are left
   * out (their similarity is 0, not 1).
   */
  async exactForEach(em: EntityManager, texts: readonly string[], excludeArticleId: string, statuses: readonly ClaimStatus[]): Promise<ClaimMatch[]> {
    if (texts.length === 0) return [];
    const rows = await em.query<{ idx: number; id: string; status: ClaimStatus; normalized_text: string }[]>(
      // LATERAL: one index lookup per text (a join let the planner scan a whole index once instead). `canonical_id IS NULL
      // AND status <> 'DISMISSED'` is the hash index's own predicate (ClaimsCanonicalTextHashIndex): the planner must see it to use it.
      `SELECT q.idx::int AS idx, m.id, m.status, m.normalized_text
         FROM unnest($1::text[]) WITH ORDINALITY AS q(t, idx)
         CROSS JOIN LATERAL (
           SELECT c.id, c.status, c.normalized_text FROM claims c
            WHERE c.normalized_text = q.t AND ${SEARCHABLE_CLAIM_SQL}
              AND c.article_id <> $2 AND c.status = ANY($3::claim_status[]) AND similarity(c.normalized_text, q.t) = 1
            ORDER BY c.id
            LIMIT 1
         ) m`,
      [texts, excludeArticleId, statuses],
    );
    return rows.map((r) => ({ index: r.idx - 1, claimId: r.id, status: r.status, normalizedText: r.normalized_text, similarity: 1 }));
  }

  // nearestForEach's query over the index's candidates: each text's, read by id, ranked as the trigram index would.
  // The similarity test is written out, as in `similar`, so the transaction's threshold is not needed.
  private async nearestAmong(em: EntityManager, texts: readonly string[], excludeArticleId: string, perText: number, minSimilarity: number, hits: readonly (readonly TrigramHit[])[]): Promise<ClaimMatch[]> {
    const idx: number[] = [];
    const ids: string[] = [];
    hits.forEach((h, i) => {
      for (const id of candidateIds(h, perText)) {
        idx.push(i + 1);
        ids.push(id);
      }
    });
    if (ids.length === 0) return [];
    const rows = await em.query<{ idx: number; id: string; status: ClaimStatus; normalized_text: string; sim: number }[]>(
      `WITH candidates AS MATERIALIZED (
         SELECT p.idx, c.id, c.status, c.normalized_text, c.canonical_id, c.article_id
           FROM unnest($4::int[], $5::uuid[]) AS p(idx, id) JOIN claims c ON c.id = p.id
       )
       SELECT idx, id, status, normalized_text, sim FROM (
         SELECT c.idx, c.id, c.status, c.normalized_text, similarity(c.normalized_text, q.t) AS sim,
                row_number() OVER (PARTITION BY c.idx ORDER BY c.normalized_text <-> q.t, c.id) AS rank
           FROM candidates c JOIN unnest($1::text[]) WITH ORDINALITY AS q(t, idx) ON q.idx = c.idx
          WHERE similarity(c.normalized_text, q.t) >= $6::float8 AND ${SEARCHABLE_CLAIM_SQL} AND c.article_id <> $2
       ) m
       WHERE rank <= $3
       ORDER BY idx, sim DESC`,
      [texts, excludeArticleId, perText, idx, ids, clampThreshold(minSimilarity)],
    );
    return rows.map((r) => ({ index: Number(r.idx) - 1, claimId: r.id, status: r.status, normalizedText: r.normalized_text, similarity: Number(r.sim) }));
  }

  private async threshold(em: EntityManager, minSimilarity: number): Promise<void> {
    await em.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(clampThreshold(minSimilarity))]);
  }
}

const clampThreshold = (t: number): number => Math.min(1, Math.max(0, t));

// similar's statement: the nearest of `source` by trigrams (`test` the similarity test) and, for short searches, the
// claims with every word of the text (full text), best first.
const similarSql = (source: 'claims' | 'candidates', test: string): string => `
  SELECT id, status, normalized_text, sim FROM (
    SELECT c.id, c.status, c.normalized_text, similarity(c.normalized_text, $1) AS sim
      FROM ${source} c
     WHERE ${test} AND ${SEARCHABLE_CLAIM_SQL}
     ORDER BY c.normalized_text <-> $1, c.id
     LIMIT $2
  ) knn
  UNION
  -- Full-text: every word of the text in the claim, whatever the rest of the claim says (short searches).
  SELECT id, status, normalized_text, sim FROM (
    SELECT c.id, c.status, c.normalized_text, similarity(c.normalized_text, $1) AS sim
      FROM claims c
     WHERE to_tsvector('english', c.normalized_text) @@ plainto_tsquery('english', $1)
       AND ${SEARCHABLE_CLAIM_SQL}
     ORDER BY ts_rank_cd(to_tsvector('english', c.normalized_text), plainto_tsquery('english', $1)) DESC, c.id
     LIMIT $2
  ) fts
  ORDER BY sim DESC, id
  LIMIT $2`;

// similar's answer: the claims found (CTE `found`, best first) with their whole rows, read by primary key in the same statement.
const withRows = (found: string): string => `${found}
  SELECT c.*, found.sim AS match_sim FROM found JOIN claims c ON c.id = found.id ORDER BY found.sim DESC, found.id`;

// The index's hits are ordered as the query orders: the first `limit` are the answer unless Postgres turns some down
// (changed since, or a hair under the threshold), so a margin more is read and the rest never.
const HIT_MARGIN = 100;
const candidateIds = (hits: readonly TrigramHit[], limit: number): string[] => hits.slice(0, limit + HIT_MARGIN).map((h) => h.key);

// Only the candidates' rows, by primary key: a CTE the planner cannot fold into the trigram index scan it replaces.
const BY_ID_CTE = (param: string): string =>
  `WITH candidates AS MATERIALIZED (SELECT c.id, c.status, c.normalized_text, c.canonical_id FROM claims c WHERE c.id = ANY(${param}::uuid[]))`;

/** Statuses of a claim a new appearance may be linked to: it is, or has been, in review. */
export const LINKABLE_STATUSES: readonly ClaimStatus[] = [ClaimStatus.QUEUED, ClaimStatus.IN_REVIEW, ClaimStatus.REVIEWED, ClaimStatus.DISPUTED, ClaimStatus.PUBLISHED];
