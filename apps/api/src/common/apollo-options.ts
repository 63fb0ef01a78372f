import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@app/config';
import type { AuthService } from '../auth/auth.service';
import { toClientError } from './error-formatter';
import type { GqlContext } from './gql-context';
import { environmentRules, limitRules } from './graphql-hardening';
import { Loaders } from './loaders';
import { schemaOptions } from './schema-options';

/**
 * The same schema and resolvers served by Apollo Server instead of mercurius
 * (GRAPHQL_DRIVER=apollo), for the bench's comparison of the two. Queries and
 * mutations only: subscriptions, the GraphQL-over-HTTP status rules and the
 * mercurius metrics hooks stay with the default driver. The depth, alias and
 * cost limits run as validation rules.
 */
export function apolloOptions(config: AppConfig, ds: DataSource, auth: AuthService): ApolloDriverConfig {
  return {
    ...schemaOptions(config),
    playground: false,
    graphiql: false,
    validationRules: [...environmentRules(config), ...limitRules(config.graphqlLimits)],
    context: async (req: FastifyRequest, reply: FastifyReply): Promise<GqlContext> => {
      const { principal, apiKey, error } = await auth.forRequest(req);
      return { req, reply, principal, apiKey, authError: error, loaders: new Loaders(ds) };
    },
    formatError: (formatted, error) => {
      const gqlError = error instanceof Error && 'extensions' in error ? (error as Parameters<typeof toClientError>[0]) : null;
      return gqlError ? toClientError(gqlError, 'apollo').toJSON() : formatted;
    },
  };
}
