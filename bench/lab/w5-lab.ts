// Measures the similarClaims query against index/query variants on a scratch
// database, outside the service (no HTTP): what docs/w5-matching-findings.md reports.
//   npx tsx bench/lab/w5-lab.ts seed  <db> uniform|realistic|real|realraw <n>   (db is created from w5_scratch_base)
//   npx tsx bench/lab/w5-lab.ts stats <db>
//   npx tsx bench/lab/w5-lab.ts time  <db> <query variant> [label]          (writes /tmp/w5-lab-<db>-<label>.json)
//   npx tsx bench/lab/w5-lab.ts same  <a.json> <b.json>
//   npx tsx bench/lab/w5-lab.ts explain <db> <query variant>
//   npx tsx bench/lab/w5-lab.ts insert <db>                                 (INSERT of 1,000 claims, timed)
//   npx tsx bench/lab/w5-lab.ts ingest <db> [threshold=0.45]               (ingest's matching search for 40-sentence articles)
// `real` needs W5_REAL_DIR: a directory of tab-separated labelled sentences
// (id, text, label), read at run time only — that data is not part of the
// repository. `real` extends it to <n> sentences with a word-bigram chain
// trained on it; `realraw` loads the sentences as they are.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { normaliseClaimText } from '@app/domain';
import { ClaimMatchRepository, createDataSource } from '@app/persistence';
import { prng } from '../lib/claim-text-gen';
import { seedClaims } from '../lib/seed';

const BASE = process.env['W5_LAB_URL'] ?? 'postgres://postgres@127.0.0.1:5432/';

async function connect(db: string): Promise<Client> {
  const c = new Client({ connectionString: BASE + db });
  await c.connect();
  return c;
}

function realSentences(): string[] {
  const dir = process.env['W5_REAL_DIR'];
  if (!dir) throw new Error('W5_REAL_DIR is not set');
  const unquote = (s: string): string => (s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s);
  const out = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.tsv')))
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n').slice(1)) {
      const t = unquote((line.split('\t')[1] ?? '').trim());
      // Claims are statements, not "Thank you.": at least 8 words.
      if (t.split(/\s+/).length >= 8) out.add(t);
    }
  return [...out];
}

/** More sentences like the real ones: a word-bigram chain trained on them (same words, same transitions). */
function markov(sentences: string[], n: number, seed: number): string[] {
  const next = new Map<string, string[]>();
  for (const s of sentences) {
    const w = ['<s>', ...s.split(/\s+/), '</s>'];
    for (let i = 0; i + 1 < w.length; i++) {
      const k = w[i]!;
      const list = next.get(k) ?? [];
      list.push(w[i + 1]!);
      next.set(k, list);
    }
  }
  const rand = prng(seed);
  const out: string[] = [];
  while (out.length < n) {
    const words: string[] = [];
    let cur = '<s>';
    for (;;) {
      const list = next.get(cur)!;
      cur = list[Math.floor(rand() * list.length)]!;
      if (cur === '</s>' || words.length > 60) break;
      words.push(cur);
    }
    if (words.length >= 8) out.push(words.join(' '));
  }
  return out;
}

