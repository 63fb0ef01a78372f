import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, MoreThan, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AssignmentStatus, ClaimStatus, conflict, forbidden, isUuid, notFound, verdictOutcome } from '@app/domain';
import { ClaimRepository, inRoundOrder, ratingsOf, recordConsensus, releaseClaim, ReviewAssignmentEntity, transactionPrepared, type ClaimEntity, type VerdictEntity } from '@app/persistence';
import { ReviewQueueClient, type ReviewJob } from '@app/queue';
import type { Principal } from '../common/principal';
import { insertVerdictOnce, lockAssignmentWithClaim, lockReviewerTakes, renewHeldLease, takeClaim } from './review-statements';
import type { SubmitVerdictInput } from './submit-verdict.input';

const UNIQUE_VIOLATION = '23505';
const alreadyReviewed = () => conflict('You have already reviewed this claim in this round; another reviewer must give the next verdict');

// How many stale or ineligible jobs one takeNextClaim may pass over before giving up.
const MAX_SCAN = 50;

@Injectable()
export class ReviewService {
  private readonly logger = new Logger(ReviewService.name);

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(ClaimRepository) private readonly claims: ClaimRepository,
    @Inject(ReviewQueueClient) private readonly queue: ReviewQueueClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The claim this reviewer works on: the live lease they already hold,
   * renewed for a full lease period, or else the next claim, leased to them;
   * null when they hold none and nothing waits. A reviewer holds one claim at
   * a time, so a retried take (its answer lost) never leaves a second claim
   * locked to them. BullMQ hands each job to one caller; Postgres then checks
   * the job is still current (claim QUEUED with the same sequence) and that
   * the reviewer still holds nothing, and records the assignment.
   */
  async takeNext(reviewer: Principal): Promise<ReviewAssignmentEntity | null> {
    const held = await this.renewHeld(reviewer);
    if (held) return held;
    const passedOver: { job: ReviewJob; token: string }[] = [];
    try {
      for (let i = 0; i < MAX_SCAN; i++) {
        const token = randomUUID();
        const job = await this.queue.take(token);
        // Nothing waits, perhaps because a concurrent take of theirs holds the last job: look again, under the take lock.
        if (!job) return await this.renewHeld(reviewer, true);
        const outcome = await this.tryAssign(job, token, reviewer);
        if (outcome === 'stale') await this.queue.complete(job, token).catch((e: unknown) => this.logger.warn(`Could not drop stale job ${job.id}: ${String(e)}`));
        else if (outcome === 'not-for-you') passedOver.push({ job, token });
        else if (outcome === 'held') {
          // A concurrent take of theirs recorded a lease first: that one is the answer, the job goes back.
          passedOver.push({ job, token });
          const theirs = await this.renewHeld(reviewer);
          if (theirs) return theirs;
        } else {
          // Recorded: now hold the job for the whole lease (it was taken under a short lock).
          await this.queue.hold(job, token, this.config.leaseMs).catch((e: unknown) => this.logger.warn(`Lease ${outcome.id}: could not extend job lock: ${String(e)}`));
          return outcome;
        }
      }
      return null;
    } finally {
      // Claims this reviewer may not take go back for others, unchanged.
      await Promise.all(passedOver.map(({ job, token }) => this.queue.giveBack(job, token).catch(() => undefined)));
    }
  }

  private async tryAssign(job: ReviewJob, token: string, reviewer: Principal): Promise<ReviewAssignmentEntity | 'stale' | 'not-for-you' | 'held'> {
    try {
      return await transactionPrepared(this.ds, async (em) => {
        // Before the take's snapshot: a concurrent take by this reviewer has then committed or waits for us.
        await lockReviewerTakes(em, reviewer.id);
        const now = new Date();
        const taken = await takeClaim(em, job.data, { reviewerId: reviewer.id, jobId: String(job.id), lockToken: token, takenAt: now, expiresAt: new Date(now.getTime() + this.config.leaseMs) });
        if (!taken || taken.claim.status !== ClaimStatus.QUEUED || taken.claim.queueSeq !== job.data.seq) return 'stale';
        if (taken.heldId) return 'held';
        const { claim, assignment } = taken;
        // Still queued under this job, yet not recorded: this reviewer already had the claim this round.
        if (!assignment) return 'not-for-you';
        await this.claims.move(em, claim, 'take', { actorId: reviewer.id });
        // The claim as moved (the row as committed): the answer's `claim` field needs no second read.
        assignment.claim = claim;
        return assignment;
      });
    } catch (err) {
      // Postgres failed: give the job back at once rather than leave it locked for a whole lease.
      await this.queue.giveBack(job, token).catch(() => undefined);
      throw err;
    }
  }

