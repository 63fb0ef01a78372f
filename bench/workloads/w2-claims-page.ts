import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { freePort, stopProcess } from '../../test/support/stack';
import { runChild, startChildServer } from '../lib/child';
import { load1, ratio, type Ctx } from '../lib/context';
import { seedClaims, seedVerdicts } from '../lib/seed';

interface HttpRun {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export const CLAIMS_PAGE = `query($first: Int!) { claims(first: $first) { edges { node { id text status article { id title url } verdicts { rating rationale sources { url title } } } } } }`;
const CONNECTIONS = [10, 50, 100];

function rssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Runs `fn` while sampling the api's RSS every 100 ms; returns the highest sample too. */
async function withRss<T>(pid: number | undefined, fn: () => Promise<T>): Promise<[T, number]> {
  let max = rssMb(pid);
  const timer = setInterval(() => (max = Math.max(max, rssMb(pid))), 100);
  try {
    return [await fn(), max];
  } finally {
    clearInterval(timer);
  }
}

/** SQL statements one claims page costs, from the api's x-sql-statements header (SQL_STATEMENT_COUNT=1). */
async function statements(url: string, token: string, first: number): Promise<number> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: CLAIMS_PAGE, variables: { first } }) });
  await r.arrayBuffer();
  return Number(r.headers.get('x-sql-statements') ?? NaN);
}

/** W2: the claims page with nested article, verdicts and sources; mercurius and Apollo; baseline a Fastify + pg route. */
export async function w2(ctx: Ctx): Promise<void> {
  // Run alone (--only W2) there are no claims yet.
  const have = Number((await ctx.stack.pg.query<{ n: string }>('SELECT count(*) AS n FROM claims')).rows[0]!.n);
  if (have < ctx.sizes.w4Claims) await seedClaims(ctx.stack.pg, ctx.sizes.w4Claims - have, 'EXTRACTED', 'w2');
  await seedVerdicts(ctx.stack.pg, 1000, ctx.adminId);
  const apolloPort = await freePort();
  const apollo: ChildProcess = ctx.stack.spawn('api-apollo', 'apps/api/src/main.js', { PORT: String(apolloPort), GRAPHQL_DRIVER: 'apollo' });
  const baseline = await startChildServer('baselines/claims-route.ts', { databaseUrl: ctx.stack.databaseUrl });
  try {
    await waitReady(`http://127.0.0.1:${apolloPort}`);
    const drivers = [
      { name: 'mercurius', url: ctx.graphqlUrl, pid: ctx.stack.api?.pid },
      { name: 'apollo', url: `http://127.0.0.1:${apolloPort}/graphql`, pid: apollo.pid },
    ];
    const sql: Record<string, Record<number, number>> = {};
    for (const d of drivers) {
      sql[d.name] = {};
      for (const first of [1, 20, 100]) sql[d.name]![first] = await statements(d.url, ctx.adminToken, first);
    }
    const body = JSON.stringify({ query: CLAIMS_PAGE, variables: { first: 20 } });
    for (const connections of CONNECTIONS) {
      const load = load1();
      const base = await runChild<HttpRun>('drivers/http.ts', { url: `http://127.0.0.1:${baseline.port}/claims?first=20`, connections, durationS: ctx.sizes.w2DurationS });
      for (const d of drivers) {
        const [run, rss] = await withRss(d.pid, () =>
          runChild<HttpRun>('drivers/http.ts', { url: d.url, connections, durationS: ctx.sizes.w2DurationS, headers: { authorization: `Bearer ${ctx.adminToken}` }, bodies: [body] }),
        );
        const r = ratio(run.rps, base.rps);
        const stmts = Object.values(sql[d.name]!);
        const sqlOk = stmts.every((s) => s <= 4) && new Set(stmts).size === 1;
        ctx.rows.push({
          workload: `W2 claims page (${d.name})`,
          variant: `${connections} connections`,
          throughput: run.rps,
          unit: 'req/s',
          p50: run.p50,
          p99: run.p99,
          baseline: base.rps,
          ratio: r,
          target: '≥ 0.6; SQL ≤ 4, flat; RSS < 300 MB',
          met: r !== null && r >= 0.6 && sqlOk && rss < 300 && run.errors === 0,
          load,
          extra: { sqlStatementsAtFirst: sql[d.name], rssMaxMb: Math.round(rss), errors: run.errors, baselineP50: base.p50, baselineP99: base.p99 },
        });
      }
    }
  } finally {
    await baseline.stop();
    await stopProcess(apollo);
  }
}

async function waitReady(url: string): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    const ok = await fetch(`${url}/health/ready`).then((r) => r.status === 200, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the Apollo api did not become ready');
}
