import type { EntityManager } from 'typeorm';
import { jobIdOf, type JobItem } from '@app/queue';

/** Postgres channel the relay listens on, so it wakes as soon as a row commits. */
export const OUTBOX_CHANNEL = 'claimcheck_outbox';

/** An outbox row as `take` returns it (the columns a job is made of). */
export interface OutboxRow {
  id: string;
  queue: string;
  job_name: string;
  data: Record<string, unknown>;
  priority: number | null;
}

export class OutboxRepository {
  /**
   * Writes jobs to enqueue inside the caller's transaction; NOTIFY fires only
   * on commit. One statement, rows in the order given (the relay sends them by
   * id): every webhook event and dispute pays for it, and a round trip costs
   * more than the insert (bench W3).
   */
  async add(em: EntityManager, items: readonly JobItem[]): Promise<void> {
    if (items.length === 0) return;
    await em.query(
      `WITH i AS (
         INSERT INTO outbox (queue, job_name, job_id, data, priority)
         SELECT t.queue, t.job_name, t.job_id, t.data, t.priority
           FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::int[]) WITH ORDINALITY AS t(queue, job_name, job_id, data, priority, n)
          ORDER BY t.n
       )
       SELECT pg_notify($6, '')`,
      [
        items.map((item) => item.queue),
        items.map((item) => item.name),
        items.map((item) => jobIdOf(item)),
        items.map((item) => JSON.stringify(item.data)),
        items.map((item) => ('priority' in item ? item.priority : null)),
        OUTBOX_CHANNEL,
      ],
    );
  }

  /**
   * Takes the oldest unsent rows, in id order: deletes them and returns them in
   * one statement. The delete counts only if the caller's transaction commits,
   * so the caller sends them first and rolls back if that fails (the rows stay
   * for the next try). SKIP LOCKED: two relays never take the same row at
   * once. One round trip instead of a locking SELECT and a DELETE (bench W1:
   * every article passes the relay twice).
   */
  async take(em: EntityManager, limit: number): Promise<OutboxRow[]> {
    return em.query<OutboxRow[]>(
      `WITH taken AS (
         DELETE FROM outbox WHERE id IN (SELECT id FROM outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING id, queue, job_name, data, priority
       )
       SELECT * FROM taken ORDER BY id`,
      [limit],
    );
  }
}
