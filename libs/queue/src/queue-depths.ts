import type { Queue } from 'bullmq';
import type { QueueName } from './job-catalogue';

/**
 * Jobs per queue and state, for the metrics; "waiting" includes prioritized jobs (counted apart since
 * BullMQ 5). `waiting` replaces that count for the queues it names: the dispute queue's raw jobs
 * include stale ones, and its gauge must count what `disputeQueueDepth` counts.
 */
export async function readQueueDepths(queues: readonly Queue[], waiting: Partial<Record<QueueName, () => Promise<number>>> = {}): Promise<{ queue: string; state: string; count: number }[]> {
  const rows = await Promise.all(
    queues.map(async (q) => {
      const own = waiting[q.name as QueueName];
      const [c, waitingCount] = await Promise.all([q.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed'), own?.()]);
      return [
        { queue: q.name, state: 'waiting', count: waitingCount ?? (c['waiting'] ?? 0) + (c['prioritized'] ?? 0) },
        { queue: q.name, state: 'active', count: c['active'] ?? 0 },
        { queue: q.name, state: 'delayed', count: c['delayed'] ?? 0 },
        { queue: q.name, state: 'failed', count: c['failed'] ?? 0 },
      ];
    }),
  );
  return rows.flat();
}
