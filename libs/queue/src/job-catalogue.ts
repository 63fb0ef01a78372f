/** Every queue, by name. Frozen: a queue that is not here does not exist. */
export const QueueName = Object.freeze({
  ExtractClaims: 'extract-claims',
  ClaimReview: 'claim-review',
  WebhookDelivery: 'webhook-delivery',
} as const);
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/**
 * The typed job catalogue: producers accept only a JobItem, and the worker
 * refuses to start unless every job name has exactly one processor.
 * Payloads carry ids, never entities.
 */
export type JobItem =
  | { queue: typeof QueueName.ExtractClaims; name: 'extract-claims'; data: { articleId: string } }
  | { queue: typeof QueueName.ClaimReview; name: 'review-claim'; data: { claimId: string; seq: number }; priority: number }
  | { queue: typeof QueueName.WebhookDelivery; name: 'deliver-webhook'; data: { deliveryId: string } };

export type JobName = JobItem['name'];
export type JobData<N extends JobName> = Extract<JobItem, { name: N }>['data'];

export const JOB_NAMES: readonly JobName[] = ['extract-claims', 'review-claim', 'deliver-webhook'];

/**
 * Deterministic job ids make a duplicate add a no-op. A review job carries the
 * claim's queue sequence, so the job of an earlier queueing is never mistaken
 * for the current one.
 */
export function jobIdOf(item: JobItem): string {
  switch (item.name) {
    case 'extract-claims':
      return item.data.articleId;
    case 'review-claim':
      return `review.${item.data.claimId}.${item.data.seq}`;
    case 'deliver-webhook':
      // A redelivery is a new delivery row, hence a new job.
      return `delivery.${item.data.deliveryId}`;
  }
}
