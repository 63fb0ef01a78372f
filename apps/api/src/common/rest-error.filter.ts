import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { HTTP_STATUS, toClientError } from './error-formatter';

/** A refusal keeps its own 4xx (413 too large, 415 wrong media type, 429…); anything else gets its code's status. */
function statusOf(err: Error, code: string): number {
  const own = err instanceof HttpException ? err.getStatus() : (err as { statusCode?: unknown }).statusCode;
  if (typeof own === 'number' && own >= 400 && own < 500) return own;
  return HTTP_STATUS[code as keyof typeof HTTP_STATUS] ?? 500;
}

/**
 * Every REST answer to an error is `{ error: { code, message, …details } }`:
 * the service's own errors, Nest's (validation, 404, 415) and Fastify's
 * (body too large, rate limited) alike. The code and message come from the
 * same mapping GraphQL uses (toClientError), so the two never disagree, and
 * unexpected errors are logged and answered without internals.
 */
export function sendRestError(thrown: unknown, req: FastifyRequest, reply: FastifyReply): void {
  const err = thrown instanceof Error ? thrown : new Error(String(thrown));
  const answer = toClientError(new GraphQLError(err.message, { originalError: err }), String(req.id));
  // A streamed answer (NDJSON ingest) may have begun: its own error lines tell the client, nothing more can be sent.
  if (reply.sent || reply.raw.headersSent) return;
  const { code, ...details } = answer.extensions as { code: string };
  void reply.code(statusOf(err, code)).send({ error: { code, message: answer.message, ...details } });
}

/** Errors in Nest's routes and handlers; GraphQL errors pass through to the error formatter. */
@Catch()
export class RestErrorFilter implements ExceptionFilter {
  catch(thrown: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return thrown;
    const http = host.switchToHttp();
    sendRestError(thrown, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
    return undefined;
  }
}
