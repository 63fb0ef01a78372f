import type { PoolClient, QueryResultRow } from 'pg';
import { type DataSource, type EntityManager, QueryFailedError, type QueryRunner } from 'typeorm';

/**
 * How many statement texts a process names by their text (`queryPrepared` without a name). Postgres
 * keeps each named statement's parse tree and plan on every pooled connection that ran it (a claims
 * page's: ~200 KB), so the set is capped; texts past the cap run unnamed, as every statement did
 * before. Statements given a name of their own (`PreparedName`) are a fixed set, one per call site,
 * and do not count: a claims page of every size cannot push the review loop's statements out.
 */
export const MAX_PREPARED_TEXTS = 16;

/** A statement's name, given at its one call site; the text it is given must never change. */
export type PreparedName = `cc_${string}`;

/** Each text's name; null for a text that runs unnamed from now on (see `queryPrepared`). */
const names = new Map<string, string | null>();
/** How many texts were named by their text, against MAX_PREPARED_TEXTS. */
let byText = 0;
/** The text each given name was first used for. */
const textOfName = new Map<string, string>();

/**
 * The name `sql` runs under: `given`, or one of its own while fewer than MAX_PREPARED_TEXTS texts
 * are named so; null for a text that runs unnamed.
 */
function nameOf(sql: string, given: PreparedName | undefined): string | null {
  let name = names.get(sql);
  if (name !== undefined) return name;
  if (given !== undefined) {
    // node-postgres refuses a name already prepared on the connection for another text, so this would
    // fail on some connections and not others; it is a programming error, refused on every call.
    const first = textOfName.get(given);
    if (first !== undefined && first !== sql) throw new Error(`Prepared statement ${given} was given two texts`);
    textOfName.set(given, sql);
    name = given;
  } else {
    if (byText >= MAX_PREPARED_TEXTS) return null;
    name = `cc_prepared_${byText++}`;
  }
  names.set(sql, name);
  return name;
}

/**
 * Postgres refuses a prepared statement whose result columns changed type since it was prepared (a
 * migration while the api runs), on every connection that prepared it, until the connection closes.
 * A statement that lists its columns is touched only by a change to one of those; one that returns
 * `*` (or `t.*`) would be by any column added or dropped, so prepared statements name their columns.
 */
export function resultTypeChanged(err: unknown): boolean {
  return (err as { code?: string }).code === '0A000' && /cached plan must not change result type/.test((err as Error).message);
}

/**
 * Runs a statement as a named (prepared) statement: each pooled connection parses and plans it once
 * instead of on every call. `on`: a transaction's EntityManager runs it in that transaction; a
 * DataSource (or a manager outside a transaction) on a pooled connection of its own.
 *
 * Without parameters the plan Postgres keeps is the one it would make for the text each time, and it
 * re-plans by itself when the tables' schema or statistics change. With parameters, after five runs
 * Postgres may keep a generic plan that does not see the values, so pass them only to a statement
 * whose generic plan is its custom plan: key lookups, with constants that an index's predicate names
 * (a partial index's `status = 'ACTIVE'`) written into the text, not passed (docs/benchmarks.md,
 * changes 24 and 27). The claims page's filters stay unnamed (a generic plan would cost `LIMIT $1`
 * at a tenth of the table).
 *
 * `name`: a fixed name for a statement with a fixed text (not counted against MAX_PREPARED_TEXTS);
 * without it the text is named by itself while the cap allows.
 *
 * Answers the rows, for every command (`ds.query` answers an UPDATE with [rows, count]). Counted and
 * failing as `ds.query` is (the logger's logQuery; QueryFailedError, with the driver's code). If a
 * migration changed the type of a column the statement returns, the text runs unnamed from then on:
 * outside a transaction this call runs it again and answers as before; inside one Postgres has
 * aborted the transaction, so the call fails and `transactionPrepared` runs the work again.
 */
export async function queryPrepared<T extends QueryResultRow>(on: DataSource | EntityManager, sql: string, params: readonly unknown[] = [], name?: PreparedName): Promise<T[]> {
  const ds = 'manager' in on ? on : on.connection;
  const own = 'manager' in on || !on.queryRunner;
  const runner: QueryRunner = own ? ds.createQueryRunner() : on.queryRunner!;
  try {
    const client = (await runner.connect()) as PoolClient;
    const prepared = nameOf(sql, name);
    ds.logger.logQuery(sql, params as unknown[], runner);
    try {
      return (await client.query<T>(prepared === null ? { text: sql, values: params as unknown[] } : { name: prepared, text: sql, values: params as unknown[] })).rows;
    } catch (err) {
      if (prepared !== null && resultTypeChanged(err)) {
        names.set(sql, null);
        // On the connection already held: taking a second one from the pool could wait for ever.
        if (!runner.isTransactionActive) return queryPrepared<T>(runner.manager, sql, params, name);
      }
      ds.logger.logQueryError(err as Error, sql, params as unknown[], runner);
      throw new QueryFailedError(sql, params as unknown[], err as Error);
    }
  } finally {
    if (own) await runner.release();
  }
}

/**
 * `ds.transaction(work)`, run once more if it failed because a migration changed a prepared
 * statement's result columns: `queryPrepared` has by then set that text to run unnamed. `work` must
 * only touch Postgres, as the transaction it ran in was rolled back.
 */
export async function transactionPrepared<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ds.transaction(work);
  } catch (err) {
    if (!resultTypeChanged(err)) throw err;
    return ds.transaction(work);
  }
}
