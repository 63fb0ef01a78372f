/**
 * The limits of what the api takes, in one place: the api's validators and the
 * review UI's forms both read them, so a form marks a field the api would
 * refuse before anything is sent.
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
 * A new password's length: at least `minLength` characters (as {@link textLength} counts them), at most `maxBytes`
 * bytes in UTF-8, which is all bcrypt reads: a longer password would be cut short without a word (72 accented
 * letters are 144 bytes, and only the first 36 would count).
 */
export const PASSWORD_LIMITS = { minLength: 10, maxBytes: 72 } as const;

const utf8 = new TextEncoder();
/** A text's size in UTF-8, as bcrypt counts a password. */
export const utf8Length = (s: string): number => utf8.encode(s).length;

/**
 * What is wrong with a new password, worded to follow the field's name ("password must …"), or null when the api
 * takes it. The api's validator and the UI's password fields both ask this.
 */
export function passwordProblem(password: string): string | null {
  const { minLength, maxBytes } = PASSWORD_LIMITS;
  if (textLength(password) < minLength) return `must have at least ${minLength} characters`;
  if (utf8Length(password) > maxBytes) return `must be at most ${maxBytes} bytes long: ${maxBytes} plain letters, digits or signs, fewer with accented letters (2 bytes each) or emoji (4)`;
  return null;
}

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
