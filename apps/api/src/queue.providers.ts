import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import type { Cluster, Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { createRedis, DisputeQueueClient, ReviewQueueClient } from '@app/queue';

export const REDIS = Symbol('REDIS');

export const queueProviders: Provider[] = [
  { provide: REDIS, inject: [APP_CONFIG], useFactory: (c: AppConfig) => createRedis(c.redisUrl) },
  {
    provide: ReviewQueueClient,
    inject: [APP_CONFIG, REDIS],
    useFactory: (c: AppConfig, redis: Redis | Cluster) => new ReviewQueueClient(redis, c.queuePrefix, c.leaseMs),
  },
  {
    provide: DisputeQueueClient,
    inject: [APP_CONFIG, REDIS],
    useFactory: (c: AppConfig, redis: Redis | Cluster) => new DisputeQueueClient(redis, c.queuePrefix),
  },
];

/** Closes the queue clients, then the Redis connection, when the app stops. */
@Injectable()
export class QueueShutdown implements OnApplicationShutdown {
  constructor(
    @Inject(ReviewQueueClient) private readonly review: ReviewQueueClient,
    @Inject(DisputeQueueClient) private readonly disputes: DisputeQueueClient,
    @Inject(REDIS) private readonly redis: Redis | Cluster,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.review.close(), this.disputes.close()]);
    this.redis.disconnect();
  }
}
