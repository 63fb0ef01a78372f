import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewWorkflow1795833284653 implements MigrationInterface {
  name = 'ReviewWorkflow1795833284653';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Hand-written (the generator cannot express extensions or opclass/expression indexes):
    // claim matching needs pg_trgm; its indexes are declared on ClaimEntity with synchronize: false.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query("CREATE TABLE \"claim_suggestions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"claim_id\" uuid NOT NULL, \"suggested_claim_id\" uuid NOT NULL, \"similarity\" double precision NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b159b17c35f384e656b3b7fbb99\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"claim_suggestions_pair_key\" ON \"claim_suggestions\"  (\"claim_id\", \"suggested_claim_id\") ");
    await queryRunner.query("CREATE TABLE \"comments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"claim_id\" uuid NOT NULL, \"author_id\" uuid NOT NULL, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_8bf68bc960f2b69e818bdb90dcb\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"comments_claim_idx\" ON \"comments\"  (\"claim_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"final_verdicts\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"claim_id\" uuid NOT NULL, \"round\" integer NOT NULL, \"rating\" \"public\".\"rating\" NOT NULL, \"rationale\" text NOT NULL, \"kind\" character varying(20) NOT NULL, \"decided_by\" uuid, \"verdict_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_3be5f62ff271ab943ff5c136d12\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"final_verdicts_claim_round_key\" ON \"final_verdicts\"  (\"claim_id\", \"round\") ");
    await queryRunner.query("CREATE TABLE \"published_verdicts\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"claim_id\" uuid NOT NULL, \"version\" integer NOT NULL, \"final_verdict_id\" uuid NOT NULL, \"rating\" \"public\".\"rating\" NOT NULL, \"rationale\" text NOT NULL, \"published_by\" uuid NOT NULL, \"published_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"withdrawn_by\" uuid, \"withdrawn_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_c3c7d7e0b6e210778c15565634c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"published_verdicts_published_at_idx\" ON \"published_verdicts\"  (\"published_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"published_verdicts_one_live_key\" ON \"published_verdicts\"  (\"claim_id\") WHERE withdrawn_at IS NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"published_verdicts_claim_version_key\" ON \"published_verdicts\"  (\"claim_id\", \"version\") ");
    await queryRunner.query("ALTER TABLE \"articles\" ADD \"extraction_run\" integer NOT NULL DEFAULT '1'");
    await queryRunner.query("ALTER TABLE \"claims\" ADD \"version\" integer NOT NULL DEFAULT '1'");
    await queryRunner.query("ALTER TABLE \"claims\" ADD \"review_round\" integer NOT NULL DEFAULT '1'");
    await queryRunner.query("ALTER TABLE \"claims\" ADD \"boost\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"claims\" ADD \"pinned\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"claims\" ADD \"normalized_text\" text NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"claims\" ADD \"canonical_id\" uuid");
    await queryRunner.query("ALTER TABLE \"claims\" ADD \"match_similarity\" double precision");
    await queryRunner.query("ALTER TABLE \"review_assignments\" ADD \"round\" integer NOT NULL DEFAULT '1'");
    await queryRunner.query("ALTER TABLE \"verdicts\" ADD \"round\" integer NOT NULL DEFAULT '1'");
    // Hand-written: rows that predate the column get an approximation of normaliseClaimText (re-extraction refreshes it).
    await queryRunner.query("UPDATE claims SET normalized_text = trim(regexp_replace(lower(text), '[^[:alnum:].]+', ' ', 'g')) WHERE normalized_text = ''");
    // Hand-written: GiST serves both the % filter and <-> nearest-first ordering (GIN cannot order).
    await queryRunner.query('CREATE INDEX "claims_normalized_text_trgm_idx" ON "claims" USING gist ("normalized_text" gist_trgm_ops)');
    await queryRunner.query(`CREATE INDEX "claims_normalized_text_fts_idx" ON "claims" USING gin (to_tsvector('english', "normalized_text"))`);
    await queryRunner.query("CREATE INDEX \"claims_canonical_idx\" ON \"claims\"  (\"canonical_id\") WHERE canonical_id IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"review_assignments_claim_reviewer_idx\" ON \"review_assignments\"  (\"claim_id\", \"reviewer_id\", \"round\") ");
    await queryRunner.query("CREATE INDEX \"verdicts_reviewer_idx\" ON \"verdicts\"  (\"reviewer_id\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"verdicts_claim_reviewer_round_key\" ON \"verdicts\"  (\"claim_id\", \"reviewer_id\", \"round\") ");
    await queryRunner.query("ALTER TABLE \"claims\" ADD CONSTRAINT \"FK_6446b380354a39300c806f1217c\" FOREIGN KEY (\"canonical_id\") REFERENCES \"claims\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"claim_suggestions\" ADD CONSTRAINT \"FK_2f0e3efb9a76f33c9d7493b527c\" FOREIGN KEY (\"claim_id\") REFERENCES \"claims\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"claim_suggestions\" ADD CONSTRAINT \"FK_307ddbb8aab51393443a65dae96\" FOREIGN KEY (\"suggested_claim_id\") REFERENCES \"claims\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"comments\" ADD CONSTRAINT \"FK_25549ce5482606fd2b00c93d2f1\" FOREIGN KEY (\"claim_id\") REFERENCES \"claims\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"comments\" ADD CONSTRAINT \"FK_e6d38899c31997c45d128a8973b\" FOREIGN KEY (\"author_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"final_verdicts\" ADD CONSTRAINT \"FK_10a59dee7f6a6ebfcdafd2561c6\" FOREIGN KEY (\"claim_id\") REFERENCES \"claims\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"final_verdicts\" ADD CONSTRAINT \"FK_92ea5d629da98ed897ae3d8119f\" FOREIGN KEY (\"decided_by\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"final_verdicts\" ADD CONSTRAINT \"FK_e483c20654a3af79ffa43776175\" FOREIGN KEY (\"verdict_id\") REFERENCES \"verdicts\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"published_verdicts\" ADD CONSTRAINT \"FK_8c86527acdef7981b1467e9ac54\" FOREIGN KEY (\"claim_id\") REFERENCES \"claims\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"published_verdicts\" ADD CONSTRAINT \"FK_6d9b38f710c0e6815b9c433e0ba\" FOREIGN KEY (\"final_verdict_id\") REFERENCES \"final_verdicts\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"published_verdicts\" ADD CONSTRAINT \"FK_f4a21c1e030b6e8e37497bad6ce\" FOREIGN KEY (\"published_by\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"published_verdicts\" ADD CONSTRAINT \"FK_d978942ecc52a782ffe7d922458\" FOREIGN KEY (\"withdrawn_by\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"published_verdicts\" DROP CONSTRAINT \"FK_d978942ecc52a782ffe7d922458\"");
    await queryRunner.query("ALTER TABLE \"published_verdicts\" DROP CONSTRAINT \"FK_f4a21c1e030b6e8e37497bad6ce\"");
    await queryRunner.query("ALTER TABLE \"published_verdicts\" DROP CONSTRAINT \"FK_6d9b38f710c0e6815b9c433e0ba\"");
    await queryRunner.query("ALTER TABLE \"published_verdicts\" DROP CONSTRAINT \"FK_8c86527acdef7981b1467e9ac54\"");
    await queryRunner.query("ALTER TABLE \"final_verdicts\" DROP CONSTRAINT \"FK_e483c20654a3af79ffa43776175\"");
    await queryRunner.query("ALTER TABLE \"final_verdicts\" DROP CONSTRAINT \"FK_92ea5d629da98ed897ae3d8119f\"");
    await queryRunner.query("ALTER TABLE \"final_verdicts\" DROP CONSTRAINT \"FK_10a59dee7f6a6ebfcdafd2561c6\"");
    await queryRunner.query("ALTER TABLE \"comments\" DROP CONSTRAINT \"FK_e6d38899c31997c45d128a8973b\"");
    await queryRunner.query("ALTER TABLE \"comments\" DROP CONSTRAINT \"FK_25549ce5482606fd2b00c93d2f1\"");
    await queryRunner.query("ALTER TABLE \"claim_suggestions\" DROP CONSTRAINT \"FK_307ddbb8aab51393443a65dae96\"");
    await queryRunner.query("ALTER TABLE \"claim_suggestions\" DROP CONSTRAINT \"FK_2f0e3efb9a76f33c9d7493b527c\"");
    await queryRunner.query("ALTER TABLE \"claims\" DROP CONSTRAINT \"FK_6446b380354a39300c806f1217c\"");
    await queryRunner.query("DROP INDEX \"public\".\"verdicts_claim_reviewer_round_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"verdicts_reviewer_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"review_assignments_claim_reviewer_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"claims_canonical_idx\"");
    await queryRunner.query('DROP INDEX "public"."claims_normalized_text_fts_idx"');
    await queryRunner.query('DROP INDEX "public"."claims_normalized_text_trgm_idx"');
    await queryRunner.query("ALTER TABLE \"verdicts\" DROP COLUMN \"round\"");
    await queryRunner.query("ALTER TABLE \"review_assignments\" DROP COLUMN \"round\"");
    await queryRunner.query("ALTER TABLE \"claims\" DROP COLUMN \"match_similarity\"");
    await queryRunner.query("ALTER TABLE \"claims\" DROP COLUMN \"canonical_id\"");
    await queryRunner.query("ALTER TABLE \"claims\" DROP COLUMN \"normalized_text\"");
    await queryRunner.query("ALTER TABLE \"claims\" DROP COLUMN \"pinned\"");
    await queryRunner.query("ALTER TABLE \"claims\" DROP COLUMN \"boost\"");
    await queryRunner.query("ALTER TABLE \"claims\" DROP COLUMN \"review_round\"");
    await queryRunner.query("ALTER TABLE \"claims\" DROP COLUMN \"version\"");
    await queryRunner.query("ALTER TABLE \"articles\" DROP COLUMN \"extraction_run\"");
    await queryRunner.query("DROP INDEX \"public\".\"published_verdicts_claim_version_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"published_verdicts_one_live_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"published_verdicts_published_at_idx\"");
    await queryRunner.query("DROP TABLE \"published_verdicts\"");
    await queryRunner.query("DROP INDEX \"public\".\"final_verdicts_claim_round_key\"");
    await queryRunner.query("DROP TABLE \"final_verdicts\"");
    await queryRunner.query("DROP INDEX \"public\".\"comments_claim_idx\"");
    await queryRunner.query("DROP TABLE \"comments\"");
    await queryRunner.query("DROP INDEX \"public\".\"claim_suggestions_pair_key\"");
    await queryRunner.query("DROP TABLE \"claim_suggestions\"");
  }
}
