import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AssignmentStatus, ClaimStatus } from '@app/domain';
import { ClaimRepository, releaseClaim, ReviewAssignmentEntity } from '@app/persistence';
import { QueueProducer, QueueName } from '@app/queue';

/**
 * Ends leases whose time is up: the assignment becomes EXPIRED and the claim
 * goes back to QUEUED (with a new review job, through the outbox). Postgres
 * decides, so expiry does not depend on Redis keeping the job's lock.
 */
@Injectable()
export class LeaseSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
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

  beforeApplicationShutdown(): void {
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
      select: { claimId: true },
      take: 200,
    });
    let n = 0;
    for (const a of overdue) if (await this.releaseIfLeaseGone(a.claimId)) n++;
    return n;
  }

  /**
   * Puts an IN_REVIEW claim back in the queue when nobody holds a live lease on
   * it any more: its ACTIVE assignment has expired (it becomes EXPIRED), or it
   * has none at all. A live lease is left alone. Returns true when it moved.
   */
  async releaseIfLeaseGone(claimId: string): Promise<boolean> {
    const released = await this.ds.transaction(async (em) => {
      // Assignment before claim: the order submitVerdict and skip lock in, so the two never deadlock.
      const lease = await em.findOne(ReviewAssignmentEntity, { where: { claimId, status: AssignmentStatus.ACTIVE }, lock: { mode: 'pessimistic_write' } });
      if (lease && lease.expiresAt.getTime() > Date.now()) return null;
      const claim = await this.claims.lock(em, claimId);
      if (lease) {
        if (claim.status === ClaimStatus.IN_REVIEW) await releaseClaim(em, this.claims, claim, { actorId: null, type: 'LEASE_EXPIRED', data: { assignmentId: lease.id } });
        lease.status = AssignmentStatus.EXPIRED;
        lease.endedAt = new Date();
        await em.save(lease);
        return lease.jobId;
      }
      // A take may have committed since the read above; with the claim locked, look again.
      if (claim.status !== ClaimStatus.IN_REVIEW || (await em.count(ReviewAssignmentEntity, { where: { claimId, status: AssignmentStatus.ACTIVE } })) > 0) return null;
      await releaseClaim(em, this.claims, claim, { actorId: null, type: 'LEASE_LOST', data: { reason: 'IN_REVIEW without an active assignment' } });
      return '';
    });
    if (released === null) return false;
    // The old job's lock has lapsed; remove it so it does not linger in the active list.
    if (released) await this.producer.queue(QueueName.ClaimReview).remove(released).catch(() => undefined);
    return true;
  }
}
