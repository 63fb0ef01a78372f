import type { Client } from 'pg';
import type { Stack } from '../../support/stack';

/**
 * Seeds `n` QUEUED claims of one article straight into Postgres, as if they
 * had been extracted and queued, with their events. Setup only: no job is
 * added — the product's own reconciler must enqueue them.
 */
export async function seedQueuedClaims(pg: Client, n: number, opts: { requiredReviews?: number; label?: string } = {}): Promise<string[]> {
  const label = opts.label ?? `seed-${Date.now()}-${Math.random()}`;
  const r = await pg.query<{ id: string }>(
    `WITH a AS (
       INSERT INTO articles (title, body, body_sha256, status, model_version, extracted_at)
       VALUES ($1, $1, encode(sha256(convert_to($1, 'UTF8')), 'hex'), 'EXTRACTED', 'seed', now()) RETURNING id)
     INSERT INTO claims (article_id, text, quote, span_start, span_end, claim_type, checkworthiness, status, required_reviews, queue_seq, model_version)
     SELECT a.id, 'Seeded claim ' || g, 'Seeded claim ' || g, g * 100, g * 100 + 50, 'statistic', random(), 'QUEUED', $2, 1, 'seed'
       FROM a, generate_series(1, $3) g
     RETURNING id`,
    [label, opts.requiredReviews ?? 1, n],
  );
  const ids = r.rows.map((x) => x.id);
  await pg.query(
    `INSERT INTO claim_events (claim_id, type, from_status, to_status)
     SELECT id, t.type, t.from_status, t.to_status FROM unnest($1::uuid[]) id,
       (VALUES (1, 'EXTRACTED', NULL, 'EXTRACTED'), (2, 'QUEUED_BY_SCORE', 'EXTRACTED', 'QUEUED')) t(o, type, from_status, to_status)
     ORDER BY id, t.o`,
    [ids],
  );
  return ids;
}

/** Every rule that a partial write or a lost update would break; empty when the data is whole. */
export async function invariantViolations(pg: Client): Promise<string[]> {
  const checks: [string, string][] = [
    ['IN_REVIEW claim without exactly one ACTIVE assignment', `SELECT c.id FROM claims c WHERE c.status = 'IN_REVIEW' AND (SELECT count(*) FROM review_assignments a WHERE a.claim_id = c.id AND a.status = 'ACTIVE') <> 1`],
    ['ACTIVE assignment on a claim not IN_REVIEW', `SELECT a.id FROM review_assignments a JOIN claims c ON c.id = a.claim_id WHERE a.status = 'ACTIVE' AND c.status <> 'IN_REVIEW'`],
    ['SUBMITTED assignment without exactly one verdict', `SELECT a.id FROM review_assignments a WHERE a.status = 'SUBMITTED' AND (SELECT count(*) FROM verdicts v WHERE v.assignment_id = a.id) <> 1`],
    ['verdict whose assignment is not SUBMITTED', `SELECT v.id FROM verdicts v JOIN review_assignments a ON a.id = v.assignment_id WHERE a.status <> 'SUBMITTED'`],
    ['verdict without a source', `SELECT v.id FROM verdicts v WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.verdict_id = v.id)`],
    ['claims of an article that is not EXTRACTED', `SELECT a.id FROM articles a WHERE a.status <> 'EXTRACTED' AND EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)`],
    [
      'claim whose status is not its last event’s',
      `SELECT c.id FROM claims c WHERE c.status::text <> (SELECT e.to_status FROM claim_events e WHERE e.claim_id = c.id ORDER BY e.id DESC LIMIT 1)`,
    ],
    [
      'event that does not start where the previous one ended',
      `SELECT claim_id FROM (SELECT claim_id, from_status, lag(to_status) OVER (PARTITION BY claim_id ORDER BY id) AS prev FROM claim_events) e WHERE prev IS NOT NULL AND from_status IS DISTINCT FROM prev`,
    ],
    ['claim with more verdicts than it requires', `SELECT c.id FROM claims c WHERE (SELECT count(*) FROM verdicts v WHERE v.claim_id = c.id) > c.required_reviews`],
    [
      'REVIEWED or DISPUTED claim without all its verdicts',
      `SELECT c.id FROM claims c WHERE c.status IN ('REVIEWED', 'DISPUTED') AND (SELECT count(*) FROM verdicts v WHERE v.claim_id = c.id) <> c.required_reviews`,
    ],
    [
      'two leases on one claim at the same time',
      `SELECT a.claim_id FROM review_assignments a JOIN review_assignments b ON a.claim_id = b.claim_id AND a.id < b.id
        WHERE tstzrange(a.taken_at, coalesce(a.ended_at, 'infinity')) && tstzrange(b.taken_at, coalesce(b.ended_at, 'infinity'))`,
    ],
  ];
  const out: string[] = [];
  for (const [what, sql] of checks) {
    const r = await pg.query<Record<string, string>>(`${sql} LIMIT 5`);
    if (r.rows.length) out.push(`${what}: ${r.rows.map((x) => Object.values(x)[0]).join(', ')}`);
  }
  return out;
}

/** QUEUED claims whose current review job is not waiting in Redis (empty when the queue is whole). */
export async function queuedClaimsMissingFromQueue(stack: Stack): Promise<string[]> {
  const claims = (await stack.pg.query<{ id: string; queue_seq: number }>(`SELECT id, queue_seq FROM claims WHERE status = 'QUEUED'`)).rows;
  if (claims.length === 0) return [];
  const base = `{${stack.queuePrefix}}:claim-review`;
  const pipe = stack.redis.pipeline();
  // Review jobs always carry a priority, so a waiting one sits in the prioritized set.
  for (const c of claims) pipe.zscore(`${base}:prioritized`, `review.${c.id}.${c.queue_seq}`);
  const res = (await pipe.exec()) ?? [];
  return claims.filter((_, i) => res[i]?.[1] === null || res[i]?.[1] === undefined).map((c) => c.id);
}

/** Waiting review jobs in Redis. */
export async function waitingReviewJobs(stack: Stack): Promise<number> {
  return Number(await stack.redis.zcard(`{${stack.queuePrefix}}:claim-review:prioritized`));
}
