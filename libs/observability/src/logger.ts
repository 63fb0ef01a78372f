import { AsyncLocalStorage } from 'node:async_hooks';
import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/** What every log line written while handling one request (or one job) carries. */
export interface LogContext {
  requestId?: string;
  jobId?: string;
  queue?: string;
}

/** The current request or job, for log lines written anywhere below its handler. */
export const logContext = new AsyncLocalStorage<LogContext>();

/**
 * One JSON logger per process. The mixin stamps the current request id (or
 * job id) on every line, so code deep in a service needs no logger plumbing.
 */
export function createLogger(opts: { level: string; service: 'api' | 'worker' | string; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      level: opts.level,
      base: { service: opts.service, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => ({ ...logContext.getStore() }),
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: pino.stdSerializers.err },
    },
    opts.destination,
  );
}

type Level = 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal';

/**
 * NestJS's LoggerService on top of pino: every `new Logger('X').log(...)` in
 * the code base becomes a JSON line with `context: 'X'` and the request id.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    // Nest passes (message, stack?, context?).
    const context = params.length > 0 && typeof params.at(-1) === 'string' ? (params.pop() as string) : undefined;
    const stack = typeof params[0] === 'string' ? params[0] : undefined;
    this.write('error', message, context ? [context] : [], stack ? { stack } : {});
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[], extra: Record<string, unknown> = {}): void {
    const context = typeof params.at(-1) === 'string' ? (params.at(-1) as string) : undefined;
    const base = { ...extra, ...(context ? { context } : {}) };
    if (message instanceof Error) this.pino[level]({ ...base, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) {
      const { msg, ...fields } = message as Record<string, unknown>;
      this.pino[level]({ ...base, ...fields }, typeof msg === 'string' ? msg : undefined);
    } else this.pino[level](base, String(message));
  }
}
