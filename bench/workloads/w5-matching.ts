import type { Client } from 'pg';
import { runChild } from '../lib/child';
import { load1, type Ctx } from '../lib/context';
import { waitForMatchIndex } from '../lib/match-index';
import { seedClaims } from '../lib/seed';
import type { Latency } from '../lib/stats';

const SIMILAR = `query($text: String!) { similarClaims(text: $text, first: 10) { similarity claim { id text status } } }`;

/** Search texts: stored claims with two words changed (near duplicates, as a reviewer would paste). */
export async function searchTexts(pg: Client, n: number): Promise<string[]> {
  const rows = await pg.query<{ text: string }>(`SELECT text FROM claims WHERE model_version = 'seed' ORDER BY md5(id::text) LIMIT $1`, [n]);
  return rows.rows.map((r, i) => {
    const words = r.text.split(' ');
    words[i % words.length] = 'reportedly';
    words[(i * 7 + 3) % words.length] = 'officials';
    return words.join(' ');
  });
}

/** W5's request bodies: `similarClaims` of each search text. */
export async function similarBodies(pg: Client, n: number): Promise<string[]> {
  return (await searchTexts(pg, n)).map((text) => JSON.stringify({ query: SIMILAR, variables: { text } }));
}

/** W5: similarClaims latency at each stored-claim count (claims loaded by SQL, not through the API). */
export async function w5(ctx: Ctx, sizes: number[]): Promise<void> {
  for (const size of sizes) {
    const have = Number((await ctx.stack.pg.query<{ n: string }>('SELECT count(*) AS n FROM claims')).rows[0]!.n);
    if (have < size) await seedClaims(ctx.stack.pg, size - have, 'EXTRACTED', `w5-${size}`);
    // Measured once the api's index has the seeded claims: before that, searches are answered by Postgres.
    const waited = await waitForMatchIndex(ctx.stack.pg, ctx.graphqlUrl.replace(/\/graphql$/, ''));
    const bodies = await similarBodies(ctx.stack.pg, 200);
    const load = load1();
    const run = await runChild<{ rps: number; errors: number; latency: Latency }>('drivers/gql-loop.ts', {
      url: ctx.graphqlUrl,
      token: ctx.adminToken,
      connections: 4,
      durationS: ctx.sizes.w5DurationS,
      bodies,
    });
    ctx.rows.push({
      workload: 'W5 similarClaims',
      variant: `${Math.max(have, size)} claims, 4 connections`,
      throughput: run.rps,
      unit: 'req/s',
      p50: run.latency.p50,
      p99: run.latency.p99,
      baseline: null,
      ratio: null,
      target: size <= 100_000 ? 'p95 < 20 ms' : 'p95 (reported)',
      met: size <= 100_000 ? run.latency.p95 < 20 && run.errors === 0 : null,
      load,
      extra: { p95: run.latency.p95, errors: run.errors, indexWaitS: waited },
    });
  }
}
