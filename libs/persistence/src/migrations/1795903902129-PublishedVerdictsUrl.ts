import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PublishedVerdictsUrl1795903902129 implements MigrationInterface {
  name = 'PublishedVerdictsUrl1795903902129';

  // No backfill: the URL comes from CLAIMREVIEW_URL_TEMPLATE, which is config, not data. Rows left null
  // fall back to the template (publishedUrl in @app/integrations), as every row did before.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"published_verdicts\" ADD \"url\" text");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"published_verdicts\" DROP COLUMN \"url\"");
  }
}
