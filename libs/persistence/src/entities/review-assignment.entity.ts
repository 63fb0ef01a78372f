import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssignmentStatus } from '@app/domain';
import { ClaimEntity } from './claim.entity';
import { UserEntity } from './user.entity';

@Entity('review_assignments')
// At most one live lease per claim, whatever the timing of concurrent takers.
@Index('review_assignments_one_active_key', ['claimId'], { unique: true, where: `status = 'ACTIVE'` })
@Index('review_assignments_reviewer_idx', ['reviewerId', 'takenAt'])
// A reviewer's live lease, looked up on every takeNextClaim (one claim at a time) and by myAssignments:
// the index above would walk every assignment they ever had.
@Index('review_assignments_reviewer_active_idx', ['reviewerId', 'takenAt'], { where: `status = 'ACTIVE'` })
@Index('review_assignments_expiry_idx', ['expiresAt'], { where: `status = 'ACTIVE'` })
@Index('review_assignments_claim_reviewer_idx', ['claimId', 'reviewerId', 'round'])
export class ReviewAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => ClaimEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer?: UserEntity;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId!: string;

  // The claim's review round when the lease was taken.
  @Column({ type: 'integer', default: 1 })
  round!: number;

  @Column({ type: 'enum', enum: AssignmentStatus, enumName: 'assignment_status' })
  status!: AssignmentStatus;

  // The BullMQ job and lock token that hold the lease, so any api process can renew or complete it.
  @Column({ name: 'job_id', type: 'varchar', length: 200 })
  jobId!: string;

  @Column({ name: 'lock_token', type: 'varchar', length: 100 })
  lockToken!: string;

  @Column({ name: 'taken_at', type: 'timestamptz' })
  takenAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'skip_reason', type: 'text', nullable: true })
  skipReason!: string | null;
}
