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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
