import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, parse, printSchema, validate, type IntrospectionQuery } from 'graphql';
import * as uiOperations from '../apps/review-ui/src/gql';
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

  it('every operation the review UI sends is valid against the committed schema.gql (its names, fields, arguments, types)', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
    const documents = Object.entries(uiOperations as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string' && /^\s*(query|mutation|subscription)\b/.test(e[1]));
    expect(documents.length).toBeGreaterThan(10);
    const problems = documents.flatMap(([name, text]) => validate(schema, parse(text)).map((e) => `${name}: ${e.message}`));
    expect(problems).toEqual([]);
  });

  it('the migrations build exactly the schema the entities describe (run `npm run migration:generate -- Name`)', async () => {
    const script = join(__dirname, '..', 'dist', 'scripts', 'generate-migration.js');
    const { stdout } = await promisify(execFile)(process.execPath, [script, '--check'], { env: { ...process.env, DATABASE_URL: stack.databaseUrl } });
    expect(stdout).toContain('No changes');
  });
});
