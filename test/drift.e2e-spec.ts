import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Stack } from './support/stack';

describe('drift: what is committed matches what the code generates', () => {
  const stack = new Stack();
  beforeAll(async () => {
    await stack.start({ worker: false });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('the committed schema.gql is the schema the api serves (run `npm run schema:generate`)', async () => {
    const res = await stack.gql().ok<IntrospectionQuery>(getIntrospectionQuery());
    const served = `${printSchema(lexicographicSortSchema(buildClientSchema(res)))}\n`;
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    expect(served).toBe(committed);
  });

  it('the migrations build exactly the schema the entities describe (run `npm run migration:generate -- Name`)', async () => {
    const script = join(__dirname, '..', 'dist', 'scripts', 'generate-migration.js');
    const { stdout } = await promisify(execFile)(process.execPath, [script, '--check'], { env: { ...process.env, DATABASE_URL: stack.databaseUrl } });
    expect(stdout).toContain('No changes');
  });
});
