import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full-text index on claims.normalized_text holds only the claims a search
 * may return (canonical, not dismissed: SEARCHABLE_CLAIM_SQL), like the trigram
 * and hash indexes. Its one reader, the full-text branch of similarClaims,
 * already filters on that predicate, so it can still use it; a linked
 * appearance (about half of bench W1's claims) no longer pays for an entry.
 * It was the dearest part of inserting claims: of a 45-row insert (~11 ms of
 * Postgres CPU), ~6.3 ms were this GIN index (pgbench on a 100k-claim copy).
 * fastupdate stays off (ClaimsFtsNoPendingList). Written by hand: the index is
 * synchronize: false on ClaimEntity (an expression index the generator cannot
 * express). Built without CONCURRENTLY (migrations run in a transaction): it
 * blocks writes to claims while it builds.
 */
export class ClaimsFtsSearchableOnly1795984544471 implements MigrationInterface {
  name = 'ClaimsFtsSearchableOnly1795984544471';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."claims_normalized_text_fts_idx"');
    await queryRunner.query(
      `CREATE INDEX "claims_normalized_text_fts_idx" ON "claims" USING gin (to_tsvector('english', "normalized_text")) WITH (fastupdate = off) WHERE canonical_id IS NULL AND status <> 'DISMISSED'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."claims_normalized_text_fts_idx"');
    await queryRunner.query(`CREATE INDEX "claims_normalized_text_fts_idx" ON "claims" USING gin (to_tsvector('english', "normalized_text")) WITH (fastupdate = off)`);
  }
}
