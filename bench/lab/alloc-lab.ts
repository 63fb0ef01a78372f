// Lab: bytes the api allocates per claims page (garbage included), from V8's
// sampling heap profiler. Needs the preload that toggles it on SIGWINCH:
//   BENCH_NODE_ARGS='-r ./bench/lab/alloc-profiler.cjs' npx tsx bench/lab/alloc-lab.ts [connections] [seconds]
import { existsSync } from 'node:fs';
import { Q } from '../../test/support/factories';
import { ADMIN, Stack } from '../../test/support/stack';
import { runChild } from '../lib/child';
import { seedClaims, seedVerdicts } from '../lib/seed';
import { CLAIMS_PAGE } from '../workloads/w2-claims-page';

const dir = '/tmp/rss-lab/alloc';
const connections = Number(process.argv[2] ?? 10);
const seconds = Number(process.argv[3] ?? 8);

async function waitFile(f: string): Promise<void> {
  while (!existsSync(f)) await new Promise((r) => setTimeout(r, 100));
}

async function main(): Promise<void> {
  const stack = new Stack();
  await stack.start({ env: { RATE_LIMIT_MAX: '100000000' }, nodeArgs: (process.env['BENCH_NODE_ARGS'] ?? '').split(' ').filter(Boolean), worker: false });
  try {
    const login = await stack.gql().ok<{ login: { token: string; user: { id: string } } }>(Q.login, ADMIN);
    await seedClaims(stack.pg, 10_000, 'EXTRACTED', 'alloc');
    await seedVerdicts(stack.pg, 1000, login.login.user.id);
    const cfg = { url: `${stack.url}/graphql`, connections, headers: { authorization: `Bearer ${login.login.token}` }, bodies: [JSON.stringify({ query: CLAIMS_PAGE, variables: { first: 20 } })] };
    await runChild('drivers/http.ts', { ...cfg, durationS: 3 }); // warm-up: JIT, pools
    const pid = stack.api!.pid!;
    process.kill(pid, 'SIGWINCH');
    await waitFile(`${dir}/started-${pid}`);
    const run = await runChild<{ rps: number; total: number }>('drivers/http.ts', { ...cfg, durationS: seconds });
    process.kill(pid, 'SIGWINCH');
    await waitFile(`${dir}/stopped-${pid}-1`);
    process.stdout.write(`${JSON.stringify({ pid, connections, seconds, ...run })}\n`);
  } finally {
    await stack.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
