import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { WebhookDeliveryStatus } from '@app/domain';
import { sendWebhook, signWebhook, SsrfGuard, SsrfRefusedError, type WebhookResponse } from '@app/integrations';
import { WebhookDeliveryEntity, WebhookEntity, WebhookEventEntity, WebhookOutboxRepository } from '@app/persistence';

const DONE = new Set([WebhookDeliveryStatus.SUCCEEDED, WebhookDeliveryStatus.FAILED, WebhookDeliveryStatus.CANCELLED]);

/**
 * Sends one delivery and writes the outcome to its log row. A failure throws,
 * so BullMQ retries it with exponential backoff; the last failure marks the
 * row FAILED and counts against the webhook, which is disabled after
 * WEBHOOK_DISABLE_AFTER failed deliveries in a row.
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger(WebhookDeliveryService.name);
  private readonly guard: SsrfGuard;

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WebhookOutboxRepository) private readonly webhooks: WebhookOutboxRepository,
  ) {
    this.guard = new SsrfGuard(config.webhooks.allowedHosts);
  }

  /** `lastAttempt`: BullMQ will not retry after this one, whatever happens. */
  async deliver(deliveryId: string, lastAttempt: boolean): Promise<void> {
    const delivery = await this.ds.getRepository(WebhookDeliveryEntity).findOneBy({ id: deliveryId });
    // Already settled (a job added twice, or run again after a crash): never send twice.
    if (!delivery || DONE.has(delivery.status)) return;
    const [webhook, event] = await Promise.all([
      this.ds.getRepository(WebhookEntity).findOneBy({ id: delivery.webhookId }),
      this.ds.getRepository(WebhookEventEntity).findOneBy({ id: delivery.eventId }),
    ]);
    if (!webhook || !event) return;
    // Kept for the webhook: enabling it again sends this delivery with the rest held meanwhile.
    const off = !webhook.enabled || (await this.webhooks.disableIfCreatorKeyEnded(this.ds.manager, webhook));
    if (off && (await this.hold(delivery.id, webhook.id))) return;

    // The body is the same for every attempt; the timestamp and signature are per attempt.
    const body = JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt.toISOString(), data: event.data });
    const timestamp = Math.floor(Date.now() / 1000);
    let res: WebhookResponse;
    let permanent = false;
    try {
      res = await sendWebhook(this.guard, {
        url: webhook.url,
        body,
        timeoutMs: this.config.webhooks.timeoutMs,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Claimcheck-Webhooks/1',
          'x-claimcheck-event': event.type,
          'x-claimcheck-event-id': event.id,
          'x-claimcheck-delivery': delivery.id,
          'x-claimcheck-timestamp': String(timestamp),
          'x-claimcheck-signature': signWebhook(webhook.secret, timestamp, body),
        },
      });
    } catch (err) {
      // The target now resolves inside the network: retrying will not help.
      permanent = err instanceof SsrfRefusedError;
      res = { ok: false, statusCode: null, error: (err as Error).message };
    }

    const attempts = delivery.attempts + 1;
    if (res.ok) {
      await this.ds.transaction(async (em) => {
        await em.update(WebhookDeliveryEntity, { id: delivery.id }, { status: WebhookDeliveryStatus.SUCCEEDED, attempts, responseCode: res.statusCode, lastError: null, deliveredAt: new Date() });
        await em.update(WebhookEntity, { id: webhook.id }, { consecutiveFailures: 0 });
      });
      return;
    }
    const final = lastAttempt || permanent;
    if (!final) {
      await this.record(delivery.id, { status: WebhookDeliveryStatus.RETRYING, attempts, responseCode: res.statusCode, lastError: res.error });
      throw new Error(res.error ?? 'delivery failed');
    }
    await this.failFinally(delivery.id, webhook.id, { attempts, responseCode: res.statusCode, lastError: res.error });
    throw new UnrecoverableError(res.error ?? 'delivery failed');
  }

  /**
   * HELD, if the webhook is still disabled. Its row is read under a key-share
   * lock, which waits for an enableWebhook in progress: either this delivery
   * is held before that releases the held ones, or it sees the webhook
   * enabled (false) and is sent now. Never left held on an enabled webhook.
   */
  private async hold(deliveryId: string, webhookId: string): Promise<boolean> {
    const [, held] = await this.ds.query<[unknown, number]>(
      `UPDATE webhook_deliveries SET status = $3, last_error = $4, updated_at = now()
        WHERE id = $1 AND EXISTS (SELECT 1 FROM webhooks w WHERE w.id = $2 AND NOT w.enabled FOR KEY SHARE)`,
      [deliveryId, webhookId, WebhookDeliveryStatus.HELD, 'the webhook is disabled; held until it is enabled again'],
    );
    return held > 0;
  }

  private async record(id: string, values: Partial<WebhookDeliveryEntity>): Promise<void> {
    await this.ds.getRepository(WebhookDeliveryEntity).update({ id }, values as never);
  }

  private async failFinally(deliveryId: string, webhookId: string, values: Partial<WebhookDeliveryEntity>): Promise<void> {
    await this.ds.transaction(async (em) => {
      await em.update(WebhookDeliveryEntity, { id: deliveryId }, { ...values, status: WebhookDeliveryStatus.FAILED } as never);
      await em.increment(WebhookEntity, { id: webhookId }, 'consecutiveFailures', 1);
      const failures = (await em.findOne(WebhookEntity, { where: { id: webhookId }, select: { consecutiveFailures: true } }))?.consecutiveFailures ?? 0;
      if (failures >= this.config.webhooks.disableAfter) {
        const reason = `${failures} deliveries in a row failed after every retry; last: ${String(values.lastError ?? 'unknown error')}`;
        await em.update(WebhookEntity, { id: webhookId, enabled: true }, { enabled: false, disabledAt: new Date(), disabledReason: reason.slice(0, 1000) });
        this.logger.warn(`Webhook ${webhookId} disabled after ${failures} failed deliveries in a row`);
      }
    });
  }
}
