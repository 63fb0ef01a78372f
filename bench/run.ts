// The service's real workloads next to the building blocks they stand on,
// same machine, same run; ratios are what to read (absolute numbers on a
// shared machine are noise).
//   npm run bench                  full sizes (W5 also at 1M claims; --skip-1m leaves that out)
//   npm run bench -- --quick       small sizes, short runs (< 3 minutes)
//   npm run bench -- --only W2,W5  some workloads (W3 brings W4 along: it reviews W4's queued claims)
//   npm run bench -- --profile     api and worker write V8 CPU profiles to bench/results/profiles
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Stack } from '../test/support/stack';
import { benchContext, rawPrefixOf } from './lib/bench-context';
import { FULL, load1, machine, QUICK } from './lib/context';
import { markdown } from './lib/report';
import { w1 } from './workloads/w1-ingest';
import { w2 } from './workloads/w2-claims-page';
import { w3 } from './workloads/w3-review';
import { w4 } from './workloads/w4-enqueue';
import { w5 } from './workloads/w5-matching';

const ROOT = join(__dirname, '..');
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const skip1m = argv.includes('--skip-1m');
const onlyArg = argv[argv.indexOf('--only') + 1];
const only = argv.includes('--only') && onlyArg ? new Set(onlyArg.toUpperCase().split(',')) : null;
// W3 reviews the claims W4 queues: without them its rows would read 0 verdicts/s.
if (only?.has('W3')) only.add('W4');
const profile = argv.includes('--profile');
const wanted = (w: string): boolean => !only || only.has(w);

async function versions(stack: Stack): Promise<{ postgres: string; redis: string }> {
  const pg = (await stack.pg.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  const info = (await stack.redis.info('server')) as string;
  return { postgres: pg, redis: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown' };
}

/**
 * Removes the raw baselines' BullMQ keys: their prefix is not the stack's, so
 * stack.stop() leaves them, and a full run's W4 baseline alone left ~80k keys
 * (~80 MB) in the shared Redis after every run.
 */
async function dropRawKeys(stack: Stack, rawPrefix: string): Promise<void> {
  const keys = await stack.redis.keys(`${rawPrefix}:*`);
  for (let i = 0; i < keys.length; i += 1000) await stack.redis.del(...keys.slice(i, i + 1000));
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist/apps/api/src/main.js'))) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  const started = new Date();
  const stack = new Stack();
  await stack.start({
    env: {
      // The bench drives a few principals hard; the limiter is not what is measured.
      RATE_LIMIT_MAX: '100000000',
      SQL_STATEMENT_COUNT: '1',
      // The reconciler runs when W4 makes it run, not on a timer in the middle of another workload.
      RECONCILE_INTERVAL_MS: '3600000',
    },
    nodeArgs: process.env['BENCH_NODE_ARGS'] ? process.env['BENCH_NODE_ARGS'].split(' ') : profile ? ['--cpu-prof', `--cpu-prof-dir=${join(ROOT, 'bench', 'results', 'profiles')}`] : [],
  });
  const rawPrefix = rawPrefixOf(stack);
  try {
    const ctx = await benchContext(stack, quick ? QUICK : FULL);
    const facts = { ...machine(), ...(await versions(stack)), mode: quick ? 'quick' : 'full', startedAt: started.toISOString(), loadAtStart: load1() };
    const steps: [string, () => Promise<void>][] = [
      ['W1', () => w1(ctx)],
      ['W4', () => w4(ctx)],
      ['W3', () => w3(ctx)],
      ['W2', () => w2(ctx)],
      ['W5', () => w5(ctx, ctx.sizes.w5Claims.filter((n) => !(skip1m && n >= 1_000_000)))],
    ];
    for (const [name, step] of steps) {
      if (!wanted(name)) continue;
      const t0 = Date.now();
      process.stderr.write(`${name}… `);
      await step();
      process.stderr.write(`${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
    }
    const finished = { ...facts, seconds: Math.round((Date.now() - started.getTime()) / 1000), loadAtEnd: load1(), skipped1M: skip1m || quick };
    const dir = join(ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'latest.json'), `${JSON.stringify({ machine: finished, rows: ctx.rows }, null, 2)}\n`);
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
    process.stdout.write(
      `\n## Claimcheck bench (${finished.mode}) ${started.toISOString()} at ${commit}\n\n` +
        `${finished.cpu}, ${finished.cores} cores; Node ${finished.node}; Postgres ${finished.postgres}; Redis ${finished.redis}; ` +
        `load average ${finished.loadAtStart} → ${finished.loadAtEnd}; ${finished.seconds} s\n\n${markdown(ctx.rows)}\n\nWritten to bench/results/latest.json\n`,
    );
  } finally {
    await dropRawKeys(stack, rawPrefix).catch((err: unknown) => console.error('could not remove the raw baselines\' keys:', err));
    await stack.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
