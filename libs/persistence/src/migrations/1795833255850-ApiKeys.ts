import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeys1795833255850 implements MigrationInterface {
  name = 'ApiKeys1795833255850';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"api_keys\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"prefix\" character varying(20) NOT NULL, \"key_hash\" character(64) NOT NULL, \"scopes\" text array NOT NULL, \"created_by\" uuid, \"expires_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"last_used_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5c8a79801b44bd27b79228e1dad\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"api_keys_key_hash_key\" ON \"api_keys\"  (\"key_hash\") ");
    await queryRunner.query("ALTER TABLE \"articles\" ADD \"submitted_by_key\" uuid");
    await queryRunner.query("ALTER TABLE \"api_keys\" ADD CONSTRAINT \"FK_983d7eb19ca94bb8e343293068e\" FOREIGN KEY (\"created_by\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"api_keys\" DROP CONSTRAINT \"FK_983d7eb19ca94bb8e343293068e\"");
    await queryRunner.query("ALTER TABLE \"articles\" DROP COLUMN \"submitted_by_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"api_keys_key_hash_key\"");
    await queryRunner.query("DROP TABLE \"api_keys\"");
  }
}
