import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import IORedis from 'ioredis';
import type { AppConfig } from '@app/config';
import { principalKey, type AuthResult } from './principal';

/** The 429 every route answers; /graphql's error formatter turns it into RATE_LIMITED. */
export class RateLimitedError extends Error {
  readonly statusCode = 429;
  readonly code = 'RATE_LIMITED';
}

/**
 * Per-principal rate limits, counted in Redis so every api process shares the
 * count. Registered on Fastify before any route exists (it hooks routes as they
 * are added). Credentials are resolved once per request and reused by the
 * GraphQL context and the guard. When Redis is away, requests are let through
 * rather than refused: the limit protects the service, it must not stop it.
 */
export async function registerRateLimit(fastify: FastifyInstance, config: AppConfig, authenticate: (req: FastifyRequest) => Promise<AuthResult>): Promise<void> {
  // Its own connection, failing fast while Redis is down instead of queueing commands. Auto-pipelined: the counts
  // of the requests that arrive in one event-loop turn go to Redis in one write, not one socket write each.
  const redis = new IORedis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000, lazyConnect: false, enableAutoPipelining: true });
  redis.on('error', () => undefined);
  fastify.addHook('onClose', async () => {
    redis.disconnect();
  });
  await fastify.register(rateLimit, {
    global: true,
    max: config.rateLimit.max,
    timeWindow: config.rateLimit.windowMs,
    redis,
    nameSpace: `${config.queuePrefix}:rate-limit:`,
    skipOnError: true,
    keyGenerator: async (req) => principalKey(await authenticate(req), req.ip),
    // ctx.after is the time left in the current window, not the window's length.
    errorResponseBuilder: (_req, ctx) =>
      new RateLimitedError(`Too many requests: at most ${ctx.max} per ${config.rateLimit.windowMs / 1000} s; try again in ${ctx.after}`),
  });
}
