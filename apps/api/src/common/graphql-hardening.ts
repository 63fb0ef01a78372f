import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { FastifyInstance } from 'fastify';
import { GraphQLError, NoSchemaIntrospectionCustomRule, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { AppConfig } from '@app/config';

type Limits = AppConfig['graphqlLimits'];

/** A request refused before execution: answered 400 with its errors (mercurius' validation shape). */
export class RequestRefusedError extends Error {
  readonly statusCode = 400;
  readonly code = 'MER_ERR_GQL_VALIDATION';
  constructor(readonly errors: GraphQLError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

/** Depth, alias and cost limits: cheap, static checks of the document. */
export function limitRules(limits: Limits): ValidationRule[] {
  return [
    // __typename is counted too (the library lets it through by default): 10,000 of anything is refused.
    maxAliasesRule({ n: limits.maxAliases, allowList: [] }),
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true }),
  ];
}

/**
 * Mercurius preValidation hook: the limits run alone, before the standard
 * validation rules, so a hostile document is refused before anything costly
 * looks at it. Valid documents are cached by mercurius and not checked again.
 */
export function limitsHook(limits: Limits): (schema: GraphQLSchema, document: DocumentNode) => Promise<void> {
  const rules = limitRules(limits);
  return async (schema, document) => {
    let errors: readonly GraphQLError[];
    try {
      errors = validate(schema, document, rules, { maxErrors: 5 });
    } catch (err) {
      // The limit rules throw at the first limit exceeded.
      if (err instanceof GraphQLError) errors = [err];
      else throw err;
    }
    if (errors.length) throw new RequestRefusedError(errors.map((e) => new GraphQLError(e.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'BAD_USER_INPUT' } })));
  };
}

/** Extra validation rules for the environment: no introspection in production. */
export function environmentRules(config: AppConfig): ValidationRule[] {
  return config.env === 'production' ? [NoSchemaIntrospectionCustomRule] : [];
}

/** A batched request (a JSON array of operations) may hold at most `maxBatch` operations. */
export function capBatches(fastify: FastifyInstance, path: string, maxBatch: number): void {
  fastify.addHook('preHandler', async (req) => {
    if (req.method !== 'POST' || req.url.split('?')[0] !== path || !Array.isArray(req.body)) return;
    if (req.body.length > maxBatch) {
      throw new RequestRefusedError([new GraphQLError(`${req.body.length} operations in one batched request; the limit is ${maxBatch}`, { extensions: { code: 'BAD_USER_INPUT' } })]);
    }
  });
}
