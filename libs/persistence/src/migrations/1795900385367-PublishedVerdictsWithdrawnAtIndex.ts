import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PublishedVerdictsWithdrawnAtIndex1795900385367 implements MigrationInterface {
  name = 'PublishedVerdictsWithdrawnAtIndex1795900385367';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"published_verdicts_withdrawn_at_id_idx\" ON \"published_verdicts\"  (\"withdrawn_at\", \"id\") WHERE withdrawn_at IS NOT NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"published_verdicts_withdrawn_at_id_idx\"");
  }
}
