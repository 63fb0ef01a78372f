import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Rating } from '@app/domain';
import { ClaimEntity } from './claim.entity';
import { FinalVerdictEntity } from './final-verdict.entity';
import { UserEntity } from './user.entity';

/**
 * Every publication of a claim's verdict, numbered per claim: publishing again
 * after a reopen makes version 2, and the earlier ones stay, withdrawn.
 */
@Entity('published_verdicts')
@Index('published_verdicts_claim_version_key', ['claimId', 'version'], { unique: true })
// At most one live publication per claim.
@Index('published_verdicts_one_live_key', ['claimId'], { unique: true, where: 'withdrawn_at IS NULL' })
@Index('published_verdicts_published_at_idx', ['publishedAt'])
// The withdrawals feed: newest withdrawal first, paged by (withdrawn_at, id).
@Index('published_verdicts_withdrawn_at_id_idx', ['withdrawnAt', 'id'], { where: 'withdrawn_at IS NOT NULL' })
export class PublishedVerdictEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => ClaimEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  @Column({ type: 'integer' })
  version!: number;

  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => FinalVerdictEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'final_verdict_id' })
  finalVerdict?: FinalVerdictEntity;

  @Column({ name: 'final_verdict_id', type: 'uuid' })
  finalVerdictId!: string;

  // Copied from the final verdict, so what was published stays as published.
  @Column({ type: 'enum', enum: Rating, enumName: 'rating' })
  rating!: Rating;

  @Column({ type: 'text' })
  rationale!: string;

  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'published_by' })
  publisher?: UserEntity;

  @Column({ name: 'published_by', type: 'uuid' })
  publishedBy!: string;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt!: Date;

  // The public URL given at publication (from CLAIMREVIEW_URL_TEMPLATE then): partners key their copies by it, so
  // a later template change must not rename it. Null on rows published before it was kept: those use the template.
  @Column({ type: 'text', nullable: true })
  url!: string | null;

  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'withdrawn_by' })
  withdrawer?: UserEntity | null;

  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true })
  withdrawnBy!: string | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}
