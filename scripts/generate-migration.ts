// Generates a migration from the difference between the entities and a fresh
// database migrated to the current head: `npm run migration:generate -- Name`.
// With --check, writes nothing and exits 1 when entities and migrations differ.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '@app/config';
import { createDataSource } from '@app/persistence';

const withDb = (url: string, db: string): string => url.replace(/\/[^/?]*(\?|$)/, `/${db}$1`);

async function pendingQueries(databaseUrl: string): Promise<{ up: string[]; down: string[] }> {
  const ds = createDataSource(databaseUrl, 1);
  await ds.initialize();
  try {
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query).reverse() };
  } finally {
    await ds.destroy();
  }
}

function writeMigration(name: string, up: string[], down: string[]): void {
  const ts = Date.now();
  const line = (q: string) => `    await queryRunner.query(${JSON.stringify(q)});`;
  const file = join(__dirname, '..', '..', 'libs', 'persistence', 'src', 'migrations', `${ts}-${name}.ts`);
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
      `export class ${name}${ts} implements MigrationInterface {\n  name = '${name}${ts}';\n\n` +
      `  public async up(queryRunner: QueryRunner): Promise<void> {\n${up.map(line).join('\n')}\n  }\n\n` +
      `  public async down(queryRunner: QueryRunner): Promise<void> {\n${down.map(line).join('\n')}\n  }\n}\n`,
  );
  console.log(`Wrote ${file}: add ${name}${ts} to libs/persistence/src/migrations/index.ts`);
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const name = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!check && (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))) throw new Error('Give the migration a PascalCase name');
  const config = loadConfig(process.env);
  const scratch = `claimcheck_gen_${process.pid}`;
  const admin = new Client({ connectionString: withDb(config.databaseUrl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  try {
    const { up, down } = await pendingQueries(withDb(config.databaseUrl, scratch));
    if (up.length === 0) {
      console.log('No changes: entities and migrations agree.');
    } else if (check) {
      console.error(`Entities and migrations differ; run npm run migration:generate -- Name. Pending:\n${up.join('\n')}`);
      process.exitCode = 1;
    } else if (name) {
      writeMigration(name, up, down);
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
