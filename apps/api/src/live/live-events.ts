import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import mqemitter from 'mqemitter';
import { CLAIM_CHANNEL, PgListener } from '@app/persistence';

export const QUEUE_STATS_TOPIC = 'queueStatsChanged';
export const claimTopic = (claimId: string): string => `claimUpdated.${claimId}`;

// Many claims change at once (an article's extraction, a burst of verdicts): one stats event per window.
const STATS_DEBOUNCE_MS = 150;

/**
 * Live updates for GraphQL subscriptions, on every api process. Postgres is
 * the bus: ClaimRepository NOTIFYs a claim's id when its transaction commits,
 * whichever process (api or worker) made the change; each api process LISTENs
 * (the process's one PgListener) and feeds its subscribers through the
 * in-process emitter mercurius uses. So
 * an event is never sent for a change that rolled back, and reaches
 * subscribers on every process.
 */
@Injectable()
export class LiveEvents implements OnApplicationShutdown {
  readonly emitter = mqemitter();
  private statsTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(@Inject(PgListener) listener: PgListener) {
    listener.on(CLAIM_CHANNEL, (claimId) => {
      if (claimId) this.claimChanged(claimId);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.statsTimer) clearTimeout(this.statsTimer);
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
}
