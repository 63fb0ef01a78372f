/** A keyset page: what was read, and the key to read on from (null after the last page). */
export interface Page<T> {
  value: T;
  last: string | null;
}

/** The smallest uuid: keyset walks over uuid ids start after it. */
export const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Walks keyset pages, reading page N+1 (Postgres, then Redis lookups) while
 * page N is handled: a bulk enqueue then waits on Redis's adds alone, not on
 * the lookups too (W4 in docs/benchmarks.md). Pages are handled one at a
 * time, in order.
 */
export async function readAhead<T>(read: (after: string) => Promise<Page<T>>, handle: (value: T) => Promise<void>): Promise<void> {
  let page: Page<T> | null = await read(FIRST_ID);
  while (page) {
    const next: Promise<Page<T> | null> = page.last === null ? Promise.resolve(null) : read(page.last);
    // If handle() throws, the read in flight must not become an unhandled rejection (it would end the process).
    next.catch(() => undefined);
    await handle(page.value);
    page = await next;
  }
}
