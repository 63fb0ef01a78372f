// Lab: the bench's workloads in run.ts's order in one api, with a forced GC,
// a memory reading and a heap snapshot of the api between steps. Needs the
// sampler preload:  BENCH_NODE_ARGS='--expose-gc -r ./bench/lab/mem-sampler.cjs' npx tsx bench/lab/rss-lab.ts [--quick] [--only W1,W2]
import { existsSync } from 'node:fs';
import { Q } from '../../test/support/factories';
import { ADMIN, Stack } from '../../test/support/stack';
import { FULL, QUICK, type Ctx } from '../lib/context';
import { markdown } from '../lib/report';
import { createBaselineTables } from '../lib/seed';
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
    const login = await stack.gql().ok<{ login: { token: string; user: { id: string } } }>(Q.login, ADMIN);
    await createBaselineTables(stack.pg);
    const ctx: Ctx = {
      stack,
      graphqlUrl: `${stack.url}/graphql`,
      adminToken: login.login.token,
      adminId: login.login.user.id,
      sizes: quick ? QUICK : FULL,
      rows: [],
      redisUrl: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      rawPrefix: `${stack.queuePrefix}_raw`,
    };
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
