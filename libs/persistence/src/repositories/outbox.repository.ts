import type { EntityManager } from 'typeorm';
import { jobIdOf, type JobItem } from '@app/queue';
import { OutboxEntity } from '../entities';

/** Postgres channel the relay listens on, so it wakes as soon as a row commits. */
export const OUTBOX_CHANNEL = 'claimcheck_outbox';

export class OutboxRepository {
  /** Writes jobs to enqueue inside the caller's transaction; NOTIFY fires only on commit. */
  async add(em: EntityManager, items: readonly JobItem[]): Promise<void> {
    if (items.length === 0) return;
    await em.insert(
      OutboxEntity,
      items.map((item) => ({
        queue: item.queue,
        jobName: item.name,
        jobId: jobIdOf(item),
        data: item.data,
        priority: 'priority' in item ? item.priority : null,
      })),
    );
    await em.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
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
