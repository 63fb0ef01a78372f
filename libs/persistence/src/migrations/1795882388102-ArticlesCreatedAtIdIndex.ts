import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArticlesCreatedAtIdIndex1795882388102 implements MigrationInterface {
  name = 'ArticlesCreatedAtIdIndex1795882388102';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"articles_created_at_idx\"");
    await queryRunner.query("CREATE INDEX \"articles_created_at_id_idx\" ON \"articles\"  (\"created_at\", \"id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"articles_created_at_id_idx\"");
    await queryRunner.query("CREATE INDEX \"articles_created_at_idx\" ON \"articles\" USING btree (\"created_at\") ");
  }
}
