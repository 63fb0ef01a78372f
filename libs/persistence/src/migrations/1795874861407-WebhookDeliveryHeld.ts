import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WebhookDeliveryHeld1795874861407 implements MigrationInterface {
  name = 'WebhookDeliveryHeld1795874861407';

  // Deliveries kept for a disabled webhook until it is enabled again (WebhookDeliveryStatus.HELD).
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TYPE \"public\".\"webhook_delivery_status\" ADD VALUE 'HELD'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Hand-added: the old type has no HELD (those deliveries were never sent: CANCELLED, as the old code wrote them),
    // and the column's default must be dropped while its type changes.
    await queryRunner.query("UPDATE \"webhook_deliveries\" SET \"status\" = 'CANCELLED' WHERE \"status\" = 'HELD'");
    await queryRunner.query("ALTER TABLE \"webhook_deliveries\" ALTER COLUMN \"status\" DROP DEFAULT");
    await queryRunner.query("CREATE TYPE \"public\".\"webhook_delivery_status_old\" AS ENUM('PENDING', 'RETRYING', 'SUCCEEDED', 'FAILED', 'CANCELLED')");
    await queryRunner.query("ALTER TABLE \"webhook_deliveries\" ALTER COLUMN \"status\" TYPE \"public\".\"webhook_delivery_status_old\" USING \"status\"::\"text\"::\"public\".\"webhook_delivery_status_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"webhook_delivery_status\"");
    await queryRunner.query("ALTER TYPE \"public\".\"webhook_delivery_status_old\" RENAME TO \"webhook_delivery_status\"");
    await queryRunner.query("ALTER TABLE \"webhook_deliveries\" ALTER COLUMN \"status\" SET DEFAULT 'PENDING'");
  }
}