async function seed(db: string, kind: string, n: number): Promise<void> {
  const admin = await connect('postgres');
  await admin.query(`DROP DATABASE IF EXISTS ${db}`);
  await admin.query(`CREATE DATABASE ${db} TEMPLATE w5_scratch_base`);
  await admin.end();
  const pg = await connect(db);
  const t0 = Date.now();
  if (kind === 'uniform' || kind === 'realistic') await seedClaims(pg, n, 'EXTRACTED', `lab-${n}`, kind);
  else {
    const real = realSentences();
    const texts = kind === 'realraw' ? real.slice(0, n) : markov(real, n, 11);
    await pg.query(
      `INSERT INTO articles (id, title, body, url, body_sha256, source, status, model_version, extracted_at)
       SELECT md5('real' || a)::uuid, 'Real ' || a, 'seeded', 'https://seed.example/real/' || a, encode(sha256(('real' || a)::bytea), 'hex'), 'Seed', 'EXTRACTED', 'seed', now()
         FROM generate_series(1, $1::int) a`,
      [Math.ceil(texts.length / 1000)],
    );
    for (let from = 0; from < texts.length; from += 20_000) {
      const part = texts.slice(from, from + 20_000);
      await pg.query(
        `INSERT INTO claims (article_id, text, quote, span_start, span_end, claim_type, checkworthiness, status, required_reviews, queue_seq, model_version, normalized_text)
         SELECT md5('real' || (1 + (g - 1) / 1000))::uuid, t.txt, t.txt, g, g + 1, 'STATISTICAL', 0.7, 'EXTRACTED', 1, 0, 'seed', t.norm
           FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(txt, norm, i) CROSS JOIN LATERAL (SELECT $3::int + t.i::int AS g) o`,
        [part, part.map(normaliseClaimText), from],
      );
    }
    await pg.query('ANALYZE claims');
  }
  const c = (await pg.query<{ n: string }>('SELECT count(*) n FROM claims')).rows[0]!.n;
  console.log(`${db}: ${c} claims (${kind}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await pg.end();
}

/** W5's searches: stored claims with two words changed (bench/workloads/w5-matching.ts). */
async function searches(pg: Client, n = 200): Promise<string[]> {
  const rows = await pg.query<{ text: string }>(`SELECT text FROM claims ORDER BY md5(id::text) LIMIT $1`, [n]);
  return rows.rows.map((r, i) => {
    const words = r.text.split(' ');
    // W5_LAB_SHORT=1: three words of a claim, as a reviewer types a short search (the full-text branch's case).
    if (process.env['W5_LAB_SHORT'] === '1') return normaliseClaimText(words.slice(2, 5).join(' '));
    words[i % words.length] = 'reportedly';
    words[(i * 7 + 3) % words.length] = 'officials';
    return normaliseClaimText(words.join(' '));
  });
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};

async function stats(db: string): Promise<void> {
  const pg = await connect(db);
  const total = Number((await pg.query<{ n: string }>('SELECT count(*) n FROM claims')).rows[0]!.n);
  await pg.query('CREATE TEMP TABLE df AS SELECT t, count(*)::int AS n FROM (SELECT DISTINCT id, unnest(show_trgm(normalized_text)) t FROM claims) x GROUP BY t');
  await pg.query('CREATE INDEX ON df (t)');
  const qs = await searches(pg);
  const share1: number[] = [];
  const share10: number[] = [];
  const minDf: number[] = [];
  // GIN fast scan must walk the posting lists of the rarest n - ceil(0.3 n) + 1 trigrams of a search
  // (any fewer and a claim could still reach 0.3 on the others): their summed length, per claim in the table.
  const postings: number[] = [];
  const ntrgm: number[] = [];
  for (const q of qs) {
    const r = await pg.query<{ n: number | null }>('SELECT df.n FROM unnest(show_trgm($1)) t LEFT JOIN df USING (t)', [q]);
    const fr = r.rows.map((x) => (x.n ?? 0) / total);
    ntrgm.push(fr.length);
    share1.push(fr.filter((f) => f > 0.01).length / fr.length);
    share10.push(fr.filter((f) => f > 0.1).length / fr.length);
    minDf.push(Math.min(...fr) * total);
    const asc = [...fr].sort((x, y) => x - y);
    postings.push(asc.slice(0, asc.length - Math.ceil(0.3 * asc.length) + 1).reduce((x, y) => x + y, 0));
  }
  const pairs = await pg.query<{ s: number }>(
    `WITH a AS (SELECT normalized_text t, row_number() OVER (ORDER BY md5(id::text)) r FROM claims),
          b AS (SELECT normalized_text t, row_number() OVER (ORDER BY md5(id::text || 'x')) r FROM claims)
     SELECT similarity(a.t, b.t) s FROM a JOIN b USING (r) WHERE a.t <> b.t LIMIT 20000`,
  );
  const sims = pairs.rows.map((r) => Number(r.s));
  await pg.query(`SELECT set_config('pg_trgm.similarity_threshold', '0.3', false)`);
  const hits: number[] = [];
  for (const q of qs.slice(0, 50)) hits.push(Number((await pg.query<{ n: string }>('SELECT count(*) n FROM claims WHERE normalized_text % $1', [q])).rows[0]!.n));
  const words = (await pg.query<{ p50: number }>(`SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY array_length(string_to_array(normalized_text, ' '), 1)) p50 FROM claims`)).rows[0]!.p50;
  const f = (x: number): string => x.toFixed(3);
  console.log(
    JSON.stringify({
      db,
      claims: total,
      wordsP50: words,
      distinctTrigrams: Number((await pg.query<{ n: string }>('SELECT count(*) n FROM df')).rows[0]!.n),
      queryTrigramsP50: pct(ntrgm, 0.5),
      shareOver1pct: { mean: f(share1.reduce((a, b) => a + b, 0) / share1.length), p50: f(pct(share1, 0.5)) },
      shareOver10pct: { mean: f(share10.reduce((a, b) => a + b, 0) / share10.length), p50: f(pct(share10, 0.5)) },
      ginPostingsPerClaim: { p50: f(pct(postings, 0.5)), p90: f(pct(postings, 0.9)) },
      unrelatedSim: { p50: f(pct(sims, 0.5)), p99: f(pct(sims, 0.99)), p999: f(pct(sims, 0.999)), over03: f(sims.filter((s) => s >= 0.3).length / sims.length) },
      matchesAt03: { p50: pct(hits, 0.5), p90: pct(hits, 0.9), max: Math.max(...hits) },
    }),
  );
  await pg.end();
}

// The current query (ClaimMatchRepository.similar) and the variants tried.
const KNN = `SELECT c.id, c.status, c.normalized_text, similarity(c.normalized_text, $1) AS sim
               FROM claims c
              WHERE c.normalized_text % $1 AND c.canonical_id IS NULL AND c.status <> 'DISMISSED'
              ORDER BY c.normalized_text <-> $1
              LIMIT $2`;
const FTS = (vec: string): string => `SELECT c.id, c.status, c.normalized_text, similarity(c.normalized_text, $1) AS sim
               FROM claims c
              WHERE ${vec} @@ plainto_tsquery('english', $1)
                AND c.canonical_id IS NULL AND c.status <> 'DISMISSED'
              ORDER BY ts_rank_cd(${vec}, plainto_tsquery('english', $1)) DESC
              LIMIT $2`;
const union = (knn: string, fts: string): string => `SELECT id, status, normalized_text, sim FROM (${knn}) knn UNION SELECT id, status, normalized_text, sim FROM (${fts}) fts ORDER BY sim DESC, id LIMIT $2`;
// GIN cannot order by distance: take every row over the threshold, order by similarity (= 1 - distance), same LIMIT.
const KNN_SIM = `SELECT c.id, c.status, c.normalized_text, similarity(c.normalized_text, $1) AS sim
               FROM claims c
              WHERE c.normalized_text % $1 AND c.canonical_id IS NULL AND c.status <> 'DISMISSED'
              ORDER BY sim DESC, c.id
              LIMIT $2`;
const EXPR = `to_tsvector('english', c.normalized_text)`;
// Lexeme Jaccard (stemmed words, stop words dropped), exact at 0.3 by prefix filtering: a claim at >= 0.3 shares
// at least ceil(0.3 |q|) of the search's lexemes, so at least one of its |q| - ceil(0.3 |q|) + 1 rarest (pg_stats).
const LEX_CORE = (score: string): string => `WITH q AS (SELECT tsvector_to_array(to_tsvector('english', $1)) AS lx),
  st AS (SELECT most_common_elems::text::text[] AS e, most_common_elem_freqs AS f FROM pg_stats
          WHERE schemaname = 'public' AND tablename = 'claims' AND attname = 'match_lexemes'),
  pre AS (SELECT array_agg(l) AS p FROM (
           SELECT l FROM q, unnest(q.lx) l LEFT JOIN st ON true
            ORDER BY coalesce(st.f[array_position(st.e, l)], 0), l
            LIMIT (SELECT cardinality(lx) - ceil(0.3 * cardinality(lx)) + 1 FROM q)) x)
  SELECT id, status, normalized_text, sim FROM (
    SELECT c.id, c.status, c.normalized_text, ${score} AS sim
      FROM claims c, q, pre
     WHERE c.match_lexemes && pre.p AND c.canonical_id IS NULL AND c.status <> 'DISMISSED'
  ) m WHERE sim >= 0.3 ORDER BY sim DESC, id LIMIT $2`;
const JACCARD = `(SELECT count(*) FROM unnest(c.match_lexemes) x WHERE x = ANY(q.lx))::float8
   / (cardinality(c.match_lexemes) + cardinality(q.lx) - (SELECT count(*) FROM unnest(c.match_lexemes) x WHERE x = ANY(q.lx)))`;
const QUERIES: Record<string, string> = {
  lex: LEX_CORE(JACCARD),
  'lex-trgm': LEX_CORE('similarity(c.normalized_text, $1)'),
  'lex-union': union(LEX_CORE(JACCARD), FTS(EXPR)),
  current: union(KNN, FTS(EXPR)),
  knn: KNN,
  fts: FTS(EXPR),
  sim: union(KNN_SIM, FTS(EXPR)),
  simonly: KNN_SIM,
  'sim-tsv': union(KNN_SIM, FTS('c.normalized_tsv')),
  'fts-tsv': FTS('c.normalized_tsv'),
  'current-tsv': union(KNN, FTS('c.normalized_tsv')),
};

async function time(db: string, variant: string, label: string): Promise<void> {
  const sql = QUERIES[variant];
  if (!sql) throw new Error(`variant: ${Object.keys(QUERIES).join(', ')}`);
  const pg = await connect(db);
  const qs = await searches(pg, Number(process.env['W5_LAB_QUERIES'] ?? 200));
  const results: { q: string; rows: { id: string; sim: number }[] }[] = [];
  const ms: number[] = [];
  // Two passes: the first warms the cache (the service's working set is warm), the second is timed.
  for (let pass = 0; pass < 2; pass++)
    for (const q of qs) {
      const t0 = process.hrtime.bigint();
      await pg.query('BEGIN');
      await pg.query(`SELECT set_config('pg_trgm.similarity_threshold', '0.3', true)`);
      const r = await pg.query<{ id: string; sim: number }>(sql, [q, 10]);
      await pg.query('COMMIT');
      const dt = Number(process.hrtime.bigint() - t0) / 1e6;
      if (pass === 1) {
        ms.push(dt);
        results.push({ q, rows: r.rows.map((x) => ({ id: x.id, sim: Number(x.sim) })) });
      }
    }
  const file = `/tmp/w5-lab-${db}-${label}.json`;
  writeFileSync(file, JSON.stringify(results));
  console.log(`${db} ${variant} (${label}): p50 ${pct(ms, 0.5).toFixed(1)} ms, p95 ${pct(ms, 0.95).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms, rows/search ${(results.reduce((a, r) => a + r.rows.length, 0) / results.length).toFixed(1)} → ${file}`);
  await pg.end();
}

function same(a: string, b: string): void {
  const ra = JSON.parse(readFileSync(a, 'utf8')) as { q: string; rows: { id: string; sim: number }[] }[];
  const rb = JSON.parse(readFileSync(b, 'utf8')) as typeof ra;
  let diff = 0;
  ra.forEach((x, i) => {
    const y = rb[i]!;
    const ka = x.rows.map((r) => `${r.id}:${r.sim}`).join(',');
    const kb = y.rows.map((r) => `${r.id}:${r.sim}`).join(',');
    if (x.q !== y.q || ka !== kb) {
      diff++;
      if (diff <= 3) console.log(`differs: ${x.q}\n  ${ka}\n  ${kb}`);
    }
  });
  console.log(`${ra.length} searches, ${diff} differ`);
}

async function explain(db: string, variant: string): Promise<void> {
  const pg = await connect(db);
  const [q] = await searches(pg, 1);
  await pg.query('BEGIN');
  await pg.query(`SELECT set_config('pg_trgm.similarity_threshold', '0.3', true)`);
  await pg.query(QUERIES[variant]!, [q, 10]);
  const r = await pg.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${QUERIES[variant]!.replace(/\$2/g, '10').replace(/\$1/g, pg.escapeLiteral(q!))}`);
  await pg.query('COMMIT');
  console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
  await pg.end();
}

