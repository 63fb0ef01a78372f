import { badInput, isUuid } from '@app/domain';

/** A position in the claims list, newest first: the last claim's created_at (as Postgres reads it back) and id. */
export interface Cursor {
  t: string;
  id: string;
}

/**
 * `t` is the exact timestamp, microseconds included, as the page query reads
 * it (`CURSOR_TIME` there): a JS Date keeps milliseconds only, and claims
 * stored by one statement share their created_at, so a cursor rounded to the
 * millisecond sorted before all of them and the next page skipped the rest.
 */
export const encodeCursor = (c: Cursor): string => Buffer.from(JSON.stringify({ t: c.t, id: c.id } satisfies Cursor)).toString('base64url');

export function decodeCursor(s: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (typeof c.t === 'string' && typeof c.id === 'string' && isUuid(c.id) && !Number.isNaN(Date.parse(c.t))) return { t: c.t, id: c.id };
  } catch {
    // fall through to the error below
  }
  throw badInput('after is not a cursor this API gave out');
}
