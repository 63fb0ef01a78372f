import { Queue } from 'bullmq';
import type { Cluster, Redis } from 'ioredis';
import { QueueName, type JobData } from './job-catalogue';

export interface WaitingDispute {
  jobId: string;
  data: JobData<'resolve-dispute'>;
  since: Date;
}

/**
 * The editors' queue of disputed claims. Nothing processes it: editors read
 * it oldest first, and resolving (or reopening) a claim removes its job.
 */
export class DisputeQueueClient {
  readonly queue: Queue;

  constructor(
    private readonly redis: Redis | Cluster,
    prefix: string,
  ) {
    this.queue = new Queue(QueueName.DisputeReview, { connection: redis, prefix });
  }

  /** Waiting disputes, oldest first. */
  async waiting(start: number, end: number): Promise<WaitingDispute[]> {
    const jobs = await this.queue.getJobs(['waiting', 'prioritized'], start, end, true);
    return jobs
      .filter((j) => j?.id)
      .map((j) => ({ jobId: String(j.id), data: j.data as JobData<'resolve-dispute'>, since: new Date(j.timestamp) }))
      .sort((a, b) => a.since.getTime() - b.since.getTime());
  }

  /**
   * Whether each job is in the queue, in one round trip. Nothing processes these jobs, so one that
   * exists is waiting. (The keys share the prefix's hash tag: one Cluster slot, one pipeline.)
   */
  async present(jobIds: readonly string[]): Promise<boolean[]> {
    if (jobIds.length === 0) return [];
    const pipe = this.redis.pipeline();
    for (const id of jobIds) pipe.exists(this.queue.toKey(id));
    return ((await pipe.exec()) ?? []).map(([err, n]) => {
      if (err) throw err;
      return Number(n) > 0;
    });
  }

  /** Best effort: a job left behind is recognised as stale when read. */
  async remove(jobId: string): Promise<void> {
    await this.queue.remove(jobId);
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