  /**
   * The reviewer's live leases, oldest first. A lease outlives the tab that
   * took it (another tab or device, a cleared session): without this the
   * reviewer would take a second claim while the first stays locked to them.
   */
  held(reviewer: Principal): Promise<ReviewAssignmentEntity[]> {
    return this.ds.getRepository(ReviewAssignmentEntity).find({
      where: { reviewerId: reviewer.id, status: AssignmentStatus.ACTIVE, expiresAt: MoreThan(new Date()) },
      order: { takenAt: 'ASC', id: 'ASC' },
    });
  }

  /** Extends the lease by a full lease period from now. */
  async renew(assignmentId: string, reviewer: Principal): Promise<ReviewAssignmentEntity> {
    const result = await this.ds.transaction(async (em) => {
      const a = await this.lockActive(em, assignmentId, reviewer);
      a.expiresAt = new Date(Date.now() + this.config.leaseMs);
      // update, not save: save would first read the row back to find what changed.
      await em.update(ReviewAssignmentEntity, { id: a.id }, { expiresAt: a.expiresAt });
      return a;
    });
    await this.extendJobLock(result);
    return result;
  }

  /**
   * The reviewer's live lease, renewed as renew does; null when they hold none
   * (an expired one is not live). `underTakeLock`: a take of theirs already
   * recording a lease is waited for, and its lease returned.
   */
  private async renewHeld(reviewer: Principal, underTakeLock = false): Promise<ReviewAssignmentEntity | null> {
    const renewNow = (em: EntityManager) => {
      const now = new Date();
      return renewHeldLease(em, reviewer.id, now, new Date(now.getTime() + this.config.leaseMs));
    };
    const held = underTakeLock
      ? await transactionPrepared(this.ds, async (em) => {
          await lockReviewerTakes(em, reviewer.id);
          return renewNow(em);
        })
      : await renewNow(this.ds.manager);
    if (held) await this.extendJobLock(held);
    return held;
  }

  private async extendJobLock(a: ReviewAssignmentEntity): Promise<void> {
    const extended = await this.queue.extend(a.jobId, a.lockToken, this.config.leaseMs);
    if (!extended) this.logger.warn(`Lease ${a.id}: job lock ${a.jobId} was not extended`);
  }

  /** Gives the claim back to the queue. */
  async skip(assignmentId: string, reviewer: Principal, reason: string | undefined): Promise<ReviewAssignmentEntity> {
    const result = await transactionPrepared(this.ds, async (em) => {
      const { assignment: a, claim } = await this.lockActiveWithClaim(em, assignmentId, reviewer);
      await releaseClaim(em, this.claims, claim, { actorId: reviewer.id, type: 'SKIPPED', data: reason ? { reason } : undefined });
      a.status = AssignmentStatus.SKIPPED;
      a.endedAt = new Date();
      a.skipReason = reason ?? null;
      await em.update(ReviewAssignmentEntity, { id: a.id }, { status: a.status, endedAt: a.endedAt, skipReason: a.skipReason });
      return a;
    });
    await this.queue.complete(result.jobId, result.lockToken).catch(() => undefined);
    return result;
  }

  /**
   * Gives back every live lease of a reviewer, in the caller's transaction (a
   * deactivation's): each claim returns to the queue as when a lease expires
   * (releaseClaim), the assignment ends as EXPIRED. Returns the leases' jobs,
   * for `completeJobs` once the transaction has committed.
   */
  async releaseLeasesOf(em: EntityManager, reviewerId: string, actorId: string): Promise<ReviewAssignmentEntity[]> {
    // Their takes wait for this transaction, and then find the account deactivated (takeClaim): none records a lease after it.
    await lockReviewerTakes(em, reviewerId);
    const active = await em.find(ReviewAssignmentEntity, { where: { reviewerId, status: AssignmentStatus.ACTIVE }, select: { id: true }, order: { id: 'ASC' } });
    const released: ReviewAssignmentEntity[] = [];
    for (const { id } of active) {
      // Assignment before claim, as skip, submit and the sweeper lock them; then look again: it may have ended meanwhile.
      const locked = await lockAssignmentWithClaim(em, id);
      if (!locked || locked.assignment.status !== AssignmentStatus.ACTIVE) continue;
      const { assignment: a, claim } = locked;
      if (claim.status === ClaimStatus.IN_REVIEW) await releaseClaim(em, this.claims, claim, { actorId, type: 'REVIEWER_DEACTIVATED', data: { assignmentId: a.id, reviewerId } });
      a.status = AssignmentStatus.EXPIRED;
      a.endedAt = new Date();
      await em.update(ReviewAssignmentEntity, { id: a.id }, { status: a.status, endedAt: a.endedAt });
      released.push(a);
    }
    return released;
  }

