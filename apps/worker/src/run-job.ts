import type { Job } from 'bullmq';
import { logContext, type Metrics } from '@app/observability';

/** Runs one job with its id on every log line, and records how long it took and how it ended. */
export function runJob<T>(metrics: Metrics, job: Job, work: () => Promise<T>): Promise<T> {
  const end = metrics.jobDuration.startTimer({ queue: job.queueName, name: job.name });
  return logContext.run({ jobId: String(job.id), queue: job.queueName }, async () => {
    try {
      const result = await work();
      end({ outcome: 'completed' });
      return result;
    } catch (err) {
      end({ outcome: 'failed' });
      throw err;
    }
  });
}
