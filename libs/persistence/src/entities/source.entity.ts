import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VerdictEntity } from './verdict.entity';

@Entity('sources')
@Index('sources_verdict_idx', ['verdictId', 'position'])
export class SourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => VerdictEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verdict_id' })
  verdict?: VerdictEntity;

  @Column({ name: 'verdict_id', type: 'uuid' })
  verdictId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  publisher!: string | null;

  @Column({ type: 'text', nullable: true })
  excerpt!: string | null;
}
