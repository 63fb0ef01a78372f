import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClaimEntity } from './claim.entity';
import { UserEntity } from './user.entity';

/** A note on a claim by a reviewer or an editor; not part of any verdict. */
@Entity('comments')
@Index('comments_claim_idx', ['claimId', 'createdAt'])
export class CommentEntity {
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
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
