// Lab: the bench's workloads in run.ts's order in one api, with a forced GC,
// a memory reading and a heap snapshot of the api between steps. Needs the
// sampler preload:  BENCH_NODE_ARGS='--expose-gc -r ./bench/lab/mem-sampler.cjs' npx tsx bench/lab/rss-lab.ts [--quick] [--only W1,W2]
import { existsSync } from 'node:fs';
import { Stack } from '../../test/support/stack';
import { benchContext } from '../lib/bench-context';
import { FULL, QUICK } from '../lib/context';
import { markdown } from '../lib/report';
import { w1 } from '../workloads/w1-ingest';
import { w2 } from '../workloads/w2-claims-page';
import { w3 } from '../workloads/w3-review';
import { w4 } from '../workloads/w4-enqueue';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const onlyArg = argv[argv.indexOf('--only') + 1];
const only = argv.includes('--only') && onlyArg ? new Set(onlyArg.toUpperCase().split(',')) : null;
const dir = process.env['RSS_LAB_DIR'] ?? '/tmp/rss-lab/out';
let n = 0;

async function snap(stack: Stack, label: string): Promise<void> {
  const pid = stack.api!.pid!;
  n++;
  process.kill(pid, 'SIGWINCH');
  while (!existsSync(`${dir}/done-${pid}-${n}`)) await new Promise((r) => setTimeout(r, 200));
  process.stderr.write(`[snap ${n} ${label}]\n`);
}

async function main(): Promise<void> {
  const stack = new Stack();
  await stack.start({
    env: { RATE_LIMIT_MAX: '100000000', SQL_STATEMENT_COUNT: '1', RECONCILE_INTERVAL_MS: '3600000', RSS_LAB_DIR: dir },
    nodeArgs: (process.env['BENCH_NODE_ARGS'] ?? '').split(' ').filter(Boolean),
  });
  try {
    const ctx = await benchContext(stack, quick ? QUICK : FULL);
    await snap(stack, 'start');
    const steps: [string, () => Promise<void>][] = [
      ['W1', () => w1(ctx)],
      ['W4', () => w4(ctx)],
      ['W3', () => w3(ctx)],
      ['W2', () => w2(ctx)],
    ];
    for (const [name, step] of steps) {
      if (only && !only.has(name)) continue;
      process.stderr.write(`${name} ${Date.now()}… `);
      await step();
      await snap(stack, `after ${name}`);
    }
    process.stdout.write(`${markdown(ctx.rows)}\n`);
  } finally {
    await stack.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
