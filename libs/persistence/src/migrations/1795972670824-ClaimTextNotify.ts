import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tells every api and worker process which claims' searchable text changed, so each can keep its in-memory
 * trigram index (ClaimTextIndex) in step with Postgres: a NOTIFY on `claimcheck_claim_texts` with the claim's
 * id and its new text (or that it is gone), sent when the writing transaction commits, in commit order.
 * Triggers rather than calls in the repositories, so no path that writes claims (extraction, re-extraction,
 * linking, dismissal, a bulk load in SQL) can be missed. Only changes to what a search sees fire: a claim that is canonical and not dismissed inserted or
 * deleted, its normalised text, its link or its dismissal changed; the many status moves of review do not.
 * Written by hand: the generator does not express triggers.
 */
export class ClaimTextNotify1795972670824 implements MigrationInterface {
  name = 'ClaimTextNotify1795972670824';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The payload says what to do: '+<id> <text>' index it, '-<id>' forget it, '?<id>' read it (a text too long for a
    // payload, whose limit is 8000 bytes), so that no process has to query for what the writer already knew.
    await queryRunner.query(`CREATE FUNCTION "claims_notify_text"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          PERFORM pg_notify('claimcheck_claim_texts', '-' || OLD.id::text);
        ELSIF NEW.canonical_id IS NOT NULL OR NEW.status = 'DISMISSED' THEN
          PERFORM pg_notify('claimcheck_claim_texts', '-' || NEW.id::text);
        ELSIF octet_length(NEW.normalized_text) <= 7000 THEN
          PERFORM pg_notify('claimcheck_claim_texts', '+' || NEW.id::text || ' ' || NEW.normalized_text);
        ELSE
          PERFORM pg_notify('claimcheck_claim_texts', '?' || NEW.id::text);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "claims_text_inserted" AFTER INSERT ON "claims" FOR EACH ROW
      WHEN (NEW.canonical_id IS NULL AND NEW.status <> 'DISMISSED') EXECUTE FUNCTION "claims_notify_text"()`);
    await queryRunner.query(`CREATE TRIGGER "claims_text_updated" AFTER UPDATE ON "claims" FOR EACH ROW
      WHEN (OLD.normalized_text IS DISTINCT FROM NEW.normalized_text OR OLD.canonical_id IS DISTINCT FROM NEW.canonical_id
            OR (OLD.status = 'DISMISSED') IS DISTINCT FROM (NEW.status = 'DISMISSED')) EXECUTE FUNCTION "claims_notify_text"()`);
    await queryRunner.query(`CREATE TRIGGER "claims_text_deleted" AFTER DELETE ON "claims" FOR EACH ROW
      WHEN (OLD.canonical_id IS NULL AND OLD.status <> 'DISMISSED') EXECUTE FUNCTION "claims_notify_text"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "claims_text_deleted" ON "claims"');
    await queryRunner.query('DROP TRIGGER "claims_text_updated" ON "claims"');
    await queryRunner.query('DROP TRIGGER "claims_text_inserted" ON "claims"');
    await queryRunner.query('DROP FUNCTION "claims_notify_text"()');
  }
}
