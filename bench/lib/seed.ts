import type { Client } from 'pg';
import { hashSeed, realisticClaimTexts, uniformClaimTexts } from './claim-text-gen';

/** Which claim texts `seedClaims` writes: see `realisticClaimTexts`; `uniform` is the first seed, kept to compare with. */
export type SeedText = 'realistic' | 'uniform';

/**
 * Adds `n` claims straight into Postgres (INSERT … SELECT, not through the
 * API), 1,000 claims per article, newest first by created_at. `status` QUEUED
 * claims have no review job yet (the reconciler adds them, which is W4).
 * Texts: `realistic` (default) — Zipfian words with a long tail of names and
 * figures (`realisticClaimTexts`, seeded by `tag`); `uniform` — 12–23 words
 * drawn uniformly from the fixture articles plus a figure, on which every
 * trigram is common (BENCH_SEED_TEXT=uniform picks it).
 */
export async function seedClaims(pg: Client, n: number, status: 'QUEUED' | 'EXTRACTED', tag: string, text: SeedText = seedTextFromEnv()): Promise<void> {
  const perArticle = 1000;
  const articles = Math.ceil(n / perArticle);
  await pg.query(
    `INSERT INTO articles (id, title, body, url, body_sha256, source, status, model_version, extracted_at)
     SELECT md5($1 || a)::uuid, 'Seeded ' || $1 || ' ' || a, 'seeded', 'https://seed.example/' || $1 || '/' || a, encode(sha256(($1 || a)::bytea), 'hex'), 'Seed', 'EXTRACTED', 'seed', now()
       FROM generate_series(1, $2::int) a`,
    [tag, articles],
  );
  const texts = text === 'uniform' ? uniformClaimTexts(n, hashSeed(tag)) : realisticClaimTexts(n, hashSeed(tag));
  // In batches: one array parameter of a million texts would be a 100 MB message.
  const batch = 20_000;
  for (let from = 0; from < n; from += batch) {
    const part: { text: string; normalized: string }[] = [];
    while (part.length < batch) {
      const r = texts.next();
      if (r.done) break;
      part.push(r.value);
    }
    await pg.query(
      `INSERT INTO claims (article_id, text, quote, span_start, span_end, claim_type, checkworthiness, status, required_reviews, queue_seq, model_version, normalized_text, created_at)
       SELECT md5($1 || (1 + (g - 1) / ${perArticle}))::uuid, t.txt, t.txt, g, g + 1, 'STATISTICAL', 0.5 + random() / 2, $3::claim_status, 1, CASE WHEN $3 = 'QUEUED' THEN 1 ELSE 0 END, 'seed', t.norm,
              now() - make_interval(secs => $2::int - g)
         FROM unnest($5::text[], $6::text[]) WITH ORDINALITY AS t(txt, norm, i)
         CROSS JOIN LATERAL (SELECT $4::int + t.i::int AS g) o`,
      [tag, n, status, from, part.map((p) => p.text), part.map((p) => p.normalized)],
    );
  }
  await pg.query('ANALYZE claims');
}

function seedTextFromEnv(): SeedText {
  const v = process.env['BENCH_SEED_TEXT'];
  if (v === undefined || v === '' || v === 'realistic') return 'realistic';
  if (v === 'uniform') return 'uniform';
  throw new Error(`BENCH_SEED_TEXT must be realistic or uniform, not ${v}`);
}

/** Verdicts with two sources on the newest `n` claims, so the claims page (W2) has nested rows to load. */
export async function seedVerdicts(pg: Client, n: number, reviewerId: string): Promise<void> {
  await pg.query(
    `WITH newest AS (SELECT id FROM claims WHERE NOT EXISTS (SELECT 1 FROM verdicts v WHERE v.claim_id = claims.id) ORDER BY created_at DESC, id DESC LIMIT $1),
     a AS (INSERT INTO review_assignments (claim_id, reviewer_id, status, job_id, lock_token, taken_at, expires_at, ended_at, round)
           SELECT id, $2, 'SUBMITTED', 'seed', 'seed', now(), now(), now(), 1 FROM newest RETURNING id, claim_id),
     v AS (INSERT INTO verdicts (claim_id, assignment_id, reviewer_id, round, rating, rationale)
           SELECT claim_id, id, $2, 1, 'MOSTLY_TRUE', 'Matches the figures of the statistics office for that year.' FROM a RETURNING id)
     INSERT INTO sources (verdict_id, position, url, title, publisher, excerpt)
     SELECT v.id, p, 'https://stat.example/' || v.id || '/' || p, 'Source ' || p, 'Statistics office', 'The figure is in table ' || p FROM v, generate_series(0, 1) p`,
    [n, reviewerId],
  );
}

/** Tables of the baselines, shaped like the service's (same columns and indexes) but with no foreign keys. */
export async function createBaselineTables(pg: Client): Promise<void> {
  for (const t of ['articles', 'claims', 'verdicts', 'sources']) await pg.query(`CREATE TABLE bench_${t} (LIKE ${t} INCLUDING ALL)`);
}
