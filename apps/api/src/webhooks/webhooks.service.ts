import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { badInput, conflict, isUuid, notFound } from '@app/domain';
import { newWebhookSecret, SsrfGuard, SsrfRefusedError } from '@app/integrations';
import { WebhookDeliveryEntity, WebhookEntity, WebhookOutboxRepository } from '@app/persistence';
import type { Caller } from '../common/principal';
import type { CreateWebhookInput } from './create-webhook.input';

/** The delivery log's largest page (integrations.md, Limits). */
const MAX_DELIVERIES_PAGE = 500;

@Injectable()
export class WebhooksService {
  private readonly guard: SsrfGuard;

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(WebhookOutboxRepository) private readonly outbox: WebhookOutboxRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.guard = new SsrfGuard(config.webhooks.allowedHosts);
  }

  /** Registers a webhook; the returned secret is the only time it is shown. */
  async create(input: CreateWebhookInput, caller: Caller): Promise<{ secret: string; webhook: WebhookEntity }> {
    const url = new URL(input.url);
    // Listed back to every admin and sent with each delivery: a secret does not belong in it; the signature authenticates deliveries.
    if (url.username || url.password) throw badInput('url must not carry a user name or password: verify the X-Claimcheck-Signature header instead');
    try {
      await this.guard.resolve(url);
    } catch (err) {
      if (err instanceof SsrfRefusedError) throw badInput(`url is refused: ${err.message}`);
      throw err;
    }
    const secret = newWebhookSecret();
    const webhook = await this.ds.getRepository(WebhookEntity).save({ url: input.url, events: input.events, secret, enabled: true, consecutiveFailures: 0, createdBy: caller.userId, createdByKey: caller.apiKeyId });
    return { secret, webhook };
  }

  list(): Promise<WebhookEntity[]> {
    return this.ds.getRepository(WebhookEntity).find({ order: { createdAt: 'DESC' } });
  }

  /** Deletes the webhook and its delivery log; jobs still queued find nothing and stop. */
  async delete(id: string): Promise<boolean> {
    await this.get(id);
    await this.ds.getRepository(WebhookEntity).delete({ id });
    return true;
  }

  /** Turns a disabled webhook back on, with a clean failure count, and sends what was held for it meanwhile. */
  async enable(id: string): Promise<WebhookEntity> {
    if (!isUuid(id)) throw notFound('Webhook', id);
    return this.ds.transaction(async (em) => {
      // Locked first: an event emitted meanwhile is then either held before this (and released) or sees the webhook enabled.
      const webhook = await em.findOne(WebhookEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!webhook) throw notFound('Webhook', id);
      const on = { enabled: true, consecutiveFailures: 0, disabledAt: null, disabledReason: null };
      // Switched on now (not when it already was): from here it is whoever enabled it that keeps it, not the key that created it.
      await em.update(WebhookEntity, { id }, webhook.enabled ? on : { ...on, enabledAt: () => 'now()' });
      await this.outbox.release(em, id);
      return Object.assign(webhook, on);
    });
  }

  async deliveries(webhookId: string, first: number): Promise<WebhookDeliveryEntity[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_DELIVERIES_PAGE) throw badInput(`first must be between 1 and ${MAX_DELIVERIES_PAGE}`);
    await this.get(webhookId);
    return this.ds.getRepository(WebhookDeliveryEntity).find({ where: { webhookId }, order: { createdAt: 'DESC', id: 'DESC' }, take: first });
  }

  /** Sends a logged event again, as a new delivery (same event id, so receivers can tell). */
  redeliver(deliveryId: string): Promise<WebhookDeliveryEntity> {
    return this.ds.transaction(async (em) => {
      const of = isUuid(deliveryId) ? await em.findOneBy(WebhookDeliveryEntity, { id: deliveryId }) : null;
      if (!of) throw notFound('Webhook delivery', deliveryId);
      const webhook = await em.findOne(WebhookEntity, { where: { id: of.webhookId }, lock: { mode: 'pessimistic_read' } });
      if (!webhook?.enabled) throw conflict('The webhook is disabled; enable it first (enableWebhook)');
      const id = await this.outbox.redeliver(em, of);
      return em.findOneByOrFail(WebhookDeliveryEntity, { id });
    });
  }

  private async get(id: string): Promise<WebhookEntity> {
    const w = isUuid(id) ? await this.ds.getRepository(WebhookEntity).findOneBy({ id }) : null;
    if (!w) throw notFound('Webhook', id);
    return w;
  }
}
