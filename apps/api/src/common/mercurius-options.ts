import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@app/config';
import type { AuthService } from '../auth/auth.service';
import { graphqlMetricsHooks } from '../observability/graphql-metrics.hooks';
import type { LiveEvents } from '../live/live-events';
import type { LiveConnectionContext, LiveSessions, LiveSocket } from '../live/live-sessions';
import { toClientError } from './error-formatter';
import type { GqlContext } from './gql-context';
import { environmentRules, limitsHook, RequestRefusedError } from './graphql-hardening';
import { wantsGraphqlResponse } from './graphql-http';
import { Loaders } from './loaders';
import { schemaOptions } from './schema-options';

/** Mercurius reports a failed validation as one error holding the list. */
function flatten(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.flatMap((e) => {
    const inner = (e.originalError as { errors?: unknown } | undefined)?.errors;
    return Array.isArray(inner) ? inner.map((x) => (x instanceof GraphQLError ? x : new GraphQLError(String((x as Error).message ?? x)))) : [e];
  });
}

/**
 * The status of a request refused before execution. HTTP-level refusals keep
 * theirs (bad JSON 400, too large 413, rate limited 429). A document that does
 * not parse or validate is 400 for clients accepting
 * application/graphql-response+json, and 200 for application/json ones, as
 * GraphQL over HTTP says.
 */
function refusalStatus(errors: readonly GraphQLError[], req: FastifyRequest | undefined): number {
  const original = errors[0]?.originalError as { statusCode?: unknown; code?: unknown; errors?: unknown } | undefined;
  // Mercurius wraps both a bad document and a malformed request body as MER_ERR_GQL_VALIDATION;
  // only the document's errors are GraphQLErrors.
  const documentErrors = original?.code === 'MER_ERR_GQL_VALIDATION' && Array.isArray(original.errors) && original.errors.every((e) => e instanceof GraphQLError);
  const graphqlLevel = !original || original instanceof RequestRefusedError || documentErrors;
  if (graphqlLevel) return wantsGraphqlResponse(req) ? 400 : 200;
  const s = original.statusCode;
  return typeof s === 'number' && s >= 400 && s < 600 ? s : 400;
}


/** The token of a subscription: `{ authorization: 'Bearer …' }` (or inside `headers`) in connection_init's payload. */
function tokenOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const p = payload as Record<string, unknown>;
  const headers = typeof p['headers'] === 'object' && p['headers'] !== null ? (p['headers'] as Record<string, unknown>) : p;
  const value = headers['authorization'] ?? headers['Authorization'];
  return typeof value === 'string' ? value : undefined;
}

export function mercuriusOptions(config: AppConfig, ds: DataSource, auth: AuthService, live: LiveEvents, sessions: LiveSessions): MercuriusDriverConfig {
  return {
    ...schemaOptions(config),
    graphiql: config.graphiql,
    // Compile a query to JS after it has been seen once: faster repeated operations.
    jit: 1,
    // Batches are allowed, capped (capBatches in main.ts); each operation gets every limit below.
    allowBatchedQueries: true,
    // The parser itself stops a document with too many tokens, before building its tree.
    graphql: { parseOptions: { maxTokens: config.graphqlLimits.maxTokens } },
    validationRules: environmentRules(config),
    hooks: {
      ...graphqlMetricsHooks,
      preValidation: [limitsHook(config.graphqlLimits)],
      // Each subscription's connection is known by its user, so a change to the account reaches it (LiveSessions).
      preSubscriptionExecution: async (_schema: unknown, _document: unknown, ctx: object): Promise<void> => sessions.track(ctx as LiveConnectionContext),
    },
    context: async (req: FastifyRequest, reply: FastifyReply): Promise<GqlContext> => {
      const { principal, apiKey, error } = await auth.forRequest(req);
      return { req, reply, principal, apiKey, authError: error, loaders: new Loaders(ds) };
    },
    subscription: {
      emitter: live.emitter,
      // The socket, for LiveSessions to close when the account loses its access.
      context: (socket: LiveSocket): LiveConnectionContext => ({ wsSocket: socket }),
      // Authenticated like the rest: no valid token in connection_init, no connection.
      onConnect: async ({ payload }: { payload: unknown }): Promise<(Partial<GqlContext> & LiveConnectionContext) | false> => {
        const authorization = tokenOf(payload);
        const { principal } = await auth.authenticate(authorization);
        // Loaders without a cache: a subscription lives long, and each event must read fresh rows.
        return principal ? { principal, authError: null, loaders: new Loaders(ds, { cache: false }), liveAuthorization: authorization } : false;
      },
      keepAlive: 30_000,
    },
    errorFormatter: (execution, ctx) => {
      const req = (ctx as { reply?: FastifyReply }).reply?.request;
      const requestId = String(req?.id ?? 'unknown');
      const raw = execution.errors ?? [];
      const errors = flatten(raw).map((e) => toClientError(e, requestId).toJSON());
      // Each refusal gets a line of its own in the request's log (the request logger carries the request id).
      for (const e of errors) req?.log.info({ code: e.extensions?.['code'], path: e.path }, e.message);
      // A request refused before execution has no `data` entry at all (GraphQL over HTTP).
      if (!('data' in execution)) {
        return { statusCode: refusalStatus(raw, req), response: { errors } };
      }
      return { statusCode: 200, response: { data: execution.data ?? null, errors } };
    },
  };
}
