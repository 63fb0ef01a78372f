// The api's CPU time per claims page (W2's query; WORKLOAD=W5: per similarClaims search, W5's, at 100k claims), read from /proc: steadier
// than req/s on a shared machine, where other work takes cores but not this
// process's CPU time. Used to show the effect of a change to per-request cost.
//   npx tsx bench/cpu-per-request.ts [connections=10] [seconds=8]
// CLAIMCHECK_ROOT=<another worktree> runs that worktree's build (its dist and stack), for before/after
// pairs from one script; CPU_PROF_DIR=/tmp/p writes the api's V8 CPU profile there when it stops;
// RAW=1 then measures W2's raw baseline route the same way on the same database (user and system
// time split: most of the api's system time is its socket writes). Each line also gives Postgres's CPU per
// request: the database's backends (the process's pool) read from /proc the same way.
import type { Client } from 'pg';
import { join, resolve } from 'node:path';
import { Q } from '../test/support/factories';
import { runChild, startChildServer } from './lib/child';
import { seedClaims, seedVerdicts } from './lib/seed';
import { CLAIMS_PAGE } from './workloads/w2-claims-page';
import { similarBodies } from './workloads/w5-matching';
import { cpuTimes } from './lib/proc-cpu';
import { waitForMatchIndex } from './lib/match-index';

interface HttpRun {
  rps: number;
  total: number;
  p50: number;
  p99: number;
  errors: number;
}


/** utime + stime of each of `pids`, ms; a backend gone since is left out. */
function backendsCpu(pids: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    try {
      const t = cpuTimes(pid);
      out.set(pid, t.user + t.sys);
    } catch {
      // exited
    }
  }
  return out;
}

/** The database's backends serving the pools (every connection but the bench's own). */
async function backendPids(pg: Client): Promise<number[]> {
  const r = await pg.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
  return r.rows.map((row) => row.pid);
}

/** Runs the load twice after the warm-up already done, printing the process's CPU per request and the database's. */
async function measure(label: string, pid: number, pg: Client, config: object, connections: number, seconds: number): Promise<void> {
  for (let i = 0; i < 2; i++) {
    const pids = await backendPids(pg);
    const before = cpuTimes(pid);
    const pgBefore = backendsCpu(pids);
    const r = await runChild<HttpRun>('drivers/http.ts', { ...config, durationS: seconds });
    const after = cpuTimes(pid);
    const pgAfter = backendsCpu(pids);
    const user = (after.user - before.user) / r.total;
    const sys = (after.sys - before.sys) / r.total;
    let pgMs = 0;
    for (const [p, t] of pgAfter) pgMs += t - (pgBefore.get(p) ?? t);
    process.stdout.write(
      `${label} ${connections} connections: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}; ` +
        `CPU ${(user + sys).toFixed(2)} ms per request (user ${user.toFixed(2)}, system ${sys.toFixed(2)}); Postgres ${(pgMs / r.total).toFixed(2)} ms\n`,
    );
  }
}

/** W2's claims page over 10k claims, 1k of them with verdicts. */
async function seedForW2(pg: Client, userId: string): Promise<string[]> {
  await seedClaims(pg, 10_000, 'EXTRACTED', 'cpu');
  await seedVerdicts(pg, 1000, userId);
  return [JSON.stringify({ query: CLAIMS_PAGE, variables: { first: 20 } })];
}

/** W5's similarClaims over 100k claims, once the api's index holds them. */
async function seedForW5(pg: Client, apiUrl: string): Promise<string[]> {
  await seedClaims(pg, 100_000, 'EXTRACTED', 'cpu');
  await waitForMatchIndex(pg, apiUrl);
  return similarBodies(pg, 200);
}

async function main(): Promise<void> {
  const connections = Number(process.argv[2] ?? 10);
  const seconds = Number(process.argv[3] ?? 8);
  const root = resolve(process.env['CLAIMCHECK_ROOT'] ?? join(__dirname, '..'));
  const profDir = process.env['CPU_PROF_DIR'];
  const w5 = process.env['WORKLOAD'] === 'W5';
  const { Stack, ADMIN } = (await import(join(root, 'test', 'support', 'stack.ts'))) as typeof import('../test/support/stack');
  const stack = new Stack();
  await stack.start({
    env: { RATE_LIMIT_MAX: '100000000', RECONCILE_INTERVAL_MS: '3600000' },
    worker: false,
    nodeArgs: profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [],
  });
  process.stdout.write(`api from ${root}\n`);
  try {
    const login = await stack.gql().ok<{ login: { token: string; user: { id: string } } }>(Q.login, ADMIN);
    const bodies = w5 ? await seedForW5(stack.pg, stack.url) : await seedForW2(stack.pg, login.login.user.id);
    const config = { url: `${stack.url}/graphql`, connections, durationS: 3, headers: { authorization: `Bearer ${login.login.token}` }, bodies };
    await runChild<HttpRun>('drivers/http.ts', config); // warm-up: JIT, graphql-jit compilation, pools
    await measure('api', stack.api!.pid!, stack.pg, config, connections, seconds);
    if (process.env['RAW'] === '1' && !w5) {
      const raw = await startChildServer('baselines/claims-route.ts', { databaseUrl: stack.databaseUrl });
      try {
        const rawConfig = { url: `http://127.0.0.1:${raw.port}/claims?first=20`, connections, durationS: 3 };
        await runChild<HttpRun>('drivers/http.ts', rawConfig);
        await measure('raw', raw.pid, stack.pg, rawConfig, connections, seconds);
      } finally {
        await raw.stop();
      }
    }
  } finally {
    await stack.stop();
  }
}

void main();
