import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Redis, Cluster } from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../common/decorators';
import { REDIS } from '../queue.providers';

const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T> =>
  Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())]);

@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(REDIS) private readonly redis: Redis | Cluster,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** 200 only when Postgres and Redis both answer. */
  @Get('ready')
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const check = async (fn: () => Promise<unknown>): Promise<string> => {
      try {
        await withTimeout(fn(), 2000);
        return 'up';
      } catch (err) {
        return `down: ${(err as Error).message}`;
      }
    };
    const [postgres, redis] = await Promise.all([check(() => this.ds.query('SELECT 1')), check(() => this.redis.ping())]);
    const ok = postgres === 'up' && redis === 'up';
    await reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', postgres, redis });
  }
}
