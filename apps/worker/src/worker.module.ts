import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import type { Cluster, Redis } from 'ioredis';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@app/config';
import { PersistenceModule } from '@app/persistence';
import { createRedis, QueueName, QueueProducer } from '@app/queue';
import { ExtractClaimsProcessor } from './extraction/extract-claims.processor';
import { ClaimLinker } from './extraction/claim-linker';
import { ExtractionService } from './extraction/extraction.service';
import { LeaseSweeper } from './leases/lease-sweeper';
import { OutboxRelay } from './outbox/outbox-relay';
import { checkRegistry } from './processor-registry';

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
  ) {
    checkRegistry([extract]);
  }

  onApplicationBootstrap(): void {
    const worker = new Worker(QueueName.ExtractClaims, (job: Job) => this.extract.process(job), {
      connection: this.redis,
      prefix: this.config.queuePrefix,
      concurrency: this.config.extractionConcurrency,
    });
    worker.on('failed', (job, err) => {
      if (!job) return;
      this.logger.warn(`extract-claims ${job.id} failed (attempt ${job.attemptsMade}): ${err.message}`);
      if (job.attemptsMade >= (job.opts.attempts ?? 1)) void this.extract.onFinalFailure(job, err).catch(() => undefined);
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
    { provide: QueueProducer, inject: [APP_CONFIG, REDIS], useFactory: (c: AppConfig, r: Redis | Cluster) => new QueueProducer(r, c.queuePrefix) },
    ClaimLinker,
    ExtractionService,
    ExtractClaimsProcessor,
    Workers,
    OutboxRelay,
    LeaseSweeper,
    RedisShutdown,
  ],
})
export class WorkerModule {}
