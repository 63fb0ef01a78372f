import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/** What happened to a user account, who did it and when: the audit of the user lifecycle (never a password). */
@Entity('user_events')
@Index('user_events_user_idx', ['userId', 'id'])
export class UserEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  // Foreign key only: rows are read through the *Id column.
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  // Null: the system (the first admin, created at the first start), or not known (BackfillUserCreatedEvents).
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 40 })
  type!: string;

  @Column({ type: 'jsonb', nullable: true })
  data!: Record<string, unknown> | null;

  // clock_timestamp(), as claim_events: the order of the history follows the clock, not the transactions' starts.
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at!: Date;
}
