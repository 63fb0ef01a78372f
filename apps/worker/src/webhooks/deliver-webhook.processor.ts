import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobData } from '@app/queue';
import type { JobProcessor } from '../processor-registry';
import { WebhookDeliveryService } from './webhook-delivery.service';

@Injectable()
export class DeliverWebhookProcessor implements JobProcessor<'deliver-webhook'> {
  readonly jobName = 'deliver-webhook' as const;

  constructor(@Inject(WebhookDeliveryService) private readonly deliveries: WebhookDeliveryService) {}

  async process(job: Job<JobData<'deliver-webhook'>>): Promise<void> {
    // attemptsMade counts the attempts before this one.
    await this.deliveries.deliver(job.data.deliveryId, job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
  }
}
