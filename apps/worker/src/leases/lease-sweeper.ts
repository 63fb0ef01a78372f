import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AssignmentStatus, ClaimStatus } from '@app/domain';
import { ClaimRepository, ReviewAssignmentEntity } from '@app/persistence';
import { QueueProducer, QueueName } from '@app/queue';

/**
 * Ends leases whose time is up: the assignment becomes EXPIRED and the claim
 * goes back to QUEUED (with a new review job, through the outbox). Postgres
 * decides, so expiry does not depend on Redis keeping the job's lock.
 */
@Injectable()
export class LeaseSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LeaseSweeper.name);
  private timer: NodeJS.Timeout | null = null;
  private busy = false;

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(ClaimRepository) private readonly claims: ClaimRepository,
    @Inject(QueueProducer) private readonly producer: QueueProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const every = Math.max(250, Math.min(5000, Math.floor(this.config.leaseMs / 4)));
    this.timer = setInterval(() => void this.tick(), every);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await this.sweep();
    } catch (err) {
      this.logger.warn(`Lease sweep failed: ${(err as Error).message}`);
    } finally {
      this.busy = false;
    }
  }

  /** Expires every overdue lease; returns how many. */
  async sweep(): Promise<number> {
    const overdue = await this.ds.getRepository(ReviewAssignmentEntity).find({
      where: { status: AssignmentStatus.ACTIVE, expiresAt: LessThan(new Date()) },
      take: 200,
    });
    let n = 0;
    for (const a of overdue) {
      const expired = await this.ds.transaction(async (em) => {
        const locked = await em.findOne(ReviewAssignmentEntity, { where: { id: a.id }, lock: { mode: 'pessimistic_write' } });
        if (!locked || locked.status !== AssignmentStatus.ACTIVE || locked.expiresAt.getTime() > Date.now()) return false;
        const claim = await this.claims.lock(em, locked.claimId);
        if (claim.status === ClaimStatus.IN_REVIEW) await this.claims.move(em, claim, 'release', { actorId: null, type: 'LEASE_EXPIRED', data: { assignmentId: a.id } });
        locked.status = AssignmentStatus.EXPIRED;
        locked.endedAt = new Date();
        await em.save(locked);
        return true;
      });
      if (!expired) continue;
      n++;
      // The old job's lock has lapsed; remove it so it does not linger in the active list.
      await this.producer.queue(QueueName.ClaimReview).remove(a.jobId).catch(() => undefined);
    }
    return n;
  }
}
