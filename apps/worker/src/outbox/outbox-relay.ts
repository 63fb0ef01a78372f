import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Metrics } from '@app/observability';
import { OUTBOX_CHANNEL, OutboxRepository } from '@app/persistence';
import { QueueProducer, type JobItem } from '@app/queue';

const BATCH = 500;

/**
 * Moves committed outbox rows into BullMQ: takes (deletes) them and sends
 * them in one transaction, which commits only once BullMQ has them; if Redis
 * is down it rolls back, and the rows stay and are sent later. Wakes on
 * NOTIFY and also polls, so a missed notification only delays a job.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @Inject(QueueProducer) private readonly producer: QueueProducer,
    @Inject(Metrics) private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.listen();
    this.timer = setInterval(() => this.kick(), this.config.outboxPollMs);
    this.kick();
  }

  /** Stops before the database and Redis connections close: the batch in flight commits or rolls back whole. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }

  /** Runs a drain now, or once more after the current one. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .then(() => undefined)
      .catch((err: unknown) => this.logger.warn(`Outbox relay: ${(err as Error).message}; will retry`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Sends every pending row; returns when the outbox is empty. */
  async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const n = await this.ds.transaction(async (em) => {
        // Taken (deleted) first, sent second: if sending fails the transaction rolls back and the rows stay.
        const rows = await this.outbox.take(em, BATCH);
        if (rows.length === 0) return 0;
        const items = rows.map((r) => ({ queue: r.queue, name: r.job_name, data: r.data, ...(r.priority !== null ? { priority: r.priority } : {}) }) as JobItem);
        await this.producer.addBulk(items);
        return rows.length;
      });
      sent += n;
      if (n) this.metrics.outboxSent.inc(n);
      if (n < BATCH) return sent;
    }
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl });
    client.on('notification', () => this.kick());
    client.on('error', (err) => {
      this.logger.warn(`Outbox listener lost: ${err.message}; reconnecting`);
      this.listener = null;
      setTimeout(() => void this.listen(), 1000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
    } catch (err) {
      await client.end().catch(() => undefined);
      this.logger.warn(`Outbox listener: ${(err as Error).message}; polling until it reconnects`);
      setTimeout(() => void this.listen(), 2000).unref();
    }
  }
}
