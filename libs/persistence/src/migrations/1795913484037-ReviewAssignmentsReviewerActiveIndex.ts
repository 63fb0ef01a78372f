import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewAssignmentsReviewerActiveIndex1795913484037 implements MigrationInterface {
  name = 'ReviewAssignmentsReviewerActiveIndex1795913484037';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"review_assignments_reviewer_active_idx\" ON \"review_assignments\"  (\"reviewer_id\", \"taken_at\") WHERE status = 'ACTIVE'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"review_assignments_reviewer_active_idx\"");
  }
}
