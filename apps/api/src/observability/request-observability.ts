import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { logContext, type LogContext, type Metrics } from '@app/observability';

/** What the GraphQL hooks learnt about a request, for its latency metric. */
export interface GraphqlLabel {
  operation: string;
  type: string;
  outcome: 'ok' | 'error';
}

export const graphqlLabels = new WeakMap<FastifyRequest, GraphqlLabel>();
const contexts = new WeakMap<FastifyRequest, LogContext>();

/**
 * Request id on every log line written while a request is handled, one JSON
 * line per finished request, and HTTP/GraphQL latency histograms.
 */
export function observeRequests(fastify: FastifyInstance, metricsOf: () => Metrics | undefined, logger: Logger): void {
  fastify.addHook('onRequest', (req, _reply, done) => {
    const ctx: LogContext = { requestId: String(req.id) };
    contexts.set(req, ctx);
    logContext.run(ctx, done);
  });
  // Body parsing runs in the socket's async context; step back into the request's before the handler.
  fastify.addHook('preHandler', (req, _reply, done) => {
    const ctx = contexts.get(req);
    if (ctx) logContext.run(ctx, done);
    else done();
  });
  fastify.addHook('onResponse', (req, reply, done) => {
    const seconds = reply.elapsedTime / 1000;
    const metrics = metricsOf();
    const route = req.routeOptions.url ?? 'unmatched';
    metrics?.httpDuration.observe({ method: req.method, route, status_code: String(reply.statusCode) }, seconds);
    // A query that failed to parse or validate never reached execution.
    const gql = graphqlLabels.get(req) ?? (route === '/graphql' && req.method === 'POST' ? ({ operation: 'invalid', type: 'unknown', outcome: 'error' } as const) : undefined);
    if (gql) metrics?.graphqlDuration.observe({ operation: gql.operation, type: gql.type, outcome: gql.outcome }, seconds);
    if (route !== '/metrics' && !route.startsWith('/health')) {
      logger.info(
        { requestId: String(req.id), method: req.method, url: req.url.slice(0, 200), statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime), ...(gql ? { operation: gql.operation, outcome: gql.outcome } : {}) },
        'request completed',
      );
    }
    done();
  });
}
