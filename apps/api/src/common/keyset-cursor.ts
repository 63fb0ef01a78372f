import { badInput, isUuid } from '@app/domain';

/**
 * A position in a list read newest first by (timestamp, id): the last row's
 * timestamp as Postgres gives it back, microseconds included, and its id. A
 * JS Date keeps milliseconds only, and rows stored by one statement share
 * their timestamp (an extraction's claims), so a cursor rounded to the
 * millisecond sorted before all of them and the next page skipped the rest.
 * Used by the claims and articles lists and the ClaimReview feeds.
 */
export interface KeysetCursor {
  t: string;
  id: string;
}

/**
 * The list a cursor was given out by. The lists' positions look alike, so
 * each cursor carries its list and the others refuse it (another list's position
 * would otherwise page from a meaningless place, silently).
 */
export type CursorList = 'claims' | 'articles' | 'feed' | 'withdrawals';

/** SQL reading a timestamptz column as a cursor's `t`, exact to the microsecond. */
export const exactTime = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export const encodeCursor = (list: CursorList, c: KeysetCursor): string => Buffer.from(JSON.stringify({ l: list, t: c.t, id: c.id })).toString('base64url');

export function decodeCursor(list: CursorList, s: string): KeysetCursor {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Partial<KeysetCursor> & { l?: unknown };
    if (c.l === list && typeof c.t === 'string' && typeof c.id === 'string' && isUuid(c.id) && !Number.isNaN(Date.parse(c.t))) return { t: c.t, id: c.id };
  } catch {
    // fall through to the error below
  }
  throw badInput('after is not a cursor this API gave out');
}
