import type { Client } from 'pg';
import type { Stack } from './stack';

/**
 * How many sessions of the stack's database wait for a lock the `holder` backend holds: directly, or in a
 * queue behind a session that does (a second publication waiting on the first's advisory lock while the
 * first waits on the test's row lock). Only the test's own holder counts, so a statement an earlier test left
 * waiting cannot make a spec believe it forced the interleaving it means to.
 */
export async function waitersOn(stack: Stack, holder: number): Promise<number> {
  const { rows } = await stack.pg.query<{ n: number }>(
    `WITH RECURSIVE blocked(pid) AS (
       SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND $1 = ANY(pg_blocking_pids(pid))
       UNION
       SELECT a.pid FROM pg_stat_activity a JOIN blocked b ON b.pid = ANY(pg_blocking_pids(a.pid)) WHERE a.datname = current_database()
     )
     SELECT count(*)::int AS n FROM blocked`,
    [holder],
  );
  return rows[0]!.n;
}

/** Whether some session waits for a lock the `holder` backend holds (see `waitersOn`). */
export async function someoneWaits(stack: Stack, holder: number): Promise<boolean> {
  return (await waitersOn(stack, holder)) > 0;
}

/** The backend id of a connection: what `waitersOn` and `someoneWaits` name a holder by. */
export async function backendPid(client: Client): Promise<number> {
  return (await client.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`)).rows[0]!.pid;
}
