import type { Client } from 'pg';

/**
 * Waits until the api's in-memory matching index holds every searchable claim (claims seeded by SQL reach it as the
 * inserts' notifications, a few seconds for 100k), so that a search workload measures the index, not the Postgres
 * fallback it answers with while the index catches up. Returns the seconds waited; throws after `timeoutS`.
 */
export async function waitForMatchIndex(pg: Client, apiUrl: string, timeoutS = 180): Promise<number> {
  const started = Date.now();
  const want = Number((await pg.query<{ n: string }>(`SELECT count(*) AS n FROM claims WHERE canonical_id IS NULL AND status <> 'DISMISSED'`)).rows[0]!.n);
  for (;;) {
    const metrics = await (await fetch(`${apiUrl}/metrics`)).text();
    if (Number(/^claimcheck_match_index_claims(?:{[^}]*})? (\d+)/m.exec(metrics)?.[1] ?? 0) >= want) return (Date.now() - started) / 1000;
    if (Date.now() - started > timeoutS * 1000) throw new Error(`the api's matching index did not reach ${want} claims in ${timeoutS} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
