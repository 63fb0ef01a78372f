import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Drops the trigram index on every claim. Since ClaimsCanonicalTrgmIndex every
 * matching query (ClaimMatchRepository: similarClaims and ingest matching)
 * filters on `canonical_id IS NULL AND status <> 'DISMISSED'` and reads the
 * partial index; the full one was only written to, on every insert and every
 * update of a claim's text (a GiST trigram insert is the dearest of the claim
 * indexes: docs/w5-matching-findings.md, "Write cost").
 * Written by hand: synchronize: false indexes, which the generator cannot express.
 */
export class DropAllClaimsTrgmIndex1795868400000 implements MigrationInterface {
  name = 'DropAllClaimsTrgmIndex1795868400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."claims_normalized_text_trgm_idx"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "claims_normalized_text_trgm_idx" ON "claims" USING gist ("normalized_text" gist_trgm_ops)');
  }
}
