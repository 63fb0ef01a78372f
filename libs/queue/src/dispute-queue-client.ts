import { Queue, type ConnectionOptions } from 'bullmq';
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

  constructor(connection: ConnectionOptions, prefix: string) {
    this.queue = new Queue(QueueName.DisputeReview, { connection, prefix });
  }

  /** Waiting disputes, oldest first. */
  async waiting(start: number, end: number): Promise<WaitingDispute[]> {
    const jobs = await this.queue.getJobs(['waiting', 'prioritized'], start, end, true);
    return jobs
      .filter((j) => j?.id)
      .map((j) => ({ jobId: String(j.id), data: j.data as JobData<'resolve-dispute'>, since: new Date(j.timestamp) }))
      .sort((a, b) => a.since.getTime() - b.since.getTime());
  }

  async count(): Promise<number> {
    const c = await this.queue.getJobCounts('waiting', 'prioritized');
    return (c['waiting'] ?? 0) + (c['prioritized'] ?? 0);
  }

  /** Best effort: a job left behind is recognised as stale when read. */
  async remove(jobId: string): Promise<void> {
    await this.queue.remove(jobId);
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
