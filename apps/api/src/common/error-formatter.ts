import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AppError, unavailable, type ErrorCode } from '@app/domain';

const logger = new Logger('GraphQL');

/** The HTTP status of each code a client can get: REST answers with it; a 4xx refusal from the HTTP layer is read back into its code. */
export const HTTP_STATUS: Record<ErrorCode | 'INTERNAL_SERVER_ERROR', number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

// The same table read backwards, for the 4xx statuses (any other 4xx, e.g. 413 or 415, is the input's fault).
const BY_STATUS = new Map(
  Object.entries(HTTP_STATUS)
    .filter(([, status]) => status < 500)
    .map(([code, status]) => [status, code as ErrorCode]),
);
const codeOfStatus = (status: number): ErrorCode => BY_STATUS.get(status) ?? 'BAD_USER_INPUT';

function messageOf(err: HttpException): string {
  const body = err.getResponse();
  if (typeof body === 'object' && body !== null && 'message' in body) {
    const m = (body as { message: unknown }).message;
    return Array.isArray(m) ? m.join('; ') : String(m);
  }
  return err.message;
}

// Postgres or the network to it is away: connection exceptions (08…), shutdown (57P01-03), too many connections (53300).
const DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '57P01', '57P02', '57P03', '53300']);
const DOWN_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|connection error|Client was closed|not queryable|ECONNREFUSED|terminating connection/i;
// TypeORM reports a transaction whose connection died under it as an already released query runner: told
// by the error's class, whose wording differs between the two (the second when the next query goes through the manager).
const DOWN_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

function codeOf(err: Error): string | undefined {
  const own = (err as { code?: unknown }).code;
  const driver = (err as { driverError?: { code?: unknown } }).driverError?.code;
  const c = typeof own === 'string' ? own : driver;
  return typeof c === 'string' ? c : undefined;
}

/** A dependency being down is not the client's fault nor a bug: say so, and that a retry will do. */
export function isDependencyDown(err: Error): boolean {
  const code = codeOf(err);
  return (code !== undefined && (DOWN_CODES.has(code) || code.startsWith('08'))) || DOWN_ERRORS.has(err.name) || DOWN_MESSAGES.test(err.message);
}

/** Data Postgres refused as malformed (22xxx: bad encoding, out of range…) slipped past validation: it is still the input's fault. */
const isBadData = (err: Error): boolean => /^22[0-9A-Z]{3}$/.test(codeOf(err) ?? '');

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
  if (original instanceof HttpException && original.getStatus() < 500) {
    return new GraphQLError(messageOf(original), { ...base, extensions: { code: codeOfStatus(original.getStatus()) } });
  }
  const status = (original as { statusCode?: unknown } | undefined)?.statusCode;
  if (original && typeof status === 'number' && status >= 400 && status < 500) {
    // Refused by the HTTP layer (body too large, bad JSON, rate limited, …): its message is meant for the client
    // as it is (Fastify's 413 already reads "Request body is too large").
    return new GraphQLError(original.message, { ...base, extensions: { code: codeOfStatus(status) } });
  }
  if (!original || original instanceof GraphQLError) {
    // Parse, validation and variable-coercion errors: the request itself is wrong.
    const code = typeof err.extensions?.['code'] === 'string' && err.extensions['code'] !== 'INTERNAL_SERVER_ERROR' ? err.extensions['code'] : 'BAD_USER_INPUT';
    return new GraphQLError(err.message, { ...base, extensions: { code } });
  }
  if (isDependencyDown(original)) {
    logger.warn({ msg: 'A dependency is unavailable', requestId, err: original.message });
    const e = unavailable('The service is briefly unavailable (its database cannot be reached). Try again shortly.');
    return new GraphQLError(e.message, { ...base, extensions: { code: e.code, ...e.details, requestId } });
  }
  if (isBadData(original)) {
    logger.warn({ msg: 'Input refused by the database', requestId, err: original.message });
    return new GraphQLError(`The input was refused: ${original.message}`, { ...base, extensions: { code: 'BAD_USER_INPUT' } });
  }
  logger.error({ msg: 'Unexpected error', requestId, err: original.stack ?? String(original) });
  return new GraphQLError(`Internal server error (request ${requestId})`, { ...base, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
}
