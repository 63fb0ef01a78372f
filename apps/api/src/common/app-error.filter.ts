import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppError, type ErrorCode } from '@app/domain';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * REST routes answer an AppError with its HTTP status and `{ error: { code, message } }`.
 * GraphQL errors pass through to the one error formatter.
 */
@Catch(AppError)
export class AppErrorFilter implements ExceptionFilter {
  catch(err: AppError, host: ArgumentsHost): AppError | undefined {
    if (host.getType<string>() !== 'http') return err;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply.code(HTTP_STATUS[err.code]).send({ error: { code: err.code, message: err.message } });
    return undefined;
  }
}
