import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClaimStatus } from '@app/domain';
import { ClaimEntity } from './claim.entity';
import { UserEntity } from './user.entity';

@Entity('claim_events')
@Index('claim_events_claim_idx', ['claimId', 'id'])
export class ClaimEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => ClaimEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  @Column({ type: 'varchar', length: 40 })
  type!: string;

  // varchar, not the claim_status enum: TypeORM would create that type twice.
  @Column({ name: 'from_status', type: 'varchar', length: 20, nullable: true })
  fromStatus!: ClaimStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 20 })
  toStatus!: ClaimStatus;

  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  data!: Record<string, unknown> | null;

  // The clock when the row is written, not now() (the transaction's start): a transaction that waited for
  // the claim's lock would otherwise date its event before the ones written meanwhile, and the history
  // (in id order) would go back in time.
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at!: Date;
}
