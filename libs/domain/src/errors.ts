/** The error codes every client sees in `extensions.code`. */
export const ERROR_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An expected failure, safe to show to the client as it is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) => new AppError('BAD_USER_INPUT', message, details);
export const notFound = (what: string, id: string) => new AppError('NOT_FOUND', `${what} ${id} was not found`);
/** Not found because withdrawn for good: NOT_FOUND to clients, and over REST 410 Gone, so caches and crawlers drop their copy. */
export const gone = (message: string, details?: Record<string, unknown>) => Object.assign(new AppError('NOT_FOUND', message, details), { statusCode: 410 });
export const conflict = (message: string, details?: Record<string, unknown>) => new AppError('CONFLICT', message, details);
export const forbidden = (message = 'You are not allowed to do this') => new AppError('FORBIDDEN', message);
export const unavailable = (message: string) => new AppError('SERVICE_UNAVAILABLE', message, { retryable: true });
export const unauthenticated = (message = 'Sign in first: send Authorization: Bearer <token>') => new AppError('UNAUTHENTICATED', message);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a row (and must not reach SQL as one). */
export const isUuid = (id: string): boolean => UUID.test(id);
