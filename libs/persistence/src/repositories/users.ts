import type { EntityManager } from 'typeorm';
import { Role, type UserEventType } from '@app/domain';
import { UserEntity } from '../entities';
import { hydrate } from '../hydrate';

/** Postgres channel carrying the id of every user whose row changed; each api process drops its cached state of that user. */
export const USER_CHANNEL = 'claimcheck_users';

export interface UserEventInput {
  userId: string;
  actorId: string | null;
  type: UserEventType;
  data?: Record<string, unknown> | null;
}

/**
 * The one way a change to a user is written down: its user_events row and the
 * NOTIFY of the user's id, in the caller's transaction (so the NOTIFY goes out
 * on commit only, to every api process). Call it in the transaction of every
 * write to a users row.
 */
export async function recordUserEvent(em: EntityManager, e: UserEventInput): Promise<void> {
  await em.query(
    `WITH e AS (INSERT INTO user_events (user_id, actor_id, type, data) VALUES ($1, $2, $3, $4))
     SELECT pg_notify($5, $1::text)`,
    [e.userId, e.actorId, e.type, e.data == null ? null : JSON.stringify(e.data), USER_CHANNEL],
  );
}

/**
 * Locks the user's row and every active admin's, in id order (two admins
 * changing each other never wait in a circle), and counts the active admins,
 * so the last-admin rule is checked and kept in one step. FOR NO KEY UPDATE:
 * rows that only reference a user (verdicts, events) are not blocked.
 * Null when there is no such user.
 */
export async function lockUserAndAdmins(em: EntityManager, id: string): Promise<{ user: UserEntity; activeAdmins: number } | null> {
  const rows = await em.query<Record<string, unknown>[]>(
    `SELECT * FROM users WHERE id = $1 OR (role = $2 AND deactivated_at IS NULL) ORDER BY id FOR NO KEY UPDATE`,
    [id, Role.ADMIN],
  );
  const users = hydrate(em.connection, UserEntity, rows);
  const user = users.find((u) => u.id === id);
  if (!user) return null;
  return { user, activeAdmins: users.filter((u) => u.role === Role.ADMIN && u.deactivatedAt === null).length };
}

/**
 * One statement: `UPDATE users SET <assignments> WHERE id = $1`, answering the row as it now is. `assignments` is the
 * caller's fixed SQL (never input); its parameters are $2 onwards.
 */
export async function updateUserReturning(em: EntityManager, id: string, assignments: string, params: unknown[] = []): Promise<UserEntity> {
  // TypeORM answers an UPDATE with [rows, count].
  const [rows] = await em.query<[Record<string, unknown>[], number]>(`UPDATE users SET ${assignments} WHERE id = $1 RETURNING *`, [id, ...params]);
  const user = hydrate(em.connection, UserEntity, rows)[0];
  if (!user) throw new Error(`User ${id} vanished under its lock`);
  return user;
}
