import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { WebhookEventType } from '@app/domain';
import { UserEntity } from './user.entity';

/** A receiver URL, the events it wants and the secret its deliveries are signed with. */
@Entity('webhooks')
export class WebhookEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text', array: true })
  events!: WebhookEventType[];

  // Kept in clear: the worker signs every delivery with it (a hash would not do).
  @Column({ type: 'varchar', length: 100 })
  secret!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  // Deliveries in a row that failed after their last retry; reset by a success.
  @Column({ name: 'consecutive_failures', type: 'integer', default: 0 })
  consecutiveFailures!: number;

  // When it was last switched on (created or enabled): a webhook switched on after the key that
  // created it ended has been taken over by whoever enabled it, and stays on (see disableIfCreatorKeyEnded).
  @Column({ name: 'enabled_at', type: 'timestamptz', default: () => 'now()' })
  enabledAt!: Date;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason!: string | null;

  // Foreign key only: rows are read through the *Id column.
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_by_key', type: 'uuid', nullable: true })
  createdByKey!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
