import { GqlClient } from '../../test/support/gql-client';
import { Q } from '../../test/support/factories';
import type { ReviewRun } from '../drivers/review';
import { runChild } from '../lib/child';
import { load1, ratio, type Ctx } from '../lib/context';
import type { Latency } from '../lib/stats';

interface BaselineRun {
  verdictsPerS: number;
  take: Latency;
  loop: Latency;
}

async function reviewers(ctx: Ctx, n: number): Promise<string[]> {
  const admin = new GqlClient(ctx.graphqlUrl, ctx.adminToken);
  const anon = new GqlClient(ctx.graphqlUrl);
  const tokens: string[] = [];
  for (let i = 0; i < n; i++) {
    const email = `reviewer${i}@bench.local`;
    const password = 'bench-password-123';
    await admin.ok(Q.createUser, { input: { email, name: `Reviewer ${i}`, password, role: 'REVIEWER' } });
    tokens.push((await anon.ok<{ login: { token: string } }>(Q.login, { email, password })).login.token);
  }
  return tokens;
}

/** W3: N reviewers each looping takeNextClaim → submitVerdict, against the claims W4 queued. */
export async function w3(ctx: Ctx): Promise<void> {
  const tokens = await reviewers(ctx, 50);
  for (const n of [1, 10, 50]) {
    const load = load1();
    const svc = await runChild<ReviewRun>('drivers/review.ts', { url: ctx.graphqlUrl, tokens: tokens.slice(0, n), durationS: ctx.sizes.w3DurationS });
    const base = await runChild<BaselineRun>('baselines/review.ts', {
      databaseUrl: ctx.stack.databaseUrl,
      redisUrl: ctx.redisUrl,
      prefix: ctx.rawPrefix,
      queue: 'bench-raw-review',
      reviewers: n,
      durationS: ctx.sizes.w3DurationS,
    });
    const r = ratio(svc.verdictsPerS, base.verdictsPerS);
    const p99ok = n !== 50 || svc.take.p99 < 25;
    ctx.rows.push({
      workload: 'W3 review loop',
      variant: `${n} reviewers`,
      throughput: svc.verdictsPerS,
      unit: 'verdicts/s',
      p50: svc.take.p50,
      p99: svc.take.p99,
      baseline: base.verdictsPerS,
      ratio: r,
      target: n === 50 ? '≥ 0.5; take p99 < 25 ms' : '≥ 0.5',
      met: r !== null && r >= 0.5 && p99ok,
      load,
      extra: { latencyNote: 'p50/p99: takeNextClaim', submit: svc.submit, emptyTakes: svc.emptyTakes, baselineTake: base.take },
    });
  }
}
