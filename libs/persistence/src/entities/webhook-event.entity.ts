import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { WebhookEventType } from '@app/domain';

/**
 * One thing that happened, written in the same transaction as the change that
 * caused it (and only when some webhook wants it). Its id is the event id
 * receivers see: every delivery and redelivery of it carries the same one.
 */
@Entity('webhook_events')
export class WebhookEventEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  type!: WebhookEventType;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  // Receivers order events by createdAt (docs/integrations.md), so it is the clock when the event is written,
  // not now() (the transaction's start): an event written after waiting on a lock carried a time before
  // events that happened, and committed, while it waited.
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;
}
