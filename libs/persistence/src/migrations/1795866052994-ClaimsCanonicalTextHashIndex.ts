import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exact lookup of a normalised text among the claims matching can return
 * (canonical, not dismissed): a new claim whose text a linkable known claim
 * already has is linked without its trigram search (ClaimLinker.candidates;
 * 61 % of bench W1's claims). Hash, not btree: a claim's text has no length
 * limit and a btree entry does (~2.7 kB). Written by hand: a partial index the
 * generator does not express (synchronize: false on ClaimEntity).
 */
export class ClaimsCanonicalTextHashIndex1795866052994 implements MigrationInterface {
  name = 'ClaimsCanonicalTextHashIndex1795866052994';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "claims_canonical_text_hash_idx" ON "claims" USING hash ("normalized_text") WHERE canonical_id IS NULL AND status <> 'DISMISSED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."claims_canonical_text_hash_idx"');
  }
}
