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
