import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795831883520 implements MigrationInterface {
  name = 'Init1795831883520';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"article_status\" AS ENUM('PENDING', 'EXTRACTING', 'EXTRACTED', 'FAILED')");
    await queryRunner.query("CREATE TABLE \"articles\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"title\" text NOT NULL, \"body\" text NOT NULL, \"url\" text, \"body_sha256\" character(64) NOT NULL, \"source\" text, \"published_at\" TIMESTAMP WITH TIME ZONE, \"status\" \"public\".\"article_status\" NOT NULL DEFAULT 'PENDING', \"error\" text, \"model_version\" character varying(100), \"submitted_by\" uuid, \"extracted_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0a6e2c450d83e0b6052c2793334\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"articles_url_key\" ON \"articles\"  (\"url\") WHERE url IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"articles_body_sha256_key\" ON \"articles\"  (\"body_sha256\") ");
    await queryRunner.query("CREATE INDEX \"articles_status_idx\" ON \"articles\"  (\"status\") ");
    await queryRunner.query("CREATE INDEX \"articles_created_at_idx\" ON \"articles\"  (\"created_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"claim_status\" AS ENUM('EXTRACTED', 'QUEUED', 'IN_REVIEW', 'REVIEWED', 'DISPUTED', 'PUBLISHED', 'DISMISSED')");
    await queryRunner.query("CREATE TABLE \"claims\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"article_id\" uuid NOT NULL, \"text\" text NOT NULL, \"quote\" text NOT NULL, \"span_start\" integer NOT NULL, \"span_end\" integer NOT NULL, \"claimant\" text, \"claimant_role\" text, \"claim_type\" character varying(40) NOT NULL, \"checkworthiness\" double precision NOT NULL, \"status\" \"public\".\"claim_status\" NOT NULL, \"required_reviews\" integer NOT NULL, \"queue_seq\" integer NOT NULL DEFAULT '0', \"model_version\" character varying(100) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_96c91970c0dcb2f69fdccd0a698\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"claims_created_at_id_idx\" ON \"claims\"  (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"claims_status_score_idx\" ON \"claims\"  (\"status\", \"checkworthiness\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"claims_article_span_key\" ON \"claims\"  (\"article_id\", \"span_start\", \"span_end\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"user_role\" AS ENUM('ADMIN', 'EDITOR', 'REVIEWER')");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" character varying(320) NOT NULL, \"name\" character varying(200) NOT NULL, \"password_hash\" character varying(100) NOT NULL, \"role\" \"public\".\"user_role\" NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"users_email_key\" ON \"users\"  (\"email\") ");
    await queryRunner.query("CREATE TABLE \"claim_events\" (\"id\" BIGSERIAL NOT NULL, \"claim_id\" uuid NOT NULL, \"type\" character varying(40) NOT NULL, \"from_status\" character varying(20), \"to_status\" character varying(20) NOT NULL, \"actor_id\" uuid, \"data\" jsonb, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_80155c96869c58af00970213e98\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"claim_events_claim_idx\" ON \"claim_events\"  (\"claim_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"outbox\" (\"id\" BIGSERIAL NOT NULL, \"queue\" character varying(100) NOT NULL, \"job_name\" character varying(100) NOT NULL, \"job_id\" character varying(200) NOT NULL, \"data\" jsonb NOT NULL, \"priority\" integer, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_340ab539f309f03bdaa14aa7649\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"assignment_status\" AS ENUM('ACTIVE', 'SUBMITTED', 'SKIPPED', 'EXPIRED')");
    await queryRunner.query("CREATE TABLE \"review_assignments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"claim_id\" uuid NOT NULL, \"reviewer_id\" uuid NOT NULL, \"status\" \"public\".\"assignment_status\" NOT NULL, \"job_id\" character varying(200) NOT NULL, \"lock_token\" character varying(100) NOT NULL, \"taken_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ended_at\" TIMESTAMP WITH TIME ZONE, \"skip_reason\" text, CONSTRAINT \"PK_57627790f79af37bc6a5e982176\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"review_assignments_expiry_idx\" ON \"review_assignments\"  (\"expires_at\") WHERE status = 'ACTIVE'");
    await queryRunner.query("CREATE INDEX \"review_assignments_reviewer_idx\" ON \"review_assignments\"  (\"reviewer_id\", \"taken_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"review_assignments_one_active_key\" ON \"review_assignments\"  (\"claim_id\") WHERE status = 'ACTIVE'");
    await queryRunner.query("CREATE TYPE \"public\".\"rating\" AS ENUM('TRUE', 'MOSTLY_TRUE', 'HALF_TRUE', 'MOSTLY_FALSE', 'FALSE', 'MISLEADING', 'UNVERIFIABLE')");
    await queryRunner.query("CREATE TABLE \"verdicts\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"claim_id\" uuid NOT NULL, \"assignment_id\" uuid NOT NULL, \"reviewer_id\" uuid NOT NULL, \"rating\" \"public\".\"rating\" NOT NULL, \"rationale\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_2c4a14769fb5ae0dac9cafbb941\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"verdicts_assignment_key\" ON \"verdicts\"  (\"assignment_id\") ");
    await queryRunner.query("CREATE INDEX \"verdicts_claim_idx\" ON \"verdicts\"  (\"claim_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"sources\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"verdict_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"url\" text NOT NULL, \"title\" text, \"publisher\" text, \"excerpt\" text, CONSTRAINT \"PK_85523beafe5a2a6b90b02096443\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"sources_verdict_idx\" ON \"sources\"  (\"verdict_id\", \"position\") ");
    await queryRunner.query("ALTER TABLE \"claims\" ADD CONSTRAINT \"FK_ff3bdbf055a3814b14ac5bfc6b8\" FOREIGN KEY (\"article_id\") REFERENCES \"articles\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"claim_events\" ADD CONSTRAINT \"FK_fc4b5cdff8954c3719def21fc0d\" FOREIGN KEY (\"claim_id\") REFERENCES \"claims\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"claim_events\" ADD CONSTRAINT \"FK_e76c01d8a5a9f9bde5cec7b1183\" FOREIGN KEY (\"actor_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"review_assignments\" ADD CONSTRAINT \"FK_7fe2ae98512be3bb84310688657\" FOREIGN KEY (\"claim_id\") REFERENCES \"claims\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"review_assignments\" ADD CONSTRAINT \"FK_ba32727b847200cf824fcb68dc1\" FOREIGN KEY (\"reviewer_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"verdicts\" ADD CONSTRAINT \"FK_3a5f2aa3bd8837ca015d80066c9\" FOREIGN KEY (\"claim_id\") REFERENCES \"claims\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"verdicts\" ADD CONSTRAINT \"FK_829404c97f371583299b9bf191d\" FOREIGN KEY (\"assignment_id\") REFERENCES \"review_assignments\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"verdicts\" ADD CONSTRAINT \"FK_e717a32573b47b3b9258fb2506a\" FOREIGN KEY (\"reviewer_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sources\" ADD CONSTRAINT \"FK_109cc8c35a0441939ecc2620d1d\" FOREIGN KEY (\"verdict_id\") REFERENCES \"verdicts\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sources\" DROP CONSTRAINT \"FK_109cc8c35a0441939ecc2620d1d\"");
    await queryRunner.query("ALTER TABLE \"verdicts\" DROP CONSTRAINT \"FK_e717a32573b47b3b9258fb2506a\"");
    await queryRunner.query("ALTER TABLE \"verdicts\" DROP CONSTRAINT \"FK_829404c97f371583299b9bf191d\"");
    await queryRunner.query("ALTER TABLE \"verdicts\" DROP CONSTRAINT \"FK_3a5f2aa3bd8837ca015d80066c9\"");
    await queryRunner.query("ALTER TABLE \"review_assignments\" DROP CONSTRAINT \"FK_ba32727b847200cf824fcb68dc1\"");
    await queryRunner.query("ALTER TABLE \"review_assignments\" DROP CONSTRAINT \"FK_7fe2ae98512be3bb84310688657\"");
    await queryRunner.query("ALTER TABLE \"claim_events\" DROP CONSTRAINT \"FK_e76c01d8a5a9f9bde5cec7b1183\"");
    await queryRunner.query("ALTER TABLE \"claim_events\" DROP CONSTRAINT \"FK_fc4b5cdff8954c3719def21fc0d\"");
    await queryRunner.query("ALTER TABLE \"claims\" DROP CONSTRAINT \"FK_ff3bdbf055a3814b14ac5bfc6b8\"");
    await queryRunner.query("DROP INDEX \"public\".\"sources_verdict_idx\"");
    await queryRunner.query("DROP TABLE \"sources\"");
    await queryRunner.query("DROP INDEX \"public\".\"verdicts_claim_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"verdicts_assignment_key\"");
    await queryRunner.query("DROP TABLE \"verdicts\"");
    await queryRunner.query("DROP TYPE \"public\".\"rating\"");
    await queryRunner.query("DROP INDEX \"public\".\"review_assignments_one_active_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"review_assignments_reviewer_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"review_assignments_expiry_idx\"");
    await queryRunner.query("DROP TABLE \"review_assignments\"");
    await queryRunner.query("DROP TYPE \"public\".\"assignment_status\"");
    await queryRunner.query("DROP TABLE \"outbox\"");
    await queryRunner.query("DROP INDEX \"public\".\"claim_events_claim_idx\"");
    await queryRunner.query("DROP TABLE \"claim_events\"");
    await queryRunner.query("DROP INDEX \"public\".\"users_email_key\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("DROP TYPE \"public\".\"user_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"claims_article_span_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"claims_status_score_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"claims_created_at_id_idx\"");
    await queryRunner.query("DROP TABLE \"claims\"");
    await queryRunner.query("DROP TYPE \"public\".\"claim_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"articles_created_at_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"articles_status_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"articles_body_sha256_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"articles_url_key\"");
    await queryRunner.query("DROP TABLE \"articles\"");
    await queryRunner.query("DROP TYPE \"public\".\"article_status\"");
  }
}
