import type { PoolClient, QueryResultRow } from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';

/**
 * How many statement texts a process names. Postgres keeps each named statement's parse tree and
 * plan on every pooled connection that ran it (a claims page's: ~200 KB), so the set is capped;
 * texts past the cap run unnamed, as every statement did before.
 */
export const MAX_PREPARED_TEXTS = 16;

/** Each named text's name; null for a text that runs unnamed from now on (see `queryPrepared`). */
const names = new Map<string, string | null>();

/** The name of `sql`'s prepared statement, or null once MAX_PREPARED_TEXTS texts are named. */
function nameOf(sql: string): string | null {
  let name = names.get(sql);
  if (name === undefined && names.size < MAX_PREPARED_TEXTS) {
    name = `cc_prepared_${names.size}`;
    names.set(sql, name);
  }
  return name ?? null;
}

/**
 * Postgres refuses a prepared statement whose result columns changed type since it was prepared (a
 * migration while the api runs), on every connection that prepared it, until the connection closes.
 */
function resultTypeChanged(err: unknown): boolean {
  return (err as { code?: string }).code === '0A000' && /cached plan must not change result type/.test((err as Error).message);
}

/**
 * Runs a statement WITHOUT parameters as a named (prepared) statement: each pooled connection
 * parses and plans it once instead of on every call. Without parameters the plan Postgres keeps is
 * the one it would make for the text each time, and it re-plans by itself when the tables' schema
 * or statistics change (ANALYZE). For a claims page that parse and plan were ~40 % of the
 * statement's cost to Postgres (docs/benchmarks.md, change 24). A statement with parameters is
 * left to `ds.query`: a prepared one would move, after five runs, to a generic plan that does not
 * see the values (with `LIMIT $1`, one costed for a tenth of the table).
 * Counted and failing as `ds.query` is (the logger's logQuery; QueryFailedError). If a migration
 * changed the type of a column the statement returns, the text runs unnamed from then on, so the
 * call and later ones answer as before instead of failing.
 */
export async function queryPrepared<T extends QueryResultRow>(ds: DataSource, sql: string): Promise<T[]> {
  const name = nameOf(sql);
  if (name === null) return ds.query<T[]>(sql);
  const runner = ds.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    ds.logger.logQuery(sql, [], runner);
    try {
      return (await client.query<T>({ name, text: sql })).rows;
    } catch (err) {
      if (resultTypeChanged(err)) {
        names.set(sql, null);
        // On the connection already held: taking a second one from the pool could wait for ever.
        return (await runner.query(sql)) as T[];
      }
      ds.logger.logQueryError(err as Error, sql, [], runner);
      throw new QueryFailedError(sql, [], err as Error);
    }
  } finally {
    await runner.release();
  }
}