async function insert(db: string): Promise<void> {
  const pg = await connect(db);
  await pg.query('BEGIN');
  const t0 = Date.now();
  await pg.query(
    `INSERT INTO claims (article_id, text, quote, span_start, span_end, claim_type, checkworthiness, status, required_reviews, queue_seq, model_version, normalized_text)
     SELECT article_id, text, quote, span_start + 10000000, span_end + 10000000, claim_type, checkworthiness, status, 1, 0, 'ins', normalized_text || ' again'
       FROM claims ORDER BY md5(id::text) LIMIT 1000`,
  );
  const ms = Date.now() - t0;
  await pg.query('ROLLBACK');
  console.log(`${db}: INSERT of 1,000 claims ${ms} ms`);
  await pg.end();
}

/**
 * The worker's matching search (ClaimLinker.candidates → nearestForEach) for
 * articles of 40 new sentences: stored claims with every fifth word changed,
 * so each has a match near 0.8 and is searched, not found word for word.
 */
async function ingest(db: string, threshold: number): Promise<void> {
  const ds = await createDataSource(BASE + db, 2).initialize();
  const rows = await ds.query<{ t: string }[]>(`SELECT normalized_text t FROM claims ORDER BY md5(id::text || 'ingest') LIMIT 400`);
  const texts = rows.map((r) => r.t.split(' ').map((w, i) => (i % 5 === 2 ? 'changed' : w)).join(' '));
  const repo = new ClaimMatchRepository();
  const ms: number[] = [];
  let found = 0;
  // Two passes: the first warms the cache, the second is timed.
  for (let pass = 0; pass < 2; pass++)
    for (let a = 0; a < 10; a++) {
      const t0 = process.hrtime.bigint();
      const m = await ds.transaction((em) => repo.nearestForEach(em, texts.slice(a * 40, a * 40 + 40), '00000000-0000-0000-0000-000000000000', 3, threshold));
      if (pass === 1) {
        ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
        found += m.length;
      }
    }
  console.log(`${db}: matching search of a 40-sentence article at ${threshold}: p50 ${pct(ms, 0.5).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms (${found} matches over 10 articles)`);
  await ds.destroy();
}

async function main(): Promise<void> {
  const [cmd, a, b, c] = process.argv.slice(2);
  if (cmd === 'seed') await seed(a!, b!, Number(c));
  else if (cmd === 'stats') await stats(a!);
  else if (cmd === 'time') await time(a!, b!, c ?? b!);
  else if (cmd === 'same') same(a!, b!);
  else if (cmd === 'explain') await explain(a!, b!);
  else if (cmd === 'insert') await insert(a!);
  else if (cmd === 'ingest') await ingest(a!, Number(b ?? 0.45));
  else throw new Error('usage: see the comment at the top');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
