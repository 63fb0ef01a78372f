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
    const jobs = outboxRows(items, 1);
    await em.query(`WITH ${jobs.cte} SELECT pg_notify($${jobs.params.length + 1}, '')`, [...jobs.params, OUTBOX_CHANNEL]);
  }

  /**
   * Runs one statement that writes a row and the jobs it causes, and returns
   * the row: `written` is a data-modifying CTE of that name (`written AS (INSERT …
   * RETURNING *)`, parameters from $1). One statement commits whole or not at
   * all, so this is `add` inside a transaction with that insert, in one round
   * trip instead of four (BEGIN, insert, outbox, COMMIT; bench W1's
   * submitArticle).
   */
  async withRow(em: EntityManager, written: string, params: readonly unknown[], items: readonly JobItem[]): Promise<Record<string, unknown>[]> {
    const jobs = outboxRows(items, params.length + 1);
    return em.query<Record<string, unknown>[]>(`WITH ${written}, ${jobs.cte} SELECT written.*, pg_notify($${params.length + jobs.params.length + 1}, '') FROM written`, [
      ...params,
      ...jobs.params,
      OUTBOX_CHANNEL,
    ]);
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

/** The outbox rows for `items`, in the order given, as a data-modifying CTE (`outbox_rows`) with its parameters numbered from `$first`. */
function outboxRows(items: readonly JobItem[], first: number): { cte: string; params: unknown[] } {
  const [q, name, id, data, priority] = [first, first + 1, first + 2, first + 3, first + 4];
  return {
    cte: `outbox_rows AS (
         INSERT INTO outbox (queue, job_name, job_id, data, priority)
         SELECT t.queue, t.job_name, t.job_id, t.data, t.priority
           FROM unnest($${q}::text[], $${name}::text[], $${id}::text[], $${data}::jsonb[], $${priority}::int[]) WITH ORDINALITY AS t(queue, job_name, job_id, data, priority, n)
          ORDER BY t.n
       )`,
    params: [
      items.map((item) => item.queue),
      items.map((item) => item.name),
      items.map((item) => jobIdOf(item)),
      items.map((item) => JSON.stringify(item.data)),
      items.map((item) => ('priority' in item ? item.priority : null)),
    ],
  };
}
