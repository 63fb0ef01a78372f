// The review loop's cost per verdict (W3's takeNextClaim → submitVerdict),
// counted where a shared 2-core machine cannot blur it:
//  - SQL statements and Redis commands per mutation: `probe` reviewers take
//    a claim each, one after the other, then submit them, with
//    SQL_STATEMENT_COUNT=1 (the x-sql-statements header) and a Redis MONITOR
//    counting the commands on this stack's keys; the api's CPU time
//    (/proc/<pid>/stat) is read around each phase too;
//  - api CPU ms per verdict under load: `reviewers` closed loops of W3's
//    driver, twice, after a warm-up; and Postgres's, the CPU of the stack
//    database's backends (the api's and the worker's pools) read the same way.
//   npx tsx bench/cpu-per-verdict.ts [reviewers=10] [seconds=8] [probe=200]
// CLAIMCHECK_ROOT=/work/main measures another checkout's built dist/ with this
// script (its test/support/stack.ts starts the processes). CPU_PROF_DIR=/tmp/p
// runs the api under --cpu-prof and prints its self time by function and by
// package once it exits, counting only the samples of the two loaded runs.
import { join, resolve } from 'node:path';
import type { QueueProducer } from '@app/queue';
import { Q } from '../test/support/factories';
import type { Stack as StackClass } from '../test/support/stack';
import type { ReviewRun } from './drivers/review';
import { runChild } from './lib/child';
import { printProfile } from './lib/profile';
import { post, queueForReview, TAKE, VERDICT, verdictInput } from './lib/review-loop';
import { cpuMs } from './lib/proc-cpu';



/** cpuMs summed over `pids`; a backend gone since counts as nothing. */
function cpuOfAll(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      total += cpuMs(pid);
    } catch {
      // The connection closed: its CPU is lost to both readings' difference, as the bench reads it.
    }
  }
  return total;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Redis commands naming this stack's keys (its queue prefix), by command, while `fn` runs. */
