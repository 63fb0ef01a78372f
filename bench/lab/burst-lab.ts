// Lab: the api under a burst of the largest legal inputs — `n` concurrent
// submitArticle mutations of 1 MB bodies (ASCII prose, then quote-only text
// whose JSON escaping doubles the request to the body limit), then `n`
// concurrent NDJSON ingest streams of 1 MB lines. Reports failures and whether
// the api survived; memory comes from the sampler preload:
//   BENCH_NODE_ARGS='-r ./bench/lab/mem-sampler.cjs --max-old-space-size=N' npx tsx bench/lab/burst-lab.ts [n] [rounds]
import { Q } from '../../test/support/factories';
import { ADMIN, Stack } from '../../test/support/stack';

const n = Number(process.argv[2] ?? 50);
const rounds = Number(process.argv[3] ?? 3);
const MB = 1024 * 1024;

function body(kind: 'ascii' | 'quotes', tag: string): string {
  const head = `${tag} `;
  if (kind === 'quotes') return head + '"'.repeat(MB - head.length);
  const line = 'The unemployment rate fell to 4.2 per cent in the third quarter, the statistics office said.\n';
  return (head + line.repeat(Math.ceil(MB / line.length))).slice(0, MB);
}

async function main(): Promise<void> {
  const stack = new Stack();
  await stack.start({
    env: { RATE_LIMIT_MAX: '100000000', RSS_LAB_DIR: process.env['RSS_LAB_DIR'] ?? '/tmp/rss-lab/burst', SAMPLE_MS: '50' },
    nodeArgs: (process.env['BENCH_NODE_ARGS'] ?? '').split(' ').filter(Boolean),
    worker: false,
  });
  const results: Record<string, unknown> = {};
  try {
    const { login } = await stack.gql().ok<{ login: { token: string } }>(Q.login, ADMIN);
    const auth = { authorization: `Bearer ${login.token}` };
    for (const kind of ['ascii', 'quotes'] as const) {
      for (let r = 0; r < rounds; r++) {
        const t0 = Date.now();
        const statuses = await Promise.all(
          Array.from({ length: n }, async (_, i) => {
            const payload = JSON.stringify({ query: Q.submitArticle, variables: { input: { title: `burst ${kind} ${r} ${i}`, body: body(kind, `${kind}-${r}-${i}-${stack.id}`) } } });
            const res = await fetch(`${stack.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: payload }).catch((e: Error) => ({ status: `fetch ${e.message}`, text: async () => '' }));
            const text = await res.text();
            return res.status === 200 && !text.includes('"errors"') ? 'ok' : `${res.status} ${text.slice(0, 120)}`;
          }),
        );
        results[`gql ${kind} round ${r}`] = { ms: Date.now() - t0, ok: statuses.filter((s) => s === 'ok').length, failures: [...new Set(statuses.filter((s) => s !== 'ok'))].slice(0, 3) };
        process.stderr.write(`${JSON.stringify(results[`gql ${kind} round ${r}`])}\n`);
      }
    }
    for (let r = 0; r < rounds; r++) {
      const t0 = Date.now();
      const statuses = await Promise.all(
        Array.from({ length: n }, async (_, i) => {
          const lines = [0, 1, 2].map((l) => JSON.stringify({ title: `ndjson ${r} ${i} ${l}`, body: body('quotes', `nd-${r}-${i}-${l}-${stack.id}`) })).join('\n');
          const res = await fetch(`${stack.url}/ingest/articles`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson', ...auth }, body: lines }).catch((e: Error) => ({ status: `fetch ${e.message}`, text: async () => '' }));
          const text = await res.text();
          return res.status === 200 && (text.match(/"accepted":true/g) ?? []).length === 3 ? 'ok' : `${res.status} ${text.slice(0, 160)}`;
        }),
      );
      results[`ndjson round ${r}`] = { ms: Date.now() - t0, ok: statuses.filter((s) => s === 'ok').length, failures: [...new Set(statuses.filter((s) => s !== 'ok'))].slice(0, 3) };
      process.stderr.write(`${JSON.stringify(results[`ndjson round ${r}`])}\n`);
    }
    results['apiAlive'] = stack.api?.exitCode === null && (await fetch(`${stack.url}/health/ready`).then((x) => x.status, () => 0)) === 200;
    results['apiPid'] = stack.api?.pid;
    process.stdout.write(`${JSON.stringify(results)}\n`);
  } finally {
    await stack.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
