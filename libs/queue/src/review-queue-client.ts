import { Job, Queue, Worker, type ConnectionOptions } from 'bullmq';
import { QueueName, type JobData } from './job-catalogue';

export type ReviewJob = Job<JobData<'review-claim'>>;

/**
 * The review queue seen by reviewers: BullMQ manual fetching, never blocking.
 * A lease is the job's lock (token + lockDuration); the api keeps the token in
 * Postgres so any api process can renew or complete it.
 */
export class ReviewQueueClient {
  private readonly worker: Worker<JobData<'review-claim'>>;
  readonly queue: Queue;

  constructor(connection: ConnectionOptions, prefix: string, leaseMs: number) {
    this.worker = new Worker(QueueName.ClaimReview, null, {
      connection,
      prefix,
      lockDuration: leaseMs,
      autorun: false,
      // Lease expiry is handled from Postgres (the worker's lease sweeper), not by BullMQ's stall check.
      skipStalledCheck: true,
      skipLockRenewal: true,
    });
    this.queue = new Queue(QueueName.ClaimReview, { connection, prefix });
  }

  /** The highest-priority waiting job, locked under `token`; undefined when none is waiting. */
  async take(token: string): Promise<ReviewJob | undefined> {
    return (await this.worker.getNextJob(token, { block: false })) ?? undefined;
  }

  async extend(jobId: string, token: string, ms: number): Promise<boolean> {
    const job = await Job.fromId<JobData<'review-claim'>>(this.queue, jobId);
    if (!job) return false;
    return (await job.extendLock(token, ms)) === 1;
  }

  /** Ends the job (removed on completion). Best effort: a stale job is dropped later when fetched. */
  async complete(job: ReviewJob | string, token: string): Promise<void> {
    const j = typeof job === 'string' ? await Job.fromId<JobData<'review-claim'>>(this.queue, job) : job;
    if (j) await j.moveToCompleted('done', token, false);
  }

  /** Puts a taken job back, unchanged, for someone else. */
  async giveBack(job: ReviewJob, token: string): Promise<void> {
    await job.moveToWait(token);
  }

  /** Drops a waiting job (a claim re-queued with a new priority). Best effort: a locked or gone job stays for the stale check. */
  async remove(jobId: string): Promise<void> {
    await this.queue.remove(jobId);
  }

  async waitingCount(): Promise<number> {
    // Prioritized jobs are counted apart from plain waiting ones since BullMQ 5.
    const c = await this.queue.getJobCounts('waiting', 'prioritized');
    return (c['waiting'] ?? 0) + (c['prioritized'] ?? 0);
  }

  async close(): Promise<void> {
    await Promise.all([this.worker.close(), this.queue.close()]);
  }
}
