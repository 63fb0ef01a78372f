import { Inject, Injectable } from '@nestjs/common';
import { ReviewQueueClient } from '@app/queue';
import { ClaimsService } from '../claims/claims.service';
import { DisputeQueueService } from '../editorial/dispute-queue.service';
import type { QueueStatsModel } from './queue-stats.model';

/** Queue figures from Postgres (the truth) and Redis (the queues' depth). */
@Injectable()
export class QueueStatsService {
  constructor(
    @Inject(ClaimsService) private readonly claims: ClaimsService,
    @Inject(ReviewQueueClient) private readonly review: ReviewQueueClient,
    @Inject(DisputeQueueService) private readonly disputes: DisputeQueueService,
  ) {}

  private shared: { at: number; value: Promise<QueueStatsModel> } | null = null;

  /** The figures, read at most once per short window however many subscribers ask. */
  recent(maxAgeMs = 100): Promise<QueueStatsModel> {
    const now = Date.now();
    if (!this.shared || now - this.shared.at > maxAgeMs) {
      const value = this.current();
      this.shared = { at: now, value };
      value.catch(() => (this.shared = null));
    }
    return this.shared.value;
  }

  async current(): Promise<QueueStatsModel> {
    const [c, queueDepth, disputeQueueDepth] = await Promise.all([this.claims.countsByStatus(), this.review.waitingCount(), this.disputes.count()]);
    return {
      extracted: c.EXTRACTED,
      waiting: c.QUEUED,
      inReview: c.IN_REVIEW,
      reviewed: c.REVIEWED,
      disputed: c.DISPUTED,
      published: c.PUBLISHED,
      dismissed: c.DISMISSED,
      queueDepth,
      disputeQueueDepth,
      at: new Date(),
    };
  }
}
