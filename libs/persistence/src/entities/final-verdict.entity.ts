import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Rating } from '@app/domain';
import { ClaimEntity } from './claim.entity';
import { UserEntity } from './user.entity';
import { VerdictEntity } from './verdict.entity';

export type FinalVerdictKind = 'CONSENSUS' | 'EDITOR';

/** The claim's decided rating for one round of reviews: the reviewers' consensus, or an editor's resolution of a dispute. */
@Entity('final_verdicts')
@Index('final_verdicts_claim_round_key', ['claimId', 'round'], { unique: true })
export class FinalVerdictEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => ClaimEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  @Column({ type: 'integer' })
  round!: number;

  @Column({ type: 'enum', enum: Rating, enumName: 'rating' })
  rating!: Rating;

  @Column({ type: 'text' })
  rationale!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: FinalVerdictKind;

  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'decided_by' })
  decider?: UserEntity | null;

  // The editor who resolved the dispute; null for a consensus.
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => VerdictEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'verdict_id' })
  verdict?: VerdictEntity | null;

  // The reviewer's verdict this decision takes its rationale from, when it does.
  @Column({ name: 'verdict_id', type: 'uuid', nullable: true })
  verdictId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
