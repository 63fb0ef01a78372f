/** Every queue, by name. Frozen: a queue that is not here does not exist. */
export const QueueName = Object.freeze({
  ExtractClaims: 'extract-claims',
  ClaimReview: 'claim-review',
  // Disputed claims waiting for an editor's resolution; editors read it, nothing processes it.
  DisputeReview: 'dispute-review',
  WebhookDelivery: 'webhook-delivery',
} as const);
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/**
 * The typed job catalogue: producers accept only a JobItem, and the worker
 * refuses to start unless every job name has exactly one processor.
 * Payloads carry ids, never entities.
 */
export type JobItem =
  | { queue: typeof QueueName.ExtractClaims; name: 'extract-claims'; data: { articleId: string; run?: number } }
  | { queue: typeof QueueName.ClaimReview; name: 'review-claim'; data: { claimId: string; seq: number }; priority: number }
  | { queue: typeof QueueName.DisputeReview; name: 'resolve-dispute'; data: { claimId: string; round: number } }
  | { queue: typeof QueueName.WebhookDelivery; name: 'deliver-webhook'; data: { deliveryId: string } };

export type JobName = JobItem['name'];
export type JobData<N extends JobName> = Extract<JobItem, { name: N }>['data'];

export const JOB_NAMES: readonly JobName[] = ['extract-claims', 'review-claim', 'resolve-dispute', 'deliver-webhook'];

/**
 * Deterministic job ids make a duplicate add a no-op. A review job carries the
 * claim's queue sequence, so the job of an earlier queueing is never mistaken
 * for the current one.
 */
export function jobIdOf(item: JobItem): string {
  switch (item.name) {
    case 'extract-claims':
      // A re-extraction an editor asks for is a new run of the same article, with a job of its own.
      return item.data.run && item.data.run > 1 ? `${item.data.articleId}.run${item.data.run}` : item.data.articleId;
    case 'review-claim':
      return `review.${item.data.claimId}.${item.data.seq}`;
    case 'resolve-dispute':
      return `dispute.${item.data.claimId}.${item.data.round}`;
    case 'deliver-webhook':
      // A redelivery is a new delivery row, hence a new job.
      return `delivery.${item.data.deliveryId}`;
  }
}
