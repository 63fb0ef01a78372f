import { Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ClaimStatus } from '@app/domain';
import { ArticleEntity } from './article.entity';

@Entity('claims')
// Extraction is idempotent: one claim per sentence span of an article.
@Index('claims_article_span_key', ['articleId', 'spanStart', 'spanEnd'], { unique: true })
@Index('claims_status_score_idx', ['status', 'checkworthiness'])
@Index('claims_created_at_id_idx', ['createdAt', 'id'])
@Index('claims_canonical_idx', ['canonicalId'], { where: 'canonical_id IS NOT NULL' })
export class ClaimEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Foreign key only: rows are read through the *Id column and DataLoaders.
  @ManyToOne(() => ArticleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  quote!: string;

  @Column({ name: 'span_start', type: 'integer' })
  spanStart!: number;

  @Column({ name: 'span_end', type: 'integer' })
  spanEnd!: number;

  @Column({ type: 'text', nullable: true })
  claimant!: string | null;

  @Column({ name: 'claimant_role', type: 'text', nullable: true })
  claimantRole!: string | null;

  @Column({ name: 'claim_type', type: 'varchar', length: 40 })
  claimType!: string;

  @Column({ type: 'double precision' })
  checkworthiness!: number;

  @Column({ type: 'enum', enum: ClaimStatus, enumName: 'claim_status' })
  status!: ClaimStatus;

  @Column({ name: 'required_reviews', type: 'integer' })
  requiredReviews!: number;

  // Incremented each time the claim enters QUEUED: the review job's id carries
  // it, so a stale job left in Redis is recognised and dropped.
  @Column({ name: 'queue_seq', type: 'integer', default: 0 })
  queueSeq!: number;

  @Column({ name: 'model_version', type: 'varchar', length: 100 })
  modelVersion!: string;

  // Optimistic locking: +1 on every change (ClaimRepository.update); editors send the version they saw.
  @Column({ type: 'integer', default: 1 })
  version!: number;

  // A reopened claim starts a new round of reviews; verdicts and decisions belong to a round.
  @Column({ name: 'review_round', type: 'integer', default: 1 })
  reviewRound!: number;

  // Editor's say in the queue order (see reviewPriority in @app/domain).
  @Column({ type: 'integer', default: 0 })
  boost!: number;

  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  // normaliseClaimText(text): what matching compares. Its indexes are partial,
  // expression or opclass indexes the generator cannot express, created by hand:
  // a trigram index of the claims matching can return, canonical and not
  // dismissed (ClaimsCanonicalTrgmIndex; the one on every claim was dropped,
  // DropAllClaimsTrgmIndex), a hash index of the same claims for exact lookups
  // (ClaimsCanonicalTextHashIndex), and the full-text one, of the same claims
  // (ClaimsFtsSearchableOnly), with fastupdate off (ClaimsFtsNoPendingList):
  // searches must not read a pending list of recent inserts.
  @Index('claims_canonical_text_trgm_idx', { synchronize: false })
  @Index('claims_canonical_text_hash_idx', { synchronize: false })
  @Index('claims_normalized_text_fts_idx', { synchronize: false })
  @Column({ name: 'normalized_text', type: 'text', default: '' })
  normalizedText!: string;

  // Set when this claim is another appearance of a claim already known: it is
  // not reviewed on its own, the canonical claim's verdict stands for it.
  @ManyToOne(() => ClaimEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'canonical_id' })
  canonical?: ClaimEntity | null;

  @Column({ name: 'canonical_id', type: 'uuid', nullable: true })
  canonicalId!: string | null;

  @Column({ name: 'match_similarity', type: 'double precision', nullable: true })
  matchSimilarity!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
