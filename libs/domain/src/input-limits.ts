/**
 * The longest values the api takes, in one place: the api's validators and the
 * review UI's verdict form both read them, so the form marks a field the api
 * would refuse before anything is sent.
 */

/** Any URL the api takes (article, webhook, verdict source), in UTF-16 code units as `string.length` counts. */
export const MAX_URL_LENGTH = 2048;

/** Words to search for (claims, articles), in characters as {@link textLength} counts them. */
export const SEARCH_TEXT_LIMIT = 200;

/** A reviewer's verdict and its sources; text limits in characters as {@link textLength} counts them. */
export const VERDICT_LIMITS = {
  rationale: 20_000,
  sources: 50,
  sourceTitle: 500,
  sourcePublisher: 300,
  sourceExcerpt: 5000,
} as const;

/** Why a reviewer gave a claim back (skipClaim's reason), in characters as {@link textLength} counts them. */
export const SKIP_REASON_LIMIT = 1000;

/**
 * A text's length as the api's `@MaxLength` (class-validator, through
 * validator.js `isLength`) counts it: a character outside the BMP counts once,
 * and an emoji/text presentation selector (U+FE0E, U+FE0F) after a character not at all.
 */
export function textLength(s: string): number {
  const pairs = s.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0;
  const selectors = s.match(/[^\uFE0F\uFE0E][\uFE0F\uFE0E]/g)?.length ?? 0;
  return s.length - pairs - selectors;
}
