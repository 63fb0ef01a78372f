import { benchArticles } from '../lib/articles';
import { runChild } from '../lib/child';
import { load1, ratio, type Ctx } from '../lib/context';
import type { Latency } from '../lib/stats';

interface ServiceRun {
  startedAt: number;
  ids: string[];
  latency: Latency;
}
interface BaselineRun {
  articlesPerS: number;
  claimsPerS: number;
  latency: Latency;
}

/** Waits until every article is extracted (or failed) and the outbox has moved every review job into BullMQ. */
async function queued(ctx: Ctx, ids: string[]): Promise<number> {
  for (;;) {
    const r = await ctx.stack.pg.query<{ pending: string; outbox: string }>(
      `SELECT (SELECT count(*) FROM articles WHERE id = ANY($1) AND status IN ('PENDING', 'EXTRACTING')) AS pending, (SELECT count(*) FROM outbox) AS outbox`,
      [ids],
    );
    if (r.rows[0]!.pending === '0' && r.rows[0]!.outbox === '0') return Date.now();
    await new Promise((res) => setTimeout(res, 20));
  }
}

/** W1: submitArticle of ~800-word articles until their claims are queued, at 1, 10 and 50 clients. */
export async function w1(ctx: Ctx): Promise<void> {
  const levels = [1, 10, 50] as const;
  for (const [i, clients] of levels.entries()) {
    const n = ctx.sizes.w1Articles[i]!;
    const load = load1();
    const svc = await runChild<ServiceRun>('drivers/ingest.ts', { url: ctx.graphqlUrl, token: ctx.adminToken, concurrency: clients, articles: benchArticles(n, `svc${clients}`) });
    const done = await queued(ctx, svc.ids);
    const seconds = (done - svc.startedAt) / 1000;
    const claims = await ctx.stack.pg.query<{ n: string }>(`SELECT count(*) AS n FROM claims WHERE article_id = ANY($1) AND status = 'QUEUED'`, [svc.ids]);
    const base = await runChild<BaselineRun>('baselines/ingest.ts', {
      databaseUrl: ctx.stack.databaseUrl,
      redisUrl: ctx.redisUrl,
      prefix: ctx.rawPrefix,
      concurrency: clients,
      articles: benchArticles(n, `raw${clients}`),
    });
    const articlesPerS = n / seconds;
    const r = ratio(articlesPerS, base.articlesPerS);
    ctx.rows.push({
      workload: 'W1 ingest',
      variant: `${clients} clients, ${n} articles`,
      throughput: articlesPerS,
      unit: 'articles/s',
      p50: svc.latency.p50,
      p99: svc.latency.p99,
      baseline: base.articlesPerS,
      ratio: r,
      target: '≥ 0.5',
      met: r !== null && r >= 0.5,
      load,
      extra: { claimsPerS: Number(claims.rows[0]!.n) / seconds, baselineClaimsPerS: base.claimsPerS, latencyNote: 'p50/p99: submitArticle round trip; throughput: until every claim is queued' },
    });
  }
}
