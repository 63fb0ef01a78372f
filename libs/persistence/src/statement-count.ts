import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'typeorm';

interface Counter {
  n: number;
}

const storage = new AsyncLocalStorage<Counter>();

/**
 * Counts the SQL statements TypeORM sends on behalf of one unit of work (an
 * HTTP request): a debug aid to see N+1 queries, on only when configured
 * (SQL_STATEMENT_COUNT=1). The count follows the async context, so batched
 * loaders and transactions started by the request are counted too.
 */
export const statementCount = {
  /** Runs `fn` with a fresh counter; `counter.n` holds the count as statements run. */
  run<T>(fn: (counter: Counter) => T): T {
    const counter = { n: 0 };
    return storage.run(counter, () => fn(counter));
  },
};

/** A TypeORM logger that logs nothing and counts each statement into the current counter, if any. */
export class StatementCountingLogger implements Logger {
  logQuery(): void {
    const c = storage.getStore();
    if (c) c.n++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
