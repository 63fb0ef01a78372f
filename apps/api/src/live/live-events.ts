import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import mqemitter from 'mqemitter';
import { Client } from 'pg';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { CLAIM_CHANNEL } from '@app/persistence';

export const QUEUE_STATS_TOPIC = 'queueStatsChanged';
export const claimTopic = (claimId: string): string => `claimUpdated.${claimId}`;

// Many claims change at once (an article's extraction, a burst of verdicts): one stats event per window.
const STATS_DEBOUNCE_MS = 150;

/**
 * Live updates for GraphQL subscriptions, on every api process. Postgres is
 * the bus: ClaimRepository NOTIFYs a claim's id when its transaction commits,
 * whichever process (api or worker) made the change; each api process LISTENs
 * and feeds its subscribers through the in-process emitter mercurius uses. So
 * an event is never sent for a change that rolled back, and reaches
 * subscribers on every process.
 */
@Injectable()
export class LiveEvents implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly emitter = mqemitter();
  private readonly logger = new Logger(LiveEvents.name);
  private listener: Client | null = null;
  private statsTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.statsTimer) clearTimeout(this.statsTimer);
    await this.listener?.end().catch(() => undefined);
    await new Promise<void>((resolve) => this.emitter.close(() => resolve()));
  }

  /** A claim changed (committed): its watchers hear now, queue watchers after the debounce window. */
  claimChanged(claimId: string): void {
    if (this.stopped) return;
    // Shaped as mercurius' PubSub.publish shapes it: subscribers receive `payload`.
    this.emitter.emit({ topic: claimTopic(claimId), payload: { claimId } });
    this.statsTimer ??= setTimeout(() => {
      this.statsTimer = null;
      if (!this.stopped) this.emitter.emit({ topic: QUEUE_STATS_TOPIC, payload: {} });
    }, STATS_DEBOUNCE_MS);
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl });
    client.on('notification', (n) => {
      if (n.channel === CLAIM_CHANNEL && n.payload) this.claimChanged(n.payload);
    });
    client.on('error', (err) => {
      this.logger.warn(`Live updates: listener lost (${err.message}); reconnecting`);
      this.listener = null;
      setTimeout(() => void this.listen(), 1000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CLAIM_CHANNEL}`);
      this.listener = client;
    } catch (err) {
      await client.end().catch(() => undefined);
      this.logger.warn(`Live updates: ${(err as Error).message}; retrying`);
      setTimeout(() => void this.listen(), 2000).unref();
    }
  }
}
