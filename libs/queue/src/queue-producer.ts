import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import { jobIdOf, QueueName, type JobItem } from './job-catalogue';

const DEFAULTS: Record<QueueName, JobsOptions> = {
  [QueueName.ExtractClaims]: { attempts: 5, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: true, removeOnFail: 1000 },
  // Review jobs are never "processed": they are taken, held under lock, then completed by the api.
  [QueueName.ClaimReview]: { removeOnComplete: true, removeOnFail: 1000 },
  // Dispute jobs wait until an editor resolves the claim; the api removes them then.
  [QueueName.DisputeReview]: { removeOnComplete: true, removeOnFail: 1000 },
  // Attempts and backoff come from configuration (WEBHOOK_MAX_ATTEMPTS, WEBHOOK_BACKOFF_MS).
  [QueueName.WebhookDelivery]: { attempts: 8, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: true, removeOnFail: 1000 },
};

/** The only way jobs enter BullMQ: typed items with deterministic ids (a duplicate add is a no-op). */
export class QueueProducer {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly connection: ConnectionOptions,
    private readonly prefix: string,
    private readonly options: Partial<Record<QueueName, JobsOptions>> = {},
  ) {}

  queue(name: QueueName): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: this.connection, prefix: this.prefix });
      this.queues.set(name, q);
    }
    return q;
  }

  async addBulk(items: readonly JobItem[]): Promise<void> {
    const byQueue = new Map<QueueName, JobItem[]>();
    for (const item of items) {
      const list = byQueue.get(item.queue);
      if (list) list.push(item);
      else byQueue.set(item.queue, [item]);
    }
    await Promise.all(
      [...byQueue].map(([name, list]) =>
        this.queue(name).addBulk(
          list.map((item) => ({
            name: item.name,
            data: item.data,
            opts: { ...DEFAULTS[name], ...this.options[name], jobId: jobIdOf(item), ...('priority' in item ? { priority: item.priority } : {}) },
          })),
        ),
      ),
    );
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
