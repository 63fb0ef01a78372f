import { Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Rating } from '@app/domain';
import { ClaimEntity } from './claim.entity';
import { ReviewAssignmentEntity } from './review-assignment.entity';
import { UserEntity } from './user.entity';

@Entity('verdicts')
@Index('verdicts_claim_idx', ['claimId', 'createdAt'])
// The backstop for "no reviewer reviews a claim twice": one verdict per reviewer per round of reviews.
@Index('verdicts_claim_reviewer_round_key', ['claimId', 'reviewerId', 'round'], { unique: true })
@Index('verdicts_reviewer_idx', ['reviewerId', 'createdAt'])
export class VerdictEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => ClaimEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  // One verdict per lease: a retried submit cannot create a second one.
  @Index('verdicts_assignment_key', { unique: true })
  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => ReviewAssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: ReviewAssignmentEntity;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId!: string;

  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer?: UserEntity;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId!: string;

  @Column({ type: 'integer', default: 1 })
  round!: number;

  @Column({ type: 'enum', enum: Rating, enumName: 'rating' })
  rating!: Rating;

  @Column({ type: 'text' })
  rationale!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
