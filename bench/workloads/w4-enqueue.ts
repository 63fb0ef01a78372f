import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChild } from '../lib/child';
import { load1, ratio, type Ctx } from '../lib/context';
import { seedClaims } from '../lib/seed';

const LOGS = join(__dirname, '..', '..', 'test', 'artifacts', 'logs');

/** The worker's own report of a reconcile run triggered for `reason`, once it has been logged. */
async function reconcileReport(ctx: Ctx, reason: string, timeoutMs: number): Promise<{ claimsRequeued: number; ms: number }> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const log = readFileSync(join(LOGS, `${ctx.stack.id}-worker.log`), 'utf8');
    const line = log.split('\n').find((l) => l.includes(`Reconciled (${reason})`));
    if (line) {
      const j = JSON.parse(line) as { claimsRequeued: number; ms: number };
      return { claimsRequeued: j.claimsRequeued, ms: j.ms };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no "Reconciled (${reason})" line in the worker log`);
}

/**
 * W4: bulk enqueue of stored claims. The service's way is the reconciler
 * (Redis is rebuilt from Postgres): claims QUEUED in Postgres without a job
 * get one, a page of 1,000 at a time. Triggered as in production when Redis
 * has forgotten the queues (its marker key is gone); timed by the worker.
 */
export async function w4(ctx: Ctx): Promise<void> {
  const n = ctx.sizes.w4Claims;
  await seedClaims(ctx.stack.pg, n, 'QUEUED', 'w4');
  // The baseline enqueues the same claims (a copy, so the two queues do not share rows).
  await ctx.stack.pg.query(`INSERT INTO bench_claims SELECT * FROM claims WHERE status = 'QUEUED' AND model_version = 'seed'`);
  const load = load1();
  await ctx.stack.redis.del(`{${ctx.stack.queuePrefix}}:reconciler:marker`);
  const svc = await reconcileReport(ctx, 'redis-lost-data', 600_000);
  const base = await runChild<{ jobs: number; ms: number; jobsPerS: number }>('baselines/enqueue.ts', {
    databaseUrl: ctx.stack.databaseUrl,
    redisUrl: ctx.redisUrl,
    prefix: ctx.rawPrefix,
    queue: 'bench-raw-review',
    page: 1000,
  });
  const jobsPerS = svc.claimsRequeued / (svc.ms / 1000);
  const r = ratio(jobsPerS, base.jobsPerS);
  ctx.rows.push({
    workload: 'W4 bulk enqueue',
    variant: `${n} stored claims`,
    throughput: jobsPerS,
    unit: 'jobs/s',
    p50: null,
    p99: null,
    baseline: base.jobsPerS,
    ratio: r,
    target: '≥ 0.8',
    met: r !== null && r >= 0.8,
    load,
    extra: { serviceMs: svc.ms, serviceJobs: svc.claimsRequeued, baselineMs: base.ms, baselineJobs: base.jobs },
  });
}
