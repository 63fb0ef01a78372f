import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { WebhookDeliveryStatus, type WebhookEventType } from '@app/domain';
import { QueueName } from '@app/queue';
import { WebhookDeliveryEntity, WebhookEventEntity } from '../entities';
import { type OutboxRepository } from './outbox.repository';

export interface WebhookEventInput {
  type: WebhookEventType;
  data: Record<string, unknown>;
}

/**
 * Webhook events, written inside the transaction of the change that causes
 * them: the event, one delivery row per subscribed webhook, and one delivery
 * job per row through the outbox. If the transaction commits the deliveries
 * exist, whatever Redis is doing; if it rolls back, nothing was announced.
 */
export class WebhookOutboxRepository {
  constructor(private readonly outbox: OutboxRepository) {}

  async emit(em: EntityManager, events: readonly WebhookEventInput[]): Promise<void> {
    if (events.length === 0) return;
    const types = [...new Set(events.map((e) => e.type))];
    const hooks = await em.query<{ id: string; events: string[] }[]>(`SELECT id, events FROM webhooks WHERE enabled AND events && $1::text[]`, [types]);
    if (hooks.length === 0) return;
    const rows: Partial<WebhookEventEntity>[] = [];
    const deliveries: Partial<WebhookDeliveryEntity>[] = [];
    for (const e of events) {
      const subscribers = hooks.filter((h) => h.events.includes(e.type));
      if (subscribers.length === 0) continue;
      const id = randomUUID();
      rows.push({ id, type: e.type, data: e.data });
      for (const h of subscribers) deliveries.push({ id: randomUUID(), webhookId: h.id, eventId: id, eventType: e.type, status: WebhookDeliveryStatus.PENDING });
    }
    if (rows.length === 0) return;
    await em.insert(WebhookEventEntity, rows as never);
    await this.insertDeliveries(em, deliveries);
  }

  /** A new delivery of a logged event to the same webhook (a fresh row and job; the log keeps the old one). */
  async redeliver(em: EntityManager, of: WebhookDeliveryEntity): Promise<string> {
    const id = randomUUID();
    await this.insertDeliveries(em, [{ id, webhookId: of.webhookId, eventId: of.eventId, eventType: of.eventType, status: WebhookDeliveryStatus.PENDING, redeliveryOf: of.id }]);
    return id;
  }

  private async insertDeliveries(em: EntityManager, deliveries: Partial<WebhookDeliveryEntity>[]): Promise<void> {
    await em.insert(WebhookDeliveryEntity, deliveries as never);
    await this.outbox.add(
      em,
      deliveries.map((d) => ({ queue: QueueName.WebhookDelivery, name: 'deliver-webhook' as const, data: { deliveryId: d.id ?? '' } })),
    );
  }
}
