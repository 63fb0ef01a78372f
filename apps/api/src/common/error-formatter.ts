import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AppError, type ErrorCode } from '@app/domain';

const logger = new Logger('GraphQL');

const BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'BAD_USER_INPUT',
  429: 'RATE_LIMITED',
};

function messageOf(err: HttpException): string {
  const body = err.getResponse();
  if (typeof body === 'object' && body !== null && 'message' in body) {
    const m = (body as { message: unknown }).message;
    return Array.isArray(m) ? m.join('; ') : String(m);
  }
  return err.message;
}

/**
 * The one mapping from anything thrown to what a client sees: a message and
 * `extensions.code`. Unexpected errors are logged with the request id and
 * returned without internals.
 */
export function toClientError(err: GraphQLError, requestId: string): GraphQLError {
  const original = err.originalError;
  const base = { path: err.path, nodes: err.nodes };
  if (original instanceof AppError) {
    return new GraphQLError(original.message, { ...base, extensions: { code: original.code, ...(original.details ?? {}) } });
  }
  if (original instanceof HttpException) {
    const code = BY_STATUS[original.getStatus()];
    if (code) return new GraphQLError(messageOf(original), { ...base, extensions: { code } });
  }
  const status = (original as { statusCode?: unknown } | undefined)?.statusCode;
  if (original && typeof status === 'number' && status >= 400 && status < 500) {
    // Refused by the HTTP layer (body too large, bad JSON, rate limited, …): its message is meant for the client.
    const code = BY_STATUS[status] ?? 'BAD_USER_INPUT';
    const message = status === 413 ? `Request body is too large: ${original.message}` : original.message;
    return new GraphQLError(message, { ...base, extensions: { code } });
  }
  if (!original || original instanceof GraphQLError) {
    // Parse, validation and variable-coercion errors: the request itself is wrong.
    const code = typeof err.extensions?.['code'] === 'string' && err.extensions['code'] !== 'INTERNAL_SERVER_ERROR' ? err.extensions['code'] : 'BAD_USER_INPUT';
    return new GraphQLError(err.message, { ...base, extensions: { code } });
  }
  logger.error({ msg: 'Unexpected error', requestId, err: original.stack ?? String(original) });
  return new GraphQLError(`Internal server error (request ${requestId})`, { ...base, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
}
