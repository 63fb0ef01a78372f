import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WebhookDeliveriesUnsentIndex1795875774230 implements MigrationInterface {
  name = 'WebhookDeliveriesUnsentIndex1795875774230';

  // Deliveries still to be sent, walked by the reconciler after Redis loses its data.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"webhook_deliveries_unsent_idx\" ON \"webhook_deliveries\"  (\"id\") WHERE \"status\" IN ('PENDING', 'RETRYING')");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"webhook_deliveries_unsent_idx\"");
  }
}
