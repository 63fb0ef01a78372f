import type { Job } from 'bullmq';
import { JOB_NAMES, type JobData, type JobName } from '@app/queue';

export interface JobProcessor<N extends JobName> {
  readonly jobName: N;
  process(job: Job<JobData<N>>): Promise<void>;
  /** Called once when the job has used its last attempt. */
  onFinalFailure?(job: Job<JobData<N>>, err: Error): Promise<void>;
}

// Review and dispute jobs are not processed by the worker: reviewers and editors take them from the api.
export const MANUAL_JOBS: readonly JobName[] = ['review-claim', 'resolve-dispute'];

/** The worker refuses to start when a job name has no processor, or two. */
export function checkRegistry(processors: readonly { jobName: JobName }[]): void {
  for (const name of JOB_NAMES) {
    const n = processors.filter((p) => p.jobName === name).length + (MANUAL_JOBS.includes(name) ? 1 : 0);
    if (n !== 1) throw new Error(`Job "${name}" has ${n} processors; it needs exactly one`);
  }
}
