import type { EntityManager } from 'typeorm';

/**
 * The claims among `ids` a person has acted on: an event with an actor (queued by hand, taken, skipped,
 * given back, reviewed, pinned, boosted, required reviews set, …), a comment, or a pin or boost in force.
 * The system may rewrite or retire only a claim outside this set: anything else undoes a person's decision.
 *
 * One statement for the whole batch. Call it with the claims locked (`ClaimRepository.lockMany`), and as a
 * statement of its own after that lock: in READ COMMITTED a statement sees what committed before it
 * started, so an act committed while the caller waited for the lock is seen here, where the locking
 * statement's own subqueries (its snapshot taken before the wait) would miss it.
 */
export async function actedOn(em: EntityManager, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await em.query<{ id: string }[]>(
    `SELECT c.id FROM claims c
      WHERE c.id = ANY($1::uuid[])
        AND (c.pinned OR c.boost <> 0
             OR EXISTS (SELECT 1 FROM claim_events e WHERE e.claim_id = c.id AND e.actor_id IS NOT NULL)
             OR EXISTS (SELECT 1 FROM comments m WHERE m.claim_id = c.id))`,
    [[...new Set(ids)]],
  );
  return new Set(rows.map((r) => r.id));
}