async function redisCommands(stack: StackClass, fn: () => Promise<void>): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const monitor = await (stack.redis as import('ioredis').Redis).monitor();
  // The MONITOR stream carries every client of the shared Redis: what cannot be read is not ours.
  monitor.on('error', () => undefined);
  monitor.on('monitor', (_time: string, args: unknown[], source: string) => {
    if (!args.some((a) => typeof a === 'string' && a.includes(stack.queuePrefix))) return;
    // A script's own commands are shown too, from source "lua": counted apart from the round trips.
    const name = `${source === 'lua' ? '(lua) ' : ''}${String(args[0]).toUpperCase()}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  });
  await sleep(100);
  await fn();
  await sleep(300); // let the MONITOR stream catch up
  monitor.disconnect();
  return counts;
}

const show = (m: Map<string, number>, per: number): string =>
  [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / per).toFixed(2)}`).join(', ') || 'none';
/** Commands sent by the api (round trips, pipelined or not), not those its scripts ran. */
const sent = (m: Map<string, number>): number => [...m].filter(([k]) => !k.startsWith('(lua)')).reduce((a, [, v]) => a + v, 0);

async function main(): Promise<void> {
  const reviewers = Number(process.argv[2] ?? 10);
  const seconds = Number(process.argv[3] ?? 8);
  const probe = Number(process.argv[4] ?? 200);
  const root = resolve(process.env['CLAIMCHECK_ROOT'] ?? join(__dirname, '..'));
  const profDir = process.env['CPU_PROF_DIR'];
  const { Stack, ADMIN } = (await import(join(root, 'test', 'support', 'stack.ts'))) as typeof import('../test/support/stack');
  const stack = new Stack();
  await stack.start({
    env: { RATE_LIMIT_MAX: '100000000', RECONCILE_INTERVAL_MS: '3600000', SQL_STATEMENT_COUNT: '1' },
    worker: false,
    nodeArgs: profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [],
  });
  // A crash must not leave the api, its database and its keys behind.
  process.once('uncaughtException', (err) => {
    process.stderr.write(`${err.stack ?? String(err)}\n`);
    void stack.stop().finally(() => process.exit(1));
  });
  let producer: QueueProducer | null = null;
  const window = { from: 0, to: Infinity };
  try {
    process.stdout.write(`api from ${root}\n`);
    const url = `${stack.url}/graphql`;
    const admin = (await post(url, '', Q.login, ADMIN)).data['login'] as { token: string };
    const reviewer = async (name: string): Promise<string> => {
      const input = { email: `${name}@bench.local`, name, password: 'bench-password-123', role: 'REVIEWER' };
      await post(url, admin.token, Q.createUser, { input });
      return ((await post(url, '', Q.login, { email: input.email, password: input.password })).data['login'] as { token: string }).token;
    };
    const tokens: string[] = [];
    for (let i = 0; i < reviewers; i++) tokens.push(await reviewer(`reviewer${i}`));
    // The probe's takes, one reviewer each: a reviewer holds one claim at a time, and a second take would return it.
    const probeTokens: string[] = [];
    for (let i = 0; i < probe; i++) probeTokens.push(await reviewer(`prober${i}`));
    producer = await queueForReview(stack, 30_000, 'verdict');

    const pid = stack.api!.pid!;
    // Warm-up (JIT, pools), then the per-mutation probe: all takes, then all submits, one at a time.
    await runChild<ReviewRun>('drivers/review.ts', { url, tokens, durationS: 3 });
    const taken: { token: string; assignmentId: string }[] = [];
    const stmts = { take: [] as number[], submit: [] as number[] };
    let cpu0 = cpuMs(pid);
    const takeRedis = await redisCommands(stack, async () => {
      cpu0 = cpuMs(pid);
      for (const token of probeTokens) {
        const r = await post(url, token, TAKE);
        const a = r.data['takeNextClaim'] as { id: string } | null;
        if (!a) throw new Error('the queue ran dry during the probe');
        taken.push({ token, assignmentId: a.id });
        stmts.take.push(r.statements);
      }
    });
    const takeCpu = (cpuMs(pid) - cpu0) / probe;
    const submitRedis = await redisCommands(stack, async () => {
      cpu0 = cpuMs(pid);
      for (const { token, assignmentId } of taken) {
        const r = await post(url, token, VERDICT, { input: verdictInput(assignmentId) });
        stmts.submit.push(r.statements);
      }
    });
    const submitCpu = (cpuMs(pid) - cpu0) / probe;
    const avg = (xs: number[]): string => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2);
    process.stdout.write(`takeNextClaim: ${avg(stmts.take)} SQL statements, ${(sent(takeRedis) / probe).toFixed(2)} Redis commands sent (${show(takeRedis, probe)}); api CPU ${takeCpu.toFixed(2)} ms, one at a time\n`);
    process.stdout.write(`submitVerdict: ${avg(stmts.submit)} SQL statements, ${(sent(submitRedis) / probe).toFixed(2)} Redis commands sent (${show(submitRedis, probe)}); api CPU ${submitCpu.toFixed(2)} ms, one at a time\n`);

    // V8's profile timestamps and hrtime read the same monotonic clock (µs).
    window.from = Number(process.hrtime.bigint() / 1000n);
    for (let i = 0; i < 2; i++) {
      const backends = (await stack.pg.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')).rows.map((b) => b.pid);
      const before = cpuMs(pid);
      const pgBefore = cpuOfAll(backends);
      const r = await runChild<ReviewRun>('drivers/review.ts', { url, tokens, durationS: seconds });
      const perVerdict = (cpuMs(pid) - before) / r.verdicts;
      const pgPerVerdict = (cpuOfAll(backends) - pgBefore) / r.verdicts;
      process.stdout.write(
        `${reviewers} reviewers: ${r.verdictsPerS.toFixed(0)} verdicts/s, take p50 ${r.take.p50.toFixed(1)} p99 ${r.take.p99.toFixed(1)} ms, empty takes ${r.emptyTakes}; api CPU ${perVerdict.toFixed(2)} ms, Postgres ${pgPerVerdict.toFixed(2)} ms per verdict\n`,
      );
    }
    window.to = Number(process.hrtime.bigint() / 1000n);
  } finally {
    await producer?.close();
    await stack.stop();
  }
  if (profDir) printProfile(profDir, window);
}

void main();
