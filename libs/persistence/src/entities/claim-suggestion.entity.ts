import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClaimEntity } from './claim.entity';

/** A claim already known that is likely the same as this one: shown to the reviewer with its verdict. */
@Entity('claim_suggestions')
@Index('claim_suggestions_pair_key', ['claimId', 'suggestedClaimId'], { unique: true })
export class ClaimSuggestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => ClaimEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => ClaimEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'suggested_claim_id' })
  suggestedClaim?: ClaimEntity;

  @Column({ name: 'suggested_claim_id', type: 'uuid' })
  suggestedClaimId!: string;

  @Column({ type: 'double precision' })
  similarity!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
