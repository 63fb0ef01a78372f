import type { BuildSchemaOptions } from '@nestjs/graphql';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { parseIsoDateTime } from '@app/domain';

const REFUSED = 'must be an ISO 8601 date or date-time with a four-digit year and a day the month has, e.g. 2025-03-06T09:00:00Z';

function parse(value: unknown, node?: ValueNode): Date {
  const date = parseIsoDateTime(value);
  if (!date) throw new GraphQLError(`DateTime ${REFUSED}`, node ? { nodes: node } : {});
  return date;
}

/**
 * Nest's DateTime with a strict parser. Nest's own reads every input with
 * `new Date(value)`: 2025-02-30 was stored as 2 March, a number as milliseconds,
 * and a six-digit year made ClaimReview JSON-LD that no consumer reads as a date.
 * The name, description and output are Nest's, so the schema is unchanged.
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined, ast),
});

/** What every schema build (both drivers, and schema:generate) adds to Nest's defaults. */
export const SCHEMA_BUILD_OPTIONS: BuildSchemaOptions = { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] };
