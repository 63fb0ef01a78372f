import type { PoolClient, QueryResultRow } from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';

/**
 * How many statement texts a process names. Postgres keeps each named statement's parse tree and
 * plan on every pooled connection that ran it (a claims page's: ~200 KB), so the set is capped;
 * texts past the cap run unnamed, as every statement did before.
 */
export const MAX_PREPARED_TEXTS = 16;

const names = new Map<string, string>();

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
 * Runs a statement WITHOUT parameters as a named (prepared) statement: each pooled connection
 * parses and plans it once instead of on every call. Without parameters the plan Postgres keeps is
 * the one it would make for the text each time, and it re-plans by itself when the tables' schema
 * or statistics change (ANALYZE). For a claims page that parse and plan were ~40 % of the
 * statement's cost to Postgres (docs/benchmarks.md, change 23). A statement with parameters is
 * left to `ds.query`: a prepared one would move, after five runs, to a generic plan that does not
 * see the values (with `LIMIT $1`, one costed for a tenth of the table).
 * Counted and failing as `ds.query` is (the logger's logQuery; QueryFailedError).
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
      ds.logger.logQueryError(err as Error, sql, [], runner);
      throw new QueryFailedError(sql, [], err as Error);
    }
  } finally {
    await runner.release();
  }
}
