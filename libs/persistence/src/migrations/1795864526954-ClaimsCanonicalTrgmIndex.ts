import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A trigram index holding only the claims matching can return: canonical
 * (not linked to another) and not dismissed, the predicate of every matching
 * query (ClaimMatchRepository). A GiST trigram search reads most of its index
 * whatever the text (bench W1: the whole 3.1 MB index, ~390 pages, per
 * sentence at 4.8k claims), so its cost follows the index's size; linked
 * appearances, half of the bench's claims from the second article on, no
 * longer count. EXPLAIN ANALYZE of one article's 45 searches at 2.4k claims:
 * 162 → 95 ms; the same rows as a sequential scan (155 of 155 texts).
 * The index on every claim, which nothing reads any more, is dropped by
 * DropAllClaimsTrgmIndex.
 * Written by hand: the index is synchronize: false on ClaimEntity (an
 * opclass index the generator cannot express). Built without CONCURRENTLY
 * (migrations run in a transaction): it blocks writes to claims while it builds.
 */
export class ClaimsCanonicalTrgmIndex1795864526954 implements MigrationInterface {
  name = 'ClaimsCanonicalTrgmIndex1795864526954';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "claims_canonical_text_trgm_idx" ON "claims" USING gist ("normalized_text" gist_trgm_ops) WHERE canonical_id IS NULL AND status <> 'DISMISSED'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."claims_canonical_text_trgm_idx"');
  }
}
