import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ArticleStatus } from '@app/domain';

// Finding an article by words of its title, URL or source (the articles query): a trigram index on that
// expression, written by hand (ArticlesSearchTrgmIndex), as the generator cannot express it.
@Index('articles_search_trgm_idx', { synchronize: false })
// Newest first, as the articles query pages them: with id, the whole order, so a page is read off the index.
@Index('articles_created_at_id_idx', ['createdAt', 'id'])
@Entity('articles')
export class ArticleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  // Idempotency keys: the same URL, or the same body, is the same article.
  @Index('articles_url_key', { unique: true, where: 'url IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Index('articles_body_sha256_key', { unique: true })
  @Column({ name: 'body_sha256', type: 'char', length: 64 })
  bodySha256!: string;

  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Index('articles_status_idx')
  @Column({ type: 'enum', enum: ArticleStatus, enumName: 'article_status', default: ArticleStatus.PENDING })
  status!: ArticleStatus;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'model_version', type: 'varchar', length: 100, nullable: true })
  modelVersion!: string | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  // +1 for each re-extraction an editor asks for: the extraction job id carries it.
  @Column({ name: 'extraction_run', type: 'integer', default: 1 })
  extractionRun!: number;

  // Set when an integration submitted the article with an API key (submittedBy is then null).
  @Column({ name: 'submitted_by_key', type: 'uuid', nullable: true })
  submittedByKey!: string | null;

  @Column({ name: 'extracted_at', type: 'timestamptz', nullable: true })
  extractedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
