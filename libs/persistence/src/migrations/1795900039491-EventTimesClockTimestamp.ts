import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Event times from the clock when the row is written (clock_timestamp()), not from the transaction's start
 * (now()): a transaction that waited on a lock dated its events before the ones that happened and committed
 * while it waited. Receivers order webhook events by createdAt, held deliveries are released in event order,
 * and a claim's history and a webhook's delivery log are read in order next to these times.
 * Generated; the generator also dropped and re-created webhook_deliveries_webhook_idx around the default
 * change, which the index does not depend on, so that rebuild (a lock on the delivery log) is left out.
 */
export class EventTimesClockTimestamp1795900039491 implements MigrationInterface {
  name = 'EventTimesClockTimestamp1795900039491';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"claim_events\" ALTER COLUMN \"at\" SET DEFAULT clock_timestamp()");
    await queryRunner.query("ALTER TABLE \"webhook_events\" ALTER COLUMN \"created_at\" SET DEFAULT clock_timestamp()");
    await queryRunner.query("ALTER TABLE \"webhook_deliveries\" ALTER COLUMN \"created_at\" SET DEFAULT clock_timestamp()");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"webhook_deliveries\" ALTER COLUMN \"created_at\" SET DEFAULT now()");
    await queryRunner.query("ALTER TABLE \"webhook_events\" ALTER COLUMN \"created_at\" SET DEFAULT now()");
    await queryRunner.query("ALTER TABLE \"claim_events\" ALTER COLUMN \"at\" SET DEFAULT now()");
  }
}
