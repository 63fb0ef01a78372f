import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserLifecycle1795911448817 implements MigrationInterface {
  name = 'UserLifecycle1795911448817';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"user_events\" (\"id\" BIGSERIAL NOT NULL, \"user_id\" uuid NOT NULL, \"actor_id\" uuid, \"type\" character varying(40) NOT NULL, \"data\" jsonb, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT \"PK_22f49067e87f2c8a3fff76543d1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"user_events_user_idx\" ON \"user_events\"  (\"user_id\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"users\" ADD \"deactivated_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"users\" ADD \"token_version\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"user_events\" ADD CONSTRAINT \"FK_ee5fe78baa6daa8bd2fa2392f53\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user_events\" ADD CONSTRAINT \"FK_5a786ae3c93c55c312dc9b75e9c\" FOREIGN KEY (\"actor_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"user_events\" DROP CONSTRAINT \"FK_5a786ae3c93c55c312dc9b75e9c\"");
    await queryRunner.query("ALTER TABLE \"user_events\" DROP CONSTRAINT \"FK_ee5fe78baa6daa8bd2fa2392f53\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP COLUMN \"token_version\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP COLUMN \"deactivated_at\"");
    await queryRunner.query("DROP INDEX \"public\".\"user_events_user_idx\"");
    await queryRunner.query("DROP TABLE \"user_events\"");
  }
}
