import type { Queue } from 'bullmq';

/** Jobs per queue and state, for the metrics; "waiting" includes prioritized jobs (counted apart since BullMQ 5). */
export async function readQueueDepths(queues: readonly Queue[]): Promise<{ queue: string; state: string; count: number }[]> {
  const rows = await Promise.all(
    queues.map(async (q) => {
      const c = await q.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
      return [
        { queue: q.name, state: 'waiting', count: (c['waiting'] ?? 0) + (c['prioritized'] ?? 0) },
        { queue: q.name, state: 'active', count: c['active'] ?? 0 },
        { queue: q.name, state: 'delayed', count: c['delayed'] ?? 0 },
        { queue: q.name, state: 'failed', count: c['failed'] ?? 0 },
      ];
    }),
  );
  return rows.flat();
}
