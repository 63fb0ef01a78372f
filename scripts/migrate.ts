// Applies pending migrations, creating the database first when it does not exist.
import { Client } from 'pg';
import { loadConfig } from '@app/config';
import { runMigrations } from '@app/persistence';

async function ensureDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new Client({ connectionString: url.replace(/\/[^/?]*(\?|$)/, '/postgres$1') });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

async function main(): Promise<void> {
  const { databaseUrl } = loadConfig(process.env);
  await ensureDatabase(databaseUrl);
  const applied = await runMigrations(databaseUrl);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date.');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
