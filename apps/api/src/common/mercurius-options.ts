import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@app/config';
import type { AuthService } from '../auth/auth.service';
import { toClientError } from './error-formatter';
import type { GqlContext } from './gql-context';
import { Loaders } from './loaders';

/** Mercurius reports a failed validation as one error holding the list. */
function flatten(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.flatMap((e) => {
    const inner = (e.originalError as { errors?: unknown } | undefined)?.errors;
    return Array.isArray(inner) ? inner.map((x) => (x instanceof GraphQLError ? x : new GraphQLError(String((x as Error).message ?? x)))) : [e];
  });
}

export function mercuriusOptions(config: AppConfig, ds: DataSource, auth: AuthService): MercuriusDriverConfig {
  return {
    autoSchemaFile: config.schemaFile ?? true,
    sortSchema: true,
    path: '/graphql',
    graphiql: config.graphiql,
    // Compile a query to JS after it has been seen once: faster repeated operations.
    jit: 1,
    // Guards also run on field resolvers, for the few fields that carry @Roles or @Scopes.
    fieldResolverEnhancers: ['guards'],
    context: async (req: FastifyRequest, reply: FastifyReply): Promise<GqlContext> => {
      const { principal, apiKey, error } = await auth.forRequest(req);
      return { req, reply, principal, apiKey, authError: error, loaders: new Loaders(ds) };
    },
    errorFormatter: (execution, ctx) => {
      const requestId = String((ctx as { reply?: FastifyReply }).reply?.request.id ?? 'unknown');
      const errors = flatten(execution.errors ?? []).map((e) => toClientError(e, requestId).toJSON());
      const statusCode = execution.data ? 200 : ((execution as { statusCode?: number }).statusCode ?? 200);
      return { statusCode, response: { data: execution.data ?? null, errors } };
    },
  };
}
