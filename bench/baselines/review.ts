// W3 baseline: the review loop with the building blocks alone. Each reviewer
// takes a job by BullMQ manual fetch, records the verdict in one pg
// transaction (lock the claim, insert verdict and source, move the claim),
// and completes the job. No GraphQL, no auth, no state machine or events.
import { Worker } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { createRedis } from '@app/queue';
import { childConfig, childResult } from '../lib/child';
import { inTransaction } from '../lib/pg';
import { closedLoop, summarise } from '../lib/stats';

interface Config {
  databaseUrl: string;
  redisUrl: string;
  prefix: string;
  queue: string;
  reviewers: number;
  durationS: number;
}

async function main(): Promise<void> {
  const c = childConfig<Config>();
  const pool = new Pool({ connectionString: c.databaseUrl, max: 10 });
  const redis = createRedis(c.redisUrl);
  const worker = new Worker(c.queue, null, { connection: redis, prefix: c.prefix, autorun: false, lockDuration: 30_000, skipStalledCheck: true, skipLockRenewal: true });
  const reviewerIds = Array.from({ length: c.reviewers }, () => randomUUID());
  const take: number[] = [];
  const loop: number[] = [];
  const until = Date.now() + c.durationS * 1000;
  const started = Date.now();
  await closedLoop(c.reviewers, () => Date.now() >= until, async (i) => {
    const token = randomUUID();
    const t0 = performance.now();
    const job = await worker.getNextJob(token, { block: false });
    take.push(performance.now() - t0);
    if (!job) return false;
    const claimId = (job.data as { claimId: string }).claimId;
    await inTransaction(pool, async (db) => {
      await db.query(`SELECT id FROM bench_claims WHERE id = $1 FOR UPDATE`, [claimId]);
      const v = await db.query<{ id: string }>(
        `INSERT INTO bench_verdicts (claim_id, assignment_id, reviewer_id, round, rating, rationale) VALUES ($1, $2, $3, 1, 'MOSTLY_TRUE', 'Matches the official figures.') RETURNING id`,
        [claimId, randomUUID(), reviewerIds[i]],
      );
      await db.query(`INSERT INTO bench_sources (verdict_id, position, url, title, publisher, excerpt) VALUES ($1, 0, 'https://stat.example/report/2026', 'Annual report', 'Statistics office', 'The figure is in table 3.')`, [v.rows[0]!.id]);
      await db.query(`UPDATE bench_claims SET status = 'REVIEWED', version = version + 1, updated_at = now() WHERE id = $1`, [claimId]);
    });
    await job.moveToCompleted('done', token, false);
    loop.push(performance.now() - t0);
    return true;
  });
  const seconds = (Date.now() - started) / 1000;
  await worker.close();
  await redis.quit();
  await pool.end();
  childResult({ verdictsPerS: loop.length / seconds, verdicts: loop.length, take: summarise(take), loop: summarise(loop) });
}

void main();
