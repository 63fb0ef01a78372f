// W1 lab: where an ingested article's time goes.
//   npx tsx bench/lab/w1-breakdown.ts [articles=60]
//   LAB_PART=extraction|pipeline (one part only), LAB_SQL='…' (run on the
//   migrated database first: a schema experiment), LAB_KEEP_DB=1 (keep it).
// Part 1, pipeline: the real stack (api + worker), one client submitting
// articles one after another; per article the submitArticle round trip (and
// its SQL statements), then how long until the worker has extracted it, then
// until the outbox is empty (its review jobs in BullMQ).
// Part 2, extraction: ExtractionService.extract called in this process on a
// fresh database, then the outbox relay's drain (the review jobs into BullMQ),
// each phase timed and its SQL statements counted, plus
// EXPLAIN ANALYZE of one article's matching search once the table holds the
// earlier articles' claims.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { EntityManager, type Logger } from 'typeorm';
import { loadConfig } from '@app/config';
import { ArticleStatus, normaliseClaimText } from '@app/domain';
import { extractClaims } from '@app/extraction';
import { ClaimMatchRepository, ClaimRepository, ClaimTextIndex, OutboxRepository, PgListener, WebhookOutboxRepository, createDataSource, runMigrations } from '@app/persistence';
import { Metrics } from '@app/observability';
import { createRedis, QueueName, QueueProducer } from '@app/queue';
import { ClaimLinker } from '../../apps/worker/src/extraction/claim-linker';
import { ExtractionService } from '../../apps/worker/src/extraction/extraction.service';
import { OutboxRelay } from '../../apps/worker/src/outbox/outbox-relay';
import { Q } from '../../test/support/factories';
import { ADMIN, Stack } from '../../test/support/stack';
import { benchArticles } from '../lib/articles';

const N = Number(process.argv[2] ?? 60);
const PG_BASE = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const fmt = (xs: number[]): string => `p50 ${pct(xs, 50).toFixed(1)} p90 ${pct(xs, 90).toFixed(1)} mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1)}`;

