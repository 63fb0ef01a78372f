import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@app/config';
import type { AuthService } from '../auth/auth.service';
import type { LiveEvents } from '../live/live-events';
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

/** The token of a subscription: `{ authorization: 'Bearer …' }` (or inside `headers`) in connection_init's payload. */
function tokenOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const p = payload as Record<string, unknown>;
  const headers = typeof p['headers'] === 'object' && p['headers'] !== null ? (p['headers'] as Record<string, unknown>) : p;
  const value = headers['authorization'] ?? headers['Authorization'];
  return typeof value === 'string' ? value : undefined;
}

export function mercuriusOptions(config: AppConfig, ds: DataSource, auth: AuthService, live: LiveEvents): MercuriusDriverConfig {
  return {
    autoSchemaFile: config.schemaFile ?? true,
    sortSchema: true,
    path: '/graphql',
    graphiql: config.graphiql,
    // Compile a query to JS after it has been seen once: faster repeated operations.
    jit: 1,
    context: async (req: FastifyRequest, reply: FastifyReply): Promise<GqlContext> => {
      const { principal, error } = await auth.authenticate(req.headers.authorization);
      return { req, reply, principal, authError: error, loaders: new Loaders(ds) };
    },
    subscription: {
      emitter: live.emitter,
      // Authenticated like the rest: no valid token in connection_init, no connection.
      onConnect: async ({ payload }: { payload: unknown }): Promise<Partial<GqlContext> | false> => {
        const { principal } = await auth.authenticate(tokenOf(payload));
        // Loaders without a cache: a subscription lives long, and each event must read fresh rows.
        return principal ? { principal, authError: null, loaders: new Loaders(ds, { cache: false }) } : false;
      },
      keepAlive: 30_000,
    },
    errorFormatter: (execution, ctx) => {
      const requestId = String((ctx as { reply?: FastifyReply }).reply?.request.id ?? 'unknown');
      const errors = flatten(execution.errors ?? []).map((e) => toClientError(e, requestId).toJSON());
      const statusCode = execution.data ? 200 : ((execution as { statusCode?: number }).statusCode ?? 200);
      return { statusCode, response: { data: execution.data ?? null, errors } };
    },
  };
}
