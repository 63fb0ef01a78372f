// W1 baseline: what ingesting an article costs with the building blocks
// alone. The same NLP (extractClaims), one multi-row INSERT of the article's
// claims (and one of the article) in a transaction, one BullMQ addBulk of
// their jobs: no GraphQL, no outbox, no worker hop, no matching.
import { Queue } from 'bullmq';
import { createHash, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { extractClaims } from '@app/extraction';
import { createRedis } from '@app/queue';
import type { BenchArticle } from '../lib/articles';
import { childConfig, childResult } from '../lib/child';
import { inTransaction } from '../lib/pg';
import { closedLoop, summarise } from '../lib/stats';

interface Config {
  databaseUrl: string;
  redisUrl: string;
  prefix: string;
  concurrency: number;
  articles: BenchArticle[];
}

async function main(): Promise<void> {
  const c = childConfig<Config>();
  const pool = new Pool({ connectionString: c.databaseUrl, max: 10 });
  const redis = createRedis(c.redisUrl);
  const queue = new Queue('bench-raw-ingest', { connection: redis, prefix: c.prefix });
  const latencies: number[] = [];
  let claims = 0;
  let next = 0;
  const started = Date.now();
  await closedLoop(c.concurrency, () => next >= c.articles.length, async () => {
    const a = c.articles[next++]!;
    const t0 = performance.now();
    const result = extractClaims({ body: a.body, title: a.title, source: a.source });
    const articleId = randomUUID();
    // Every claim is stored (as the service does); the check-worthy ones are queued.
    const all = result.claims;
    const ids = all.map(() => randomUUID());
    const queued = ids.filter((_, i) => all[i]!.checkworthy);
    await inTransaction(pool, async (db) => {
      await db.query(`INSERT INTO bench_articles (id, title, body, url, body_sha256, source, status) VALUES ($1, $2, $3, $4, $5, $6, 'EXTRACTED')`, [
        articleId,
        a.title,
        a.body,
        a.url,
        createHash('sha256').update(a.body).digest('hex'),
        a.source,
      ]);
      if (all.length) {
        const values: unknown[] = [];
        const rows = all.map((x, i) => {
          values.push(ids[i], articleId, x.text, x.quote, x.spanStart, x.spanEnd, x.claimant, x.claimType, x.checkworthiness, x.text.toLowerCase(), x.checkworthy ? 'QUEUED' : 'EXTRACTED');
          const b = i * 11;
          return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}, $${b + 8}, $${b + 9}, $${b + 11}, 1, 1, 'bench', $${b + 10})`;
        });
        await db.query(
          `INSERT INTO bench_claims (id, article_id, text, quote, span_start, span_end, claimant, claim_type, checkworthiness, status, required_reviews, queue_seq, model_version, normalized_text) VALUES ${rows.join(', ')}`,
          values,
        );
      }
    });
    await queue.addBulk(queued.map((id) => ({ name: 'review-claim', data: { claimId: id, seq: 1 }, opts: { jobId: `${id}.1`, removeOnComplete: true } })));
    latencies.push(performance.now() - t0);
    claims += queued.length;
    return true;
  });
  const seconds = (Date.now() - started) / 1000;
  await queue.obliterate({ force: true });
  await queue.close();
  await redis.quit();
  await pool.end();
  childResult({ articlesPerS: c.articles.length / seconds, claimsPerS: claims / seconds, claims, latency: summarise(latencies) });
}

void main();
