import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WebhookEnabledAt1795881225581 implements MigrationInterface {
  name = 'WebhookEnabledAt1795881225581';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"webhooks\" ADD \"enabled_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()");
    // Existing webhooks: switched on when created, except one still on after its key was revoked (which disabled it): an
    // admin enabled it since, so it stays on. One whose key has expired is held from its next delivery, as intended.
    await queryRunner.query(
      `UPDATE "webhooks" w SET "enabled_at" = CASE WHEN w."enabled" AND k."revoked_at" IS NOT NULL THEN greatest(w."created_at", k."revoked_at") ELSE w."created_at" END
         FROM "api_keys" k WHERE k."id" = w."created_by_key"`,
    );
    await queryRunner.query(`UPDATE "webhooks" SET "enabled_at" = "created_at" WHERE "created_by_key" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"webhooks\" DROP COLUMN \"enabled_at\"");
  }
}
