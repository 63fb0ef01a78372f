// An ISO 8601 date (2025-03-06) or date-time (2025-03-06T09:00:00Z, …T09:00, …T09:00:00.123+02:00).
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The instant an ISO 8601 date or date-time names, or null when the text is not
 * one. Stricter than `new Date(text)`, which takes a number, a six-digit year
 * (which no ClaimReview consumer reads as a date) and a day the month does not
 * have (2025-02-30 becomes 2025-03-02): those are refused, not stored changed.
 */
export function parseIsoDateTime(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
