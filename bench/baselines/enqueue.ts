// W4 baseline: raw BullMQ addBulk of `n` review jobs, in pages of the same
// size the service's reconciler uses, with the same job options.
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { reviewPriority } from '@app/domain';
import { createRedis } from '@app/queue';
import { childConfig, childResult } from '../lib/child';

interface Config {
  databaseUrl: string;
  redisUrl: string;
  prefix: string;
  queue: string;
  page: number;
}

async function main(): Promise<void> {
  const c = childConfig<Config>();
  // The service's own connection factory: the same URL forms (redis+cluster:// too) and options.
  const redis = createRedis(c.redisUrl);
  const queue = new Queue(c.queue, { connection: redis, prefix: c.prefix });
  const db = new Client({ connectionString: c.databaseUrl });
  await db.connect();
  // The ids are read first, outside the timing: the baseline is the enqueue alone.
  const rows = (await db.query<{ id: string; checkworthiness: number }>(`SELECT id, checkworthiness FROM bench_claims WHERE status = 'QUEUED' ORDER BY id`)).rows;
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += c.page) {
    await queue.addBulk(
      rows.slice(i, i + c.page).map((r) => ({
        name: 'review-claim',
        data: { claimId: r.id, seq: 1 },
        opts: { jobId: `${r.id}.1`, removeOnComplete: true, removeOnFail: 1000, priority: reviewPriority(r.checkworthiness) },
      })),
    );
  }
  const ms = performance.now() - t0;
  await queue.close();
  await redis.quit();
  await db.end();
  childResult({ jobs: rows.length, ms, jobsPerS: rows.length / (ms / 1000) });
}

void main();
