import type { DataSource } from 'typeorm';
import { ClaimStatus } from '@app/domain';
import type { Queue } from 'bullmq';
import { type DisputeQueueClient, jobIdOf, QueueName, readQueueDepths } from '@app/queue';

/**
 * How many disputes an editor finds in the queue: DISPUTED claims whose round's job waits in Redis.
 * The one count behind `disputeQueueDepth` (GraphQL) and the dispute queue's waiting gauge (metrics):
 * counting the jobs counted stale ones too (claims resolved or reopened since), which the list never
 * shows. It is below `disputed` only while a dispute is missing from the queue (its job still in the
 * outbox, or lost with Redis until the reconciler puts it back).
 */
export async function readDisputeQueueDepth(ds: DataSource, queue: DisputeQueueClient): Promise<number> {
  const rows = await ds.query<{ id: string; review_round: number }[]>(`SELECT id, review_round FROM claims WHERE status = $1`, [ClaimStatus.DISPUTED]);
  const present = await queue.present(rows.map((r) => jobIdOf({ queue: 'dispute-review', name: 'resolve-dispute', data: { claimId: r.id, round: r.review_round } })));
  return present.filter(Boolean).length;
}

/** The queue-depth gauge's reading, the same in the api and the worker: raw job counts, but the dispute queue's waiting ones as editors find them. */
export function readMetricQueueDepths(queues: readonly Queue[], ds: DataSource, disputes: DisputeQueueClient): ReturnType<typeof readQueueDepths> {
  return readQueueDepths(queues, { [QueueName.DisputeReview]: () => readDisputeQueueDepth(ds, disputes) });
}