async function pipeline(): Promise<void> {
  const stack = await new Stack().start({ env: { RATE_LIMIT_MAX: '100000000', SQL_STATEMENT_COUNT: '1' } });
  try {
    const login = await stack.gql().ok<{ login: { token: string } }>(Q.login, ADMIN);
    const token = login.login.token;
    const submit: number[] = [];
    const statements: number[] = [];
    const extracted: number[] = [];
    const drained: number[] = [];
    for (const input of benchArticles(N, 'lab-pipe')) {
      const t0 = performance.now();
      // fetch, not the test client: the api's x-sql-statements header (SQL_STATEMENT_COUNT=1) counts the request's statements.
      const res = await fetch(`${stack.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: Q.submitArticle, variables: { input } }) });
      const r = ((await res.json()) as { data: { submitArticle: { id: string } } }).data;
      const t1 = performance.now();
      statements.push(Number(res.headers.get('x-sql-statements')));
      for (;;) {
        const s = await stack.pg.query<{ status: string }>(`SELECT status FROM articles WHERE id = $1`, [r.submitArticle.id]);
        if (s.rows[0]!.status === ArticleStatus.EXTRACTED || s.rows[0]!.status === ArticleStatus.FAILED) break;
        await sleep(2);
      }
      const t2 = performance.now();
      while ((await stack.pg.query<{ n: string }>(`SELECT count(*) AS n FROM outbox`)).rows[0]!.n !== '0') await sleep(2);
      const t3 = performance.now();
      submit.push(t1 - t0);
      extracted.push(t2 - t1);
      drained.push(t3 - t2);
    }
    const claims = (await stack.pg.query<{ n: string }>(`SELECT count(*) AS n FROM claims`)).rows[0]!.n;
    console.log(`pipeline, ${N} articles, 1 client (ms; polling every 2 ms): ${claims} claims at the end`);
    console.log(`  submitArticle round trip   ${fmt(submit)}; SQL statements ${fmt(statements)}`);
    console.log(`  submitted -> EXTRACTED     ${fmt(extracted)}`);
    console.log(`  EXTRACTED -> outbox empty  ${fmt(drained)}`);
    console.log(`  total per article          ${fmt(submit.map((s, i) => s + extracted[i]! + drained[i]!))}`);
  } finally {
    await stack.stop();
  }
}

/** Counts statements sent through TypeORM. */
class Counting implements Logger {
  n = 0;
  logQuery(): void {
    this.n++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** Wraps `obj[name]` so its time (and statements) add up under `label`; nested timers count in both. */
function timed(totals: Map<string, { ms: number; sql: number }>, counter: Counting, label: string, obj: object, name: string): void {
  const target = obj as Record<string, (...a: unknown[]) => Promise<unknown>>;
  const orig = target[name]!;
  target[name] = async function (this: unknown, ...args: unknown[]) {
    const t0 = performance.now();
    const n0 = counter.n;
    try {
      return await orig.apply(this, args);
    } finally {
      const t = totals.get(label) ?? { ms: 0, sql: 0 };
      t.ms += performance.now() - t0;
      t.sql += counter.n - n0;
      totals.set(label, t);
    }
  };
}

async function extraction(): Promise<void> {
  const db = `claimcheck_lab_${process.pid}`;
  const admin = new Client({ connectionString: PG_BASE });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${db}`);
  const url = PG_BASE.replace(/\/[^/]*$/, `/${db}`);
  const redis = createRedis(REDIS_URL);
  const ds = createDataSource(url, 10);
  const counter = new Counting();
  try {
    await runMigrations(url);
    // LAB_SQL: schema experiments (e.g. another index) applied before the run.
    const experiment = process.env['LAB_SQL'];
    if (experiment) {
      const c = new Client({ connectionString: url });
      await c.connect();
      await c.query(experiment);
      await c.end();
    }
    ds.setOptions({ logger: counter });
    await ds.initialize();
    const config = loadConfig({ ...process.env, DATABASE_URL: url, REDIS_URL, QUEUE_PREFIX: `lab_${process.pid}`, NODE_ENV: 'test' });
    const outbox = new OutboxRepository();
    const webhooks = new WebhookOutboxRepository(outbox);
    const claims = new ClaimRepository(outbox, webhooks);
    const matches = new ClaimMatchRepository();
    // A listener never started: the index never loads, so the lab times Postgres's matching search, as before.
    const linker = new ClaimLinker(matches, claims, config, new ClaimTextIndex(ds, new PgListener(config), config));
    const producer = new QueueProducer(redis, config.queuePrefix);
    const service = new ExtractionService(ds, claims, linker, producer, config, webhooks);
    // Not started (no LISTEN, no poll): drained by hand after each article, as the worker's relay would be woken.
    const relay = new OutboxRelay(ds, outbox, producer, new Metrics('lab'), config);

    const totals = new Map<string, { ms: number; sql: number }>();
    timed(totals, counter, 'extract (all)', service, 'extract');
    timed(totals, counter, '  linker.candidates (matching search)', linker, 'candidates');
    timed(totals, counter, '  em.save (new claims)', EntityManager.prototype, 'save');
    timed(totals, counter, '  claims.insertMany (new claims, their events)', claims, 'insertMany');
    timed(totals, counter, '  linker.plan (locks)', linker, 'plan');
    timed(totals, counter, '  linker.link', linker, 'link');
    timed(totals, counter, '  claims.moveMany (queue)', claims, 'moveMany');
    timed(totals, counter, 'relay.drain (review jobs to BullMQ)', relay, 'drain');
    const cpu: number[] = [];
    const articles = benchArticles(N, 'lab-ext');
    const report = (from: number, to: number): void => {
      console.log(`extraction, articles ${from + 1}-${to} (ms and SQL statements per article):`);
      for (const [k, v] of totals) console.log(`  ${k.padEnd(40)} ${(v.ms / (to - from)).toFixed(1).padStart(7)} ms ${(v.sql / (to - from)).toFixed(1).padStart(6)} stmts`);
      console.log(`  ${'extractClaims (NLP, CPU)'.padEnd(40)} ${(cpu.slice(from, to).reduce((a, b) => a + b, 0) / (to - from)).toFixed(1).padStart(7)} ms`);
      totals.clear();
    };
    for (const [i, a] of articles.entries()) {
      if (i === Math.floor(N / 2)) {
        report(0, i);
        const probe = extractClaims(a).claims.map((c) => normaliseClaimText(c.text));
        const n = (await ds.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE canonical_id IS NULL AND status <> 'DISMISSED')::int AS c FROM claims`)) as { n: number; c: number }[];
        console.log(`claims table before article ${i + 1}: ${n[0]!.n} rows (${n[0]!.c} canonical, not dismissed); this article: ${probe.length} texts, ${new Set(probe).size} distinct`);
        await ds.transaction(async (em) => {
          await em.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(config.matchSuggestThreshold)]);
          const plan = (await em.query(
            `EXPLAIN (ANALYZE, BUFFERS) SELECT q.idx::int AS idx, m.id, m.status, m.normalized_text, m.sim
               FROM unnest($1::text[]) WITH ORDINALITY AS q(t, idx)
               CROSS JOIN LATERAL (
                 SELECT c.id, c.status, c.normalized_text, similarity(c.normalized_text, q.t) AS sim
                   FROM claims c
                  WHERE c.normalized_text % q.t AND c.canonical_id IS NULL AND c.status <> 'DISMISSED' AND c.article_id <> $2
                  ORDER BY c.normalized_text <-> q.t
                  LIMIT 3
               ) m ORDER BY idx, sim DESC`,
            [[...new Set(probe)], '00000000-0000-0000-0000-000000000000'],
          )) as { 'QUERY PLAN': string }[];
          console.log(plan.map((r) => `    ${r['QUERY PLAN']}`).join('\n'));
        });
      }
      const t0 = performance.now();
      extractClaims(a);
      cpu.push(performance.now() - t0);
      const [row] = (await ds.query(
        `INSERT INTO articles (title, body, url, body_sha256, source, status) VALUES ($1, $2, $3, $4, $5, 'PENDING') RETURNING id`,
        [a.title, a.body, a.url, createHash('sha256').update(a.body).digest('hex'), a.source],
      )) as { id: string }[];
      await service.extract(row!.id);
      await relay.drain();
    }
    report(Math.floor(N / 2), N);
    await producer.queue(QueueName.ClaimReview).obliterate({ force: true });
    await producer.close();
  } finally {
    if (ds.isInitialized) await ds.destroy();
    // obliterate leaves the queue's meta key (the producer's connection writes it again): the lab's prefix goes whole.
    const left = await redis.keys(`{lab_${process.pid}}:*`);
    if (left.length) await redis.del(...left);
    redis.disconnect();
    if (process.env['LAB_KEEP_DB']) console.log(`kept database ${db}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  const only = process.env['LAB_PART'];
  if (!only || only === 'extraction') await extraction();
  if (!only || only === 'pipeline') await pipeline();
}

void main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
