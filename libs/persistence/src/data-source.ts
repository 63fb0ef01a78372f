import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { StatementCountingLogger } from './statement-count';

/** The one DataSource definition, used by the api, the worker and the migration scripts. */
export function createDataSource(databaseUrl: string, poolSize = 10, opts: { countStatements?: boolean } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built into Postgres 13+: no uuid-ossp extension needed.
    uuidExtension: 'pgcrypto',
    synchronize: false,
    logging: false,
    ...(opts.countStatements ? { logger: new StatementCountingLogger() } : {}),
    extra: {
      max: poolSize,
      // Fail fast while Postgres is away instead of queueing requests forever.
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      // No JIT compilation: our statements are short OLTP reads and writes, and JIT starts at a planner cost,
      // not a run time. With the verdicts table not yet analysed after a burst of reviews, a claims page of
      // 21 rows was estimated at cost 124k (> jit_above_cost 100k) and spent 14.5 ms compiling to run 0.9 ms
      // (57 ms in all): W2 fell from ~600 to ~110 req/s in the full bench (docs/benchmarks.md, change 18).
      options: '-c jit=off',
    },
  });
}

/** Applies pending migrations; returns the names applied. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const ds = createDataSource(databaseUrl, 1);
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
