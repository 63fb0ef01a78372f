// The api's CPU time per claims page (W2's query), read from /proc: steadier
// than req/s on a shared machine, where other work takes cores but not this
// process's CPU time. Used to show the effect of a change to per-request cost.
//   npx tsx bench/cpu-per-request.ts [connections=10] [seconds=8]
import { readFileSync } from 'node:fs';
import { Q } from '../test/support/factories';
import { ADMIN, Stack } from '../test/support/stack';
import { runChild } from './lib/child';
import { seedClaims, seedVerdicts } from './lib/seed';
import { CLAIMS_PAGE } from './workloads/w2-claims-page';

interface HttpRun {
  rps: number;
  total: number;
  p50: number;
  p99: number;
  errors: number;
}

/** utime + stime of a process, ms (fields 14 and 15 of /proc/<pid>/stat, in 10 ms ticks). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function main(): Promise<void> {
  const connections = Number(process.argv[2] ?? 10);
  const seconds = Number(process.argv[3] ?? 8);
  const stack = new Stack();
  await stack.start({ env: { RATE_LIMIT_MAX: '100000000', RECONCILE_INTERVAL_MS: '3600000' }, worker: false });
  try {
    const login = await stack.gql().ok<{ login: { token: string; user: { id: string } } }>(Q.login, ADMIN);
    await seedClaims(stack.pg, 10_000, 'EXTRACTED', 'cpu');
    await seedVerdicts(stack.pg, 1000, login.login.user.id);
    const body = JSON.stringify({ query: CLAIMS_PAGE, variables: { first: 20 } });
    const config = { url: `${stack.url}/graphql`, connections, durationS: 3, headers: { authorization: `Bearer ${login.login.token}` }, bodies: [body] };
    await runChild<HttpRun>('drivers/http.ts', config); // warm-up: JIT, graphql-jit compilation, pools
    const pid = stack.api!.pid!;
    for (let i = 0; i < 2; i++) {
      const before = cpuMs(pid);
      const r = await runChild<HttpRun>('drivers/http.ts', { ...config, durationS: seconds });
      const perRequest = (cpuMs(pid) - before) / r.total;
      process.stdout.write(`${connections} connections: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}; api CPU ${perRequest.toFixed(2)} ms per request\n`);
    }
  } finally {
    await stack.stop();
  }
}

void main();
