// Prints the GraphQL schema from the code-first resolvers, without a database:
// `npm run schema:generate` writes schema.gql, which is committed so API
// changes show in review. test/schema.e2e-spec.ts fails when it is stale.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { SCHEMA_BUILD_OPTIONS } from '../apps/api/src/common/date-time.scalar';
import { RESOLVERS } from '../apps/api/src/resolvers';

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS, SCHEMA_BUILD_OPTIONS);
  await app.close();
  const out = join(__dirname, '..', '..', 'schema.gql');
  writeFileSync(out, `${printSchema(lexicographicSortSchema(schema))}\n`);
  console.log(`Wrote ${out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
