import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Gives every account created before user_events existed (UserLifecycle) the CREATED event the others have, so
 * `User.events` starts with the account's creation: at its created_at, by an actor not known (null), with
 * `{ email, name, role }` as UsersService writes them. Name and role are the account's when the audit began: the
 * `before` of its first UPDATED event that changed them, else its current ones. Accounts that have a CREATED
 * event are left alone, so running it again adds nothing.
 * Written by hand: a data migration, which the generator (entities against the schema) cannot express.
 */
export class BackfillUserCreatedEvents1795924437701 implements MigrationInterface {
  name = 'BackfillUserCreatedEvents1795924437701';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO "user_events" ("user_id", "actor_id", "type", "data", "at")
      SELECT u."id", NULL, 'CREATED',
        jsonb_build_object(
          'email', u."email",
          'name', COALESCE((SELECT e."data"->'before'->>'name' FROM "user_events" e
            WHERE e."user_id" = u."id" AND e."type" = 'UPDATED' AND e."data"->'before'->'name' IS NOT NULL ORDER BY e."at", e."id" LIMIT 1), u."name"),
          'role', COALESCE((SELECT e."data"->'before'->>'role' FROM "user_events" e
            WHERE e."user_id" = u."id" AND e."type" = 'UPDATED' AND e."data"->'before'->'role' IS NOT NULL ORDER BY e."at", e."id" LIMIT 1), u."role"::text)),
        u."created_at"
      FROM "users" u
      WHERE NOT EXISTS (SELECT 1 FROM "user_events" c WHERE c."user_id" = u."id" AND c."type" = 'CREATED')
      ORDER BY u."created_at", u."id"`);
  }

  // Kept: the rows say what is known of each account's start, and the schema before this one reads them as any other.
  public async down(): Promise<void> {}
}
