import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full-text index on claims.normalized_text stops using GIN's pending
 * list (fastupdate). With it on, new claims' entries wait in an unsorted list
 * of up to gin_pending_list_limit (4 MB) that every search reads whole until
 * a vacuum merges it: measured at 100k claims, ~300 pending pages made the
 * full-text branch of similarClaims cost 10–20 ms (p50) instead of ~1 ms
 * (docs/w5-matching-findings.md). Off, an insert updates the index at once: about 0.05 ms
 * more per claim. Written by hand: the index is synchronize: false on
 * ClaimEntity (an expression index the generator cannot express).
 */
export class ClaimsFtsNoPendingList1795856881440 implements MigrationInterface {
  name = 'ClaimsFtsNoPendingList1795856881440';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER INDEX "public"."claims_normalized_text_fts_idx" SET (fastupdate = off)');
    // Turning it off does not empty the list already there; this merges it now rather than at the next vacuum.
    await queryRunner.query(`SELECT gin_clean_pending_list('"public"."claims_normalized_text_fts_idx"'::regclass)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER INDEX "public"."claims_normalized_text_fts_idx" RESET (fastupdate)');
  }
}
