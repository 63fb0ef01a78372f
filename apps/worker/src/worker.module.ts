import { Inject, Injectable, Logger, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import type { Cluster, Redis } from 'ioredis';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@app/config';
import { Metrics } from '@app/observability';
import { ClaimTextIndexModule, PersistenceModule } from '@app/persistence';
import { createRedis, DisputeQueueClient, QueueName, QueueProducer } from '@app/queue';
import { ExtractClaimsProcessor } from './extraction/extract-claims.processor';
import { ClaimLinker } from './extraction/claim-linker';
import { ExtractionService } from './extraction/extraction.service';
import { LeaseSweeper } from './leases/lease-sweeper';
import { MetricsServer } from './metrics/metrics-server';
import { OutboxRelay } from './outbox/outbox-relay';
import { checkRegistry, type JobProcessor } from './processor-registry';
import { Reconciler } from './reconcile/reconciler';
import { REDIS } from './redis.token';
import { runJob } from './run-job';
import { DeliverWebhookProcessor } from './webhooks/deliver-webhook.processor';
import { WebhookDeliveryService } from './webhooks/webhook-delivery.service';

/** Runs the BullMQ workers for the processed queues. */
@Injectable()
class Workers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Workers');
  private workers: Worker[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis | Cluster,
    @Inject(ExtractClaimsProcessor) private readonly extract: ExtractClaimsProcessor,
    @Inject(DeliverWebhookProcessor) private readonly deliver: DeliverWebhookProcessor,
    @Inject(Metrics) private readonly metrics: Metrics,
  ) {
    checkRegistry([extract, deliver]);
  }

  onApplicationBootstrap(): void {
    this.run(QueueName.ExtractClaims, this.extract, this.config.extractionConcurrency, {
      // A killed worker's jobs come back once their lock lapses; checking as often as the lock lasts bounds the wait.
      lockDuration: this.config.extractionLockMs,
      stalledInterval: this.config.extractionLockMs,
      // Extraction is idempotent, so a job that was cut off twice may safely run a third time.
      maxStalledCount: 2,
    });
    this.run(QueueName.WebhookDelivery, this.deliver, this.config.webhooks.concurrency, {});
  }

  private run<N extends 'extract-claims' | 'deliver-webhook'>(queue: QueueName, processor: JobProcessor<N>, concurrency: number, opts: { lockDuration?: number; stalledInterval?: number; maxStalledCount?: number }): void {
    const worker = new Worker(queue, (job: Job) => runJob(this.metrics, job, () => processor.process(job)), { connection: this.redis, prefix: this.config.queuePrefix, concurrency, ...opts });
    worker.on('failed', (job, err) => {
      if (!job) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1) || /stalled more than/.test(err.message);
      this.metrics.jobFailures.inc({ queue, name: job.name, final: String(final) });
      this.logger.warn({ msg: `${processor.jobName} ${job.id} failed (attempt ${job.attemptsMade}): ${err.message}`, jobId: job.id, final });
      if (final) void processor.onFinalFailure?.(job, err).catch(() => undefined);
    });
    worker.on('error', (err) => this.logger.warn(`Worker error: ${err.message}`));
    this.workers.push(worker);
  }

  /** Before anything else closes: close() takes no new job and waits for the ones in progress to finish. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}

@Injectable()
class RedisShutdown implements OnApplicationShutdown {
  constructor(
    @Inject(QueueProducer) private readonly producer: QueueProducer,
    @Inject(DisputeQueueClient) private readonly disputes: DisputeQueueClient,
    @Inject(REDIS) private readonly redis: Redis | Cluster,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.producer.close(), this.disputes.close()]);
    this.redis.disconnect();
  }
}

@Module({
  imports: [ConfigModule, PersistenceModule, ClaimTextIndexModule],
  providers: [
    { provide: REDIS, inject: [APP_CONFIG], useFactory: (c: AppConfig) => createRedis(c.redisUrl) },
    {
      provide: QueueProducer,
      inject: [APP_CONFIG, REDIS],
      useFactory: (c: AppConfig, r: Redis | Cluster) =>
        new QueueProducer(r, c.queuePrefix, { [QueueName.WebhookDelivery]: { attempts: c.webhooks.maxAttempts, backoff: { type: 'exponential', delay: c.webhooks.backoffMs } } }),
    },
    // Read-only, for the metrics: the dispute queue's depth as editors see it.
    { provide: DisputeQueueClient, inject: [APP_CONFIG, REDIS], useFactory: (c: AppConfig, r: Redis | Cluster) => new DisputeQueueClient(r, c.queuePrefix) },
    ClaimLinker,
    { provide: Metrics, useValue: new Metrics('worker') },
    ExtractionService,
    ExtractClaimsProcessor,
    WebhookDeliveryService,
    DeliverWebhookProcessor,
    Workers,
    OutboxRelay,
    LeaseSweeper,
    Reconciler,
    MetricsServer,
    RedisShutdown,
  ],
})
export class WorkerModule {}
