import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { WebhookDeliveryStatus, type WebhookEventType } from '@app/domain';
import { QueueName } from '@app/queue';
import { ApiKeyEntity, WebhookDeliveryEntity, type WebhookEntity, WebhookEventEntity } from '../entities';
import { type OutboxRepository } from './outbox.repository';

export interface WebhookEventInput {
  type: WebhookEventType;
  data: Record<string, unknown>;
}

/** A webhook as `emit` needs it. */
export interface Subscriber {
  id: string;
  events: string[];
  enabled: boolean;
}

/** The distinct types of `events`: the parameter `subscribersSql` takes. */
export const eventTypes = (events: readonly WebhookEventInput[]): string[] => [...new Set(events.map((e) => e.type))];

/**
 * The webhooks subscribed to any of the event types in the text[] parameter
 * `param` (id, events, enabled). Key-share: waits for an enableWebhook in
 * progress, so a delivery is never held after that released the held ones.
 */
export const subscribersSql = (param: string): string => `SELECT id, events, enabled FROM webhooks WHERE events && ${param}::text[] FOR KEY SHARE`;

/**
 * Webhook events, written inside the transaction of the change that causes
 * them: the event, one delivery row per subscribed webhook, and one delivery
 * job per row through the outbox. If the transaction commits the deliveries
 * exist, whatever Redis is doing; if it rolls back, nothing was announced.
 * A disabled webhook's deliveries are written HELD, without a job, and sent
 * when it is enabled again (release).
 */
export class WebhookOutboxRepository {
  constructor(private readonly outbox: OutboxRepository) {}

  /**
   * `subscribers`: the webhooks subscribed to the events' types, already read
   * with `subscribersSql` in this transaction (a caller that can fold the
   * lookup into a statement of its own saves the round trip); read here when
   * not given.
   */
  async emit(em: EntityManager, events: readonly WebhookEventInput[], subscribers?: readonly Subscriber[]): Promise<void> {
    if (events.length === 0) return;
    const hooks = subscribers ?? (await em.query<Subscriber[]>(subscribersSql('$1'), [eventTypes(events)]));
    if (hooks.length === 0) return;
    const rows: Partial<WebhookEventEntity>[] = [];
    const deliveries: Partial<WebhookDeliveryEntity>[] = [];
    for (const e of events) {
      const subscribers = hooks.filter((h) => h.events.includes(e.type));
      if (subscribers.length === 0) continue;
      const id = randomUUID();
      rows.push({ id, type: e.type, data: e.data });
      for (const h of subscribers) {
        const status = h.enabled ? WebhookDeliveryStatus.PENDING : WebhookDeliveryStatus.HELD;
        deliveries.push({ id: randomUUID(), webhookId: h.id, eventId: id, eventType: e.type, status });
      }
    }
    if (rows.length === 0) return;
    await em.insert(WebhookEventEntity, rows as never);
    await this.insertDeliveries(em, deliveries);
  }

  /** The webhook's HELD deliveries become PENDING, oldest first, each with its job: run where the webhook is enabled. */
  async release(em: EntityManager, webhookId: string): Promise<void> {
    // TypeORM answers an UPDATE with [rows, count].
    const [rows] = await em.query<[{ id: string; event_at: Date; created_at: Date }[], number]>(
      `UPDATE webhook_deliveries d SET status = $3, updated_at = now() FROM webhook_events e
        WHERE e.id = d.event_id AND d.webhook_id = $1 AND d.status = $2 RETURNING d.id, e.created_at AS event_at, d.created_at`,
      [webhookId, WebhookDeliveryStatus.HELD, WebhookDeliveryStatus.PENDING],
    );
    // In the order the events happened (their createdAt, which receivers compare too; a redelivery's row is
    // younger than its event). Jobs are relayed in the order they are written; deliveries still run side by side.
    rows.sort((a, b) => a.event_at.getTime() - b.event_at.getTime() || a.created_at.getTime() - b.created_at.getTime() || (a.id < b.id ? -1 : 1));
    await this.queueJobs(em, rows.map((r) => r.id));
  }

  /**
   * The webhooks an API key created are disabled when it is revoked: whoever
   * held the key must not keep receiving events through them. Their events are
   * held as for any disabled webhook; an admin may enable or delete them.
   */
  async disableCreatedByKey(em: EntityManager, key: Pick<ApiKeyEntity, 'id' | 'prefix' | 'name'>): Promise<void> {
    await em.query(`UPDATE webhooks SET enabled = false, disabled_at = now(), disabled_reason = $2 WHERE created_by_key = $1 AND enabled`, [key.id, keyEndedReason(key, 'was revoked')]);
  }

  /**
   * Whether a webhook must be held because the API key that created it has
   * ended (expired or revoked) since it was last switched on; if so it is
   * disabled here, saying why. Run before every delivery: expiry is not an
   * event, so this is where a key's end catches up with its webhooks. A
   * webhook switched on after its key ended (an admin enabled it) has been
   * taken over and is sent as any other.
   */
  async disableIfCreatorKeyEnded(em: EntityManager, webhook: Pick<WebhookEntity, 'id' | 'createdByKey' | 'enabledAt'>): Promise<boolean> {
    if (!webhook.createdByKey) return false;
    const key = await em.findOneBy(ApiKeyEntity, { id: webhook.createdByKey });
    const ends = [key?.revokedAt, key?.expiresAt].filter((d): d is Date => d instanceof Date);
    if (!key || ends.length === 0) return false;
    const endedAt = new Date(Math.min(...ends.map((d) => d.getTime())));
    if (endedAt.getTime() > Date.now() || webhook.enabledAt.getTime() >= endedAt.getTime()) return false;
    const how = key.revokedAt?.getTime() === endedAt.getTime() ? 'was revoked' : `expired at ${endedAt.toISOString()}`;
    // Guarded by enabled_at: an enableWebhook committed meanwhile wins. Held whether this or a concurrent delivery switched it off.
    await em.query(`UPDATE webhooks SET enabled = false, disabled_at = now(), disabled_reason = $2 WHERE id = $1 AND enabled AND enabled_at < $3`, [webhook.id, keyEndedReason(key, how), endedAt]);
    return true;
  }

  /** A new delivery of a logged event to the same webhook (a fresh row and job; the log keeps the old one). */
  async redeliver(em: EntityManager, of: WebhookDeliveryEntity): Promise<string> {
    const id = randomUUID();
    await this.insertDeliveries(em, [{ id, webhookId: of.webhookId, eventId: of.eventId, eventType: of.eventType, status: WebhookDeliveryStatus.PENDING, redeliveryOf: of.id }]);
    return id;
  }

  private async insertDeliveries(em: EntityManager, deliveries: Partial<WebhookDeliveryEntity>[]): Promise<void> {
    await em.insert(WebhookDeliveryEntity, deliveries as never);
    await this.queueJobs(
      em,
      deliveries.filter((d) => d.status !== WebhookDeliveryStatus.HELD).map((d) => d.id ?? ''),
    );
  }

  private async queueJobs(em: EntityManager, deliveryIds: readonly string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    await this.outbox.add(
      em,
      deliveryIds.map((deliveryId) => ({ queue: QueueName.WebhookDelivery, name: 'deliver-webhook' as const, data: { deliveryId } })),
    );
  }
}

/** Why a webhook was switched off with the API key that created it. */
function keyEndedReason(key: Pick<ApiKeyEntity, 'prefix' | 'name'>, how: string): string {
  return `the API key that created it (${key.prefix}…, "${key.name}") ${how}`;
}
