// W3 lab: where one reviewer's loop (takeNextClaim → submitVerdict) spends
// its wall time, process by process. One reviewer is latency-bound: the loop
// is the sum of the CPU each process on its path spends in turn, plus the
// waits between them, so this runs the loop alone, one mutation at a time,
// and charges each mutation with the CPU time (/proc/<pid>/stat, user and
// system apart) of
//  - the api,
//  - the Postgres backends serving this stack's database (its pool and its
//    LISTEN connection: fsync at commit is the backend's own),
//  - the Redis server (shared with other users of the machine: an upper bound),
//  - this process (the client, W3's fetch calls),
// and counts its SQL statements (x-sql-statements). What is left of the wall
// time is waiting: scheduling, fsync, and anything the api sleeps on.
//   npx tsx bench/lab/w3-breakdown.ts [loops=300] [rounds=3]
// CLAIMCHECK_ROOT=<another worktree> runs that worktree's build, for
// before/after pairs from one script.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { QueueProducer } from '@app/queue';
import { Q } from '../../test/support/factories';
import { post, queueForReview, TAKE, VERDICT, verdictInput } from '../lib/review-loop';
import { cpuTimesIfAlive } from '../lib/proc-cpu';

interface Cpu {
  user: number;
  sys: number;
}

/** A process's CPU times, zero once it is gone. */
const cpuOrZero = (pid: number): Cpu => cpuTimesIfAlive(pid) ?? { user: 0, sys: 0 };


const sum = (pids: readonly number[]): Cpu => pids.map(cpuOrZero).reduce((a, b) => ({ user: a.user + b.user, sys: a.sys + b.sys }), { user: 0, sys: 0 });
const self = (): Cpu => {
  const u = process.cpuUsage();
  return { user: u.user / 1000, sys: u.system / 1000 };
};

interface Phase {
  wall: number[];
  statements: number;
  cpu: Record<'api' | 'postgres' | 'redis' | 'client', Cpu>;
}

const newPhase = (): Phase => ({ wall: [], statements: 0, cpu: { api: { user: 0, sys: 0 }, postgres: { user: 0, sys: 0 }, redis: { user: 0, sys: 0 }, client: { user: 0, sys: 0 } } });

async function main(): Promise<void> {
  const loops = Number(process.argv[2] ?? 300);
  const rounds = Number(process.argv[3] ?? 3);
  const root = resolve(process.env['CLAIMCHECK_ROOT'] ?? join(__dirname, '..', '..'));
  const { Stack, ADMIN } = (await import(join(root, 'test', 'support', 'stack.ts'))) as typeof import('../../test/support/stack');
  const stack = new Stack();
  // As bench/run.ts starts it for W3: api and worker, statements counted.
  await stack.start({ env: { RATE_LIMIT_MAX: '100000000', RECONCILE_INTERVAL_MS: '3600000', SQL_STATEMENT_COUNT: '1' } });
  process.once('uncaughtException', (err) => {
    process.stderr.write(`${err.stack ?? String(err)}\n`);
    void stack.stop().finally(() => process.exit(1));
  });
  let producer: QueueProducer | null = null;
  try {
    process.stdout.write(`api from ${root}\n`);
    const url = `${stack.url}/graphql`;
    const admin = (await post(url, '', Q.login, ADMIN)).data['login'] as { token: string };
    const input = { email: 'reviewer@bench.local', name: 'Reviewer', password: 'bench-password-123', role: 'REVIEWER' };
    await post(url, admin.token, Q.createUser, { input });
    const token = ((await post(url, '', Q.login, { email: input.email, password: input.password })).data['login'] as { token: string }).token;
    producer = await queueForReview(stack, loops * (rounds + 1) + 1000, 'breakdown');
    const apiPid = stack.api!.pid!;
    const backends = (await stack.pg.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)).rows.map((r) => r.pid);
    const redisPid = Number(execFileSync('pgrep', ['-o', 'redis-server']).toString().trim());
    const probe = (): Record<keyof Phase['cpu'], Cpu> => ({ api: cpuOrZero(apiPid), postgres: sum(backends), redis: cpuOrZero(redisPid), client: self() });

    for (let round = 0; round <= rounds; round++) {
      const phases = { take: newPhase(), submit: newPhase() };
      const charge = (p: Phase, before: ReturnType<typeof probe>, t0: number, statements: number): void => {
        const after = probe();
        p.wall.push(performance.now() - t0);
        p.statements += statements;
        for (const k of Object.keys(p.cpu) as (keyof Phase['cpu'])[]) {
          p.cpu[k].user += after[k].user - before[k].user;
          p.cpu[k].sys += after[k].sys - before[k].sys;
        }
      };
      const started = performance.now();
      for (let i = 0; i < loops; i++) {
        let before = probe();
        let t0 = performance.now();
        const t = await post(url, token, TAKE);
        charge(phases.take, before, t0, t.statements);
        const a = t.data['takeNextClaim'] as { id: string } | null;
        if (!a) throw new Error('the queue ran dry');
        before = probe();
        t0 = performance.now();
        const s = await post(url, token, VERDICT, { input: verdictInput(a.id) });
        charge(phases.submit, before, t0, s.statements);
      }
      const seconds = (performance.now() - started) / 1000;
      // Round 0 warms up the JIT and the pools.
      if (round === 0) continue;
      process.stdout.write(`round ${round}: ${(loops / seconds).toFixed(1)} verdicts/s, load average ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}\n`);
      for (const [name, p] of Object.entries(phases)) {
        const n = p.wall.length;
        const sorted = [...p.wall].sort((x, y) => x - y);
        const mean = p.wall.reduce((x, y) => x + y, 0) / n;
        const cpu = Object.entries(p.cpu).map(([k, c]) => `${k} ${((c.user + c.sys) / n).toFixed(2)} (${(c.user / n).toFixed(2)}+${(c.sys / n).toFixed(2)})`);
        const busy = Object.values(p.cpu).reduce((x, c) => x + (c.user + c.sys) / n, 0);
        process.stdout.write(
          `  ${name.padEnd(6)} wall p50 ${sorted[Math.floor(n / 2)]!.toFixed(2)} mean ${mean.toFixed(2)} ms; ${(p.statements / n).toFixed(2)} statements; CPU ms (user+sys): ${cpu.join(', ')}; not on a CPU ${(mean - busy).toFixed(2)}\n`,
        );
      }
    }
  } finally {
    await producer?.close();
    await stack.stop();
  }
}

void main();
