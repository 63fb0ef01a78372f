import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import type { Cluster, Redis } from 'ioredis';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@app/config';
import { PersistenceModule } from '@app/persistence';
import { createRedis, QueueName, QueueProducer } from '@app/queue';
import { ExtractClaimsProcessor } from './extraction/extract-claims.processor';
import { ExtractionService } from './extraction/extraction.service';
import { LeaseSweeper } from './leases/lease-sweeper';
import { OutboxRelay } from './outbox/outbox-relay';
import { checkRegistry, type JobProcessor } from './processor-registry';
import { DeliverWebhookProcessor } from './webhooks/deliver-webhook.processor';
import { WebhookDeliveryService } from './webhooks/webhook-delivery.service';

const REDIS = Symbol('REDIS');

/** Runs the BullMQ workers for the processed queues. */
@Injectable()
class Workers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Workers');
  private workers: Worker[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis | Cluster,
    @Inject(ExtractClaimsProcessor) private readonly extract: ExtractClaimsProcessor,
    @Inject(DeliverWebhookProcessor) private readonly deliver: DeliverWebhookProcessor,
  ) {
    checkRegistry([extract, deliver]);
  }

  onApplicationBootstrap(): void {
    this.run(QueueName.ExtractClaims, this.extract, this.config.extractionConcurrency);
    this.run(QueueName.WebhookDelivery, this.deliver, this.config.webhooks.concurrency);
  }

  private run<N extends 'extract-claims' | 'deliver-webhook'>(queue: QueueName, processor: JobProcessor<N>, concurrency: number): void {
    const worker = new Worker(queue, (job: Job) => processor.process(job), { connection: this.redis, prefix: this.config.queuePrefix, concurrency });
    worker.on('failed', (job, err) => {
      if (!job) return;
      this.logger.warn(`${processor.jobName} ${job.id} failed (attempt ${job.attemptsMade}): ${err.message}`);
      if (job.attemptsMade >= (job.opts.attempts ?? 1)) void processor.onFinalFailure?.(job, err).catch(() => undefined);
    });
    worker.on('error', (err) => this.logger.warn(`Worker error: ${err.message}`));
    this.workers.push(worker);
  }

  async onApplicationShutdown(): Promise<void> {
    // close() waits for jobs in progress to finish.
    await Promise.all(this.workers.map((w) => w.close()));
  }
}

@Injectable()
class RedisShutdown implements OnApplicationShutdown {
  constructor(
    @Inject(QueueProducer) private readonly producer: QueueProducer,
    @Inject(REDIS) private readonly redis: Redis | Cluster,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.producer.close();
    this.redis.disconnect();
  }
}

@Module({
  imports: [ConfigModule, PersistenceModule],
  providers: [
    { provide: REDIS, inject: [APP_CONFIG], useFactory: (c: AppConfig) => createRedis(c.redisUrl) },
    {
      provide: QueueProducer,
      inject: [APP_CONFIG, REDIS],
      useFactory: (c: AppConfig, r: Redis | Cluster) =>
        new QueueProducer(r, c.queuePrefix, { [QueueName.WebhookDelivery]: { attempts: c.webhooks.maxAttempts, backoff: { type: 'exponential', delay: c.webhooks.backoffMs } } }),
    },
    ExtractionService,
    ExtractClaimsProcessor,
    WebhookDeliveryService,
    DeliverWebhookProcessor,
    Workers,
    OutboxRelay,
    LeaseSweeper,
    RedisShutdown,
  ],
})
export class WorkerModule {}
