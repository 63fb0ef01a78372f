import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Cluster, Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Metrics } from '@app/observability';
import { ClaimTextIndex, readMetricQueueDepths, readOutboxLag } from '@app/persistence';
import { DisputeQueueClient, QueueName } from '@app/queue';
import { REDIS } from '../queue.providers';

/** Read-only handles on every queue, for the metrics and the admins' dashboard (nothing is added through them). */
export const ALL_QUEUES = Symbol('ALL_QUEUES');

export const observabilityProviders: Provider[] = [
  {
    provide: ALL_QUEUES,
    inject: [APP_CONFIG, REDIS],
    useFactory: (c: AppConfig, redis: Redis | Cluster): Queue[] => Object.values(QueueName).map((name) => new Queue(name, { connection: redis, prefix: c.queuePrefix })),
  },
  {
    provide: Metrics,
    inject: [ALL_QUEUES, DataSource, DisputeQueueClient, ClaimTextIndex],
    useFactory: (queues: Queue[], ds: DataSource, disputes: DisputeQueueClient, textIndex: ClaimTextIndex): Metrics => {
      const metrics = new Metrics('api');
      metrics.queueDepthGauge(() => readMetricQueueDepths(queues, ds, disputes));
      metrics.outboxGauges(() => readOutboxLag(ds));
      metrics.matchIndexMetrics(textIndex);
      return metrics;
    },
  },
];

@Injectable()
export class QueuesShutdown implements OnApplicationShutdown {
  constructor(@Inject(ALL_QUEUES) private readonly queues: Queue[]) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close()));
  }
}
