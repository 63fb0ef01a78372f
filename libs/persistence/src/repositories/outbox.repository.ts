import type { EntityManager } from 'typeorm';
import { jobIdOf, type JobItem } from '@app/queue';
import { OutboxEntity } from '../entities';

/** Postgres channel the relay listens on, so it wakes as soon as a row commits. */
export const OUTBOX_CHANNEL = 'claimcheck_outbox';

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

  /** Locks the oldest unsent rows so two relays never send the same batch at once. */
  async lockBatch(em: EntityManager, limit: number): Promise<OutboxEntity[]> {
    return em
      .createQueryBuilder(OutboxEntity, 'o')
      .orderBy('o.id', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async delete(em: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length) await em.delete(OutboxEntity, [...ids]);
  }
}
