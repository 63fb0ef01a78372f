import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1795834972211 implements MigrationInterface {
  name = 'Webhooks1795834972211';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"webhook_events\" (\"id\" uuid NOT NULL, \"type\" character varying(40) NOT NULL, \"data\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4cba37e6a0acb5e1fc49c34ebfd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"webhooks\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"url\" text NOT NULL, \"events\" text array NOT NULL, \"secret\" character varying(100) NOT NULL, \"enabled\" boolean NOT NULL DEFAULT true, \"consecutive_failures\" integer NOT NULL DEFAULT '0', \"disabled_at\" TIMESTAMP WITH TIME ZONE, \"disabled_reason\" text, \"created_by\" uuid, \"created_by_key\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_9e8795cfc899ab7bdaa831e8527\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"webhook_delivery_status\" AS ENUM('PENDING', 'RETRYING', 'SUCCEEDED', 'FAILED', 'CANCELLED')");
    await queryRunner.query("CREATE TABLE \"webhook_deliveries\" (\"id\" uuid NOT NULL, \"webhook_id\" uuid NOT NULL, \"event_id\" uuid NOT NULL, \"event_type\" character varying(40) NOT NULL, \"status\" \"public\".\"webhook_delivery_status\" NOT NULL DEFAULT 'PENDING', \"attempts\" integer NOT NULL DEFAULT '0', \"response_code\" integer, \"last_error\" text, \"redelivery_of\" uuid, \"delivered_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_535dd409947fb6d8fc6dfc0112a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"webhook_deliveries_webhook_idx\" ON \"webhook_deliveries\"  (\"webhook_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"webhooks\" ADD CONSTRAINT \"FK_eb68180d7bcb926c84b0cafb447\" FOREIGN KEY (\"created_by\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"webhook_deliveries\" ADD CONSTRAINT \"FK_a0286aeb96db651efd1ae2966f2\" FOREIGN KEY (\"webhook_id\") REFERENCES \"webhooks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"webhook_deliveries\" ADD CONSTRAINT \"FK_27d1ee90033bdafe0ffe8f1be6f\" FOREIGN KEY (\"event_id\") REFERENCES \"webhook_events\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"webhook_deliveries\" DROP CONSTRAINT \"FK_27d1ee90033bdafe0ffe8f1be6f\"");
    await queryRunner.query("ALTER TABLE \"webhook_deliveries\" DROP CONSTRAINT \"FK_a0286aeb96db651efd1ae2966f2\"");
    await queryRunner.query("ALTER TABLE \"webhooks\" DROP CONSTRAINT \"FK_eb68180d7bcb926c84b0cafb447\"");
    await queryRunner.query("DROP INDEX \"public\".\"webhook_deliveries_webhook_idx\"");
    await queryRunner.query("DROP TABLE \"webhook_deliveries\"");
    await queryRunner.query("DROP TYPE \"public\".\"webhook_delivery_status\"");
    await queryRunner.query("DROP TABLE \"webhooks\"");
    await queryRunner.query("DROP TABLE \"webhook_events\"");
  }
}
