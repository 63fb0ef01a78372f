// Lab: what the claims page's one statement costs Postgres and node-postgres, against the raw
// route's three (bench/baselines/claims-route.ts), on W2's seed: one client runs each in a loop,
// the backend's CPU read from /proc/<pid>/stat, the client's from process.cpuUsage(). Rounds
// alternate the variants, since the machine's load moves every figure.
//   npx tsx bench/lab/page-sql-lab.ts [rounds=6] [pages per round=1000]
// Needs the build (dist/): the page statement is the api's own pageSql, with every relation, run named
// (prepared once, as the api runs a page without filters: queryPrepared) and unnamed (parsed and
// planned on every call, as before change 24); and named with only the claim columns W2's fields
// read (as the api sends W2's page since change 26).
import { join } from 'node:path';
import { Client } from 'pg';
import { Q } from '../../test/support/factories';
import { ADMIN, Stack } from '../../test/support/stack';
import { seedClaims, seedVerdicts } from '../lib/seed';
import { cpuMs } from '../lib/proc-cpu';

type Variant = (c: Client) => Promise<unknown>;


async function pageStatement(databaseUrl: string): Promise<{ all: string; list: string; claimsOnly: string }> {
  // The built modules (CommonJS), as the api runs them.
  const dist = join(__dirname, '..', '..', 'dist');
  await import('reflect-metadata');
  const { createDataSource } = (await import(join(dist, 'libs/persistence/src/index.js'))) as typeof import('../../libs/persistence/src');
  const { pageSql } = (await import(join(dist, 'apps/api/src/claims/claims-page.js'))) as typeof import('../../apps/api/src/claims/claims-page');
  const ds = createDataSource(databaseUrl, 1);
  await ds.initialize();
  try {
    return {
      all: pageSql(ds, { article: true, verdicts: true, sources: true }, '', '21'),
      // W2's page as the api sends it since change 26: only the claim columns its fields read.
      list: pageSql(ds, { article: true, verdicts: true, sources: true, listColumns: true }, '', '21'),
      claimsOnly: pageSql(ds, { article: false, verdicts: false, sources: false }, '', '21'),
    };
  } finally {
    await ds.destroy();
  }
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 6);
  const pages = Number(process.argv[3] ?? 1000);
  const stack = new Stack();
  await stack.start({ worker: false });
  const client = new Client({ connectionString: stack.databaseUrl, options: '-c jit=off' });
  try {
    const login = await stack.gql().ok<{ login: { user: { id: string } } }>(Q.login, ADMIN);
    await seedClaims(stack.pg, 10_000, 'EXTRACTED', 'cpu');
    await seedVerdicts(stack.pg, 1000, login.login.user.id);
    const sql = await pageStatement(stack.databaseUrl);
    await client.connect();
    const backend = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const variants: Record<string, Variant> = {
      page: (c) => c.query({ name: 'page', text: sql.all }),
      'page, unnamed': (c) => c.query(sql.all),
      'page, list columns': (c) => c.query({ name: 'list', text: sql.list }),
      'page, claims only': (c) => c.query({ name: 'claims', text: sql.claimsOnly }),
      'raw route (3)': async (c) => {
        const claims = await c.query<{ id: string }>(
          `SELECT c.id, c.text, c.status, c.article_id, a.title, a.url FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY c.created_at DESC, c.id DESC LIMIT $1`,
          [20],
        );
        const verdicts = await c.query<{ id: string }>(`SELECT id, claim_id, rating, rationale FROM verdicts WHERE claim_id = ANY($1) ORDER BY created_at`, [claims.rows.map((r) => r.id)]);
        await c.query(`SELECT verdict_id, url, title FROM sources WHERE verdict_id = ANY($1) ORDER BY position`, [verdicts.rows.map((r) => r.id)]);
      },
    };
    const seen = new Map<string, { client: number[]; pg: number[] }>();
    for (let r = 0; r < rounds; r++) {
      for (const [name, run] of Object.entries(variants)) {
        const c0 = process.cpuUsage();
        const b0 = cpuMs(backend);
        for (let i = 0; i < pages; i++) await run(client);
        const c = process.cpuUsage(c0);
        const s = seen.get(name) ?? { client: [], pg: [] };
        s.client.push(Math.round((c.user + c.system) / pages));
        s.pg.push(Math.round(((cpuMs(backend) - b0) * 1000) / pages));
        seen.set(name, s);
      }
    }
    for (const [name, s] of seen) process.stdout.write(`${name.padEnd(18)} µs per page, client: ${s.client.join(' ')} | Postgres: ${s.pg.join(' ')}\n`);
  } finally {
    await client.end().catch(() => undefined);
    await stack.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