  /** Ends the BullMQ jobs of leases given back in a committed transaction, as skip does after its own. */
  async completeJobs(leases: readonly ReviewAssignmentEntity[]): Promise<void> {
    await Promise.all(leases.map((a) => this.queue.complete(a.jobId, a.lockToken).catch(() => undefined)));
  }

  /**
   * Records the verdict and its sources, ends the lease and moves the claim on
   * (more reviews, consensus or dispute), in one transaction. A reviewer gives
   * at most one verdict per claim and round: checked here, and backed by a
   * unique index should two submits ever race.
   */
  async submitVerdict(input: SubmitVerdictInput, reviewer: Principal): Promise<VerdictEntity> {
    try {
      const { verdict, assignment } = await transactionPrepared(this.ds, async (em) => {
        const { assignment: a, claim } = await this.lockActiveWithClaim(em, input.assignmentId, reviewer);
        if (claim.status !== ClaimStatus.IN_REVIEW || a.round !== claim.reviewRound) throw conflict(`This claim is ${claim.status}; the assignment no longer applies`, { status: claim.status });
        a.status = AssignmentStatus.SUBMITTED;
        a.endedAt = new Date();
        // The verdict, its sources and the assignment's end, unless this reviewer already gave the round a verdict.
        const { verdict, earlier } = await insertVerdictOnce(em, {
          claimId: claim.id,
          assignmentId: a.id,
          reviewerId: reviewer.id,
          round: claim.reviewRound,
          rating: input.rating,
          rationale: input.rationale.trim(),
          sources: input.sources.map((s) => ({ url: s.url, title: s.title ?? null, publisher: s.publisher ?? null, excerpt: s.excerpt ?? null })),
          endedAt: a.endedAt,
        });
        if (!verdict) throw alreadyReviewed();
        const verdicts = inRoundOrder([...earlier, verdict]);
        const to = verdictOutcome(ratingsOf(verdicts), claim.requiredReviews);
        await this.claims.move(em, claim, 'verdict', { to, actorId: reviewer.id, data: { verdictId: verdict.id, rating: input.rating, round: claim.reviewRound } });
        await recordConsensus(em, claim, verdicts);
        return { verdict, assignment: a };
      });
      await this.queue.complete(assignment.jobId, assignment.lockToken).catch(() => undefined);
      return verdict;
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw alreadyReviewed();
      throw err;
    }
  }

  /** The caller's own, still-live assignment, locked; each refusal has its code. */
  private async lockActive(em: EntityManager, id: string, reviewer: Principal): Promise<ReviewAssignmentEntity> {
    const a = isUuid(id) ? await em.findOne(ReviewAssignmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    return this.checkActive(a, id, reviewer);
  }

  /** lockActive, and the assignment's claim locked too, in one statement (skip and submit need both). */
  private async lockActiveWithClaim(em: EntityManager, id: string, reviewer: Principal): Promise<{ assignment: ReviewAssignmentEntity; claim: ClaimEntity }> {
    const locked = isUuid(id) ? await lockAssignmentWithClaim(em, id) : null;
    this.checkActive(locked?.assignment ?? null, id, reviewer);
    return locked!;
  }

  private checkActive(a: ReviewAssignmentEntity | null, id: string, reviewer: Principal): ReviewAssignmentEntity {
    if (!a) throw notFound('Assignment', id);
    if (a.reviewerId !== reviewer.id) throw forbidden('This assignment belongs to another reviewer');
    if (a.status !== AssignmentStatus.ACTIVE) throw conflict(`This assignment is already ${a.status}`, { status: a.status });
    if (a.expiresAt.getTime() <= Date.now()) throw conflict('The lease on this claim has expired; take the next claim', { expiredAt: a.expiresAt.toISOString() });
    return a;
  }
}
