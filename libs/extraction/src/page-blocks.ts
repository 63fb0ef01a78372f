// Blocks of lines that the line-by-line cleaning cannot judge alone: a press release's back matter
// (what follows its end mark, its notes to editors, its "About X" boilerplate and media contacts),
// and bulleted lists, which are link lists on most pages but statements when a sentence introduces
// them ("The survey found that:") or when they are a box of figures ("Key figures").

// "-ENDS-", "ENDS", "- ends -", "###", "-30-", "End of press release": the release's body is over.
const END_MARK = /^(?:[-–—*=\s]*ends\.?[-–—*=\s]*|[-–—*=]+\s*end\s*[-–—*=]+|#{3}|-\s*30\s*-|end of (?:the )?(?:press )?release\.?)$/i;
// Headings of what is written for journalists, not readers: "Notes to editors", "Editor's notes", "Media contact".
const BACK_MATTER_HEADING = /^(?:notes? (?:to|for) editors?|editor(?:s|['’]s|s['’])? notes?|(?:media|press) (?:contacts?|enquiries|inquiries)\b.*)\s*:?$/i;
// "About Shelterwise", "About the Harbour Trust": the boilerplate heading, when the paragraph after it defines that name.
const ABOUT_HEADING = /^[Aa]bout (?:the )?(\p{Lu}[\p{L}\p{N}&'’.-]*)(?:\s+[\p{L}\p{N}&'’.-]+){0,6}\s*:?$/u;

/**
 * Does the line open a press release's back matter? `next` is the first line after it (an "About X"
 * heading counts only when that line speaks of X: "Shelterwise is a national charity …").
 * 'release': an end mark, notes to editors or contacts, everything from which on is no part of the
 * story. 'about': an "About X" box, which ends the story only when no story follows it (see storyFollows).
 */
export function opensBackMatter(text: string, next: string | undefined): 'release' | 'about' | undefined {
  if (text.length > 60) return undefined;
  if (END_MARK.test(text) || BACK_MATTER_HEADING.test(text)) return 'release';
  const about = ABOUT_HEADING.exec(text);
  return about !== null && next !== undefined && new RegExp(`^(?:the )?${escape(about[1])}\\b`, 'iu').test(next) ? 'about' : undefined;
}

// A quotation or a reporting verb: the story's own voice, which a release's boilerplate and contacts
// do not use ("Shelterwise is a national charity …", "Media contact: …").
const STORY_SIGN = /["“”]|\b(?:said|says|told|added|according to)\b/;

/**
 * Does story follow an "About X" box? A news story may set a box on a body it names near its end and
 * go on after it; a release's boilerplate is followed only by more boilerplate and contacts.
 */
export function storyFollows(lines: readonly string[]): boolean {
  return lines.some((t) => STORY_SIGN.test(t));
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// "1. Ten things to do …", "• Latvia signs grid deal": an item of a list.
export const LIST_ITEM = /^(\d{1,2}[.)]|[-•*·▪►])\s/;
const ITEM_FIGURE = /^(?:\d{1,2}[.)]|[-•*·▪►])\s+[^?]*\d[^?]*$/;
const READER = /\byou(?:r)?\b/i;

const OPENS_QUOTE = /^["“«„]/;

/**
 * Does the line introduce a list or a quotation as part of the story ("The survey of 2,104 renters
 * found that:", "The charity is calling on the government to:", "Dr Naomi Asante said:")? A prompt
 * to the reader ("You might also like:") or a label ("Most read:") does not, nor a heading of two
 * or three words before a list.
 */
export function introducesBlock(text: string, words: number, next: string | undefined): boolean {
  if (next === undefined || !text.endsWith(':') || READER.test(text)) return false;
  return (LIST_ITEM.test(next) && words >= 4) || (OPENS_QUOTE.test(next) && words >= 2);
}

/**
 * Are the list's items statements: introduced by a sentence, or most of them figures (a fact box's
 * "• 11,400 licences in Porto in 2024"; a list of links names other stories, with few figures)?
 * A question is never one.
 */
export function listItemsAreProse(items: readonly string[], introduced: boolean): boolean[] {
  const figures = items.filter((t) => ITEM_FIGURE.test(t)).length;
  const box = items.length >= 2 && figures * 2 >= items.length;
  return items.map((t) => (introduced || box) && !t.trimEnd().endsWith('?'));
}

const BULLET_CHARS = '-•*·▪►';

/** Does a bullet or an item's number open the line just before `offset` ("• 21% had skipped meals …" from its "21%")? */
export function followsBullet(body: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (body[i] === ' ' || body[i] === '\t')) i--;
  if (i < 0) return false;
  if (body[i] === '.' || body[i] === ')') {
    // "1. Opinium surveyed …": a number of one or two digits.
    let d = i - 1;
    while (d >= 0 && d >= i - 2 && body[d] >= '0' && body[d] <= '9') d--;
    if (d === i - 1) return false;
    i = d + 1;
  } else if (!BULLET_CHARS.includes(body[i])) return false;
  i--;
  while (i >= 0 && (body[i] === ' ' || body[i] === '\t')) i--;
  return i < 0 || body[i] === '\n' || body[i] === '\r';
}

// "The charity is calling on the government to:": what follows is what someone wants done, no
// statement; "The government has pledged to:" or "plans to:" announces what it will do.
const WILL_DO = /\b(?:pledge[sd]?|promise[sd]?|vow(?:s|ed)?|plan(?:s|ned)?|intends?|will|would|aims?)\b[^:]*\bto\s*:$/i;

/** Is a list introduced by `intro` (its text) a list of demands ("… calling on the government to:")? */
export function introducesDemands(intro: string): boolean {
  return /\bto\s*:$/i.test(intro) && !WILL_DO.test(intro);
}

/**
 * The words that head links to other stories ("Related stories", "Most read", "Read more"): alone on a line over a
 * list of headlines (isNavHeading), or before a separator on a line of their own ("Read more: …", clean.ts).
 */
export const NAV_WORDS = String.raw`read more|read also|also read|read next|related(?: articles| stories| coverage| content| reading)?|see also|more on this(?: story)?|more (?:stories|news)|more from|recommended(?: for you| stories)?|most (?:read|popular|viewed|shared|watched)|popular(?: now)?|trending(?: now)?|you may also like|further reading|editor(?:'|’)?s picks?|top stories|latest(?: news| stories)?`;

// Such a heading alone on its line; "More from the Northmoor Herald", "More in Politics" name where the links go.
const NAV_HEADING = new RegExp(String.raw`^(?:${NAV_WORDS}|more (?:from|on|in|about)\b.{0,40})\s*:?$`, 'i');

/** A heading over a list of links to other stories, which the list's items (headlines) then are. */
export const isNavHeading = (text: string): boolean => text.length <= 60 && NAV_HEADING.test(text);

// "Correction: An earlier version of this story …", "Clarification: …": the paper correcting itself, no story.
const CORRECTION = /^(?:correction|clarification|editor(?:'|’)?s note)\s*:/i;

/** Does the paragraph open with the paper's correction of itself? Its figures restate the story's, put right. */
export const opensCorrection = (text: string): boolean => CORRECTION.test(text);

/**
 * "Kyle Brandt covers business and labor for the Herald-Dispatch.", "Nadia Fenwick is a Local Democracy Reporter …":
 * a note on one of the bylined authors, at the foot.
 */
export function isAuthorNote(text: string, authors: readonly string[]): boolean {
  return authors.some((a) => text.startsWith(`${a} is `) || text.startsWith(`${a} covers `) || text.startsWith(`${a} writes `) || text.startsWith(`${a} reports `));
}

// Time zones that close a timestamp ("9:40 a.m. ET"): no wire desk's sign-off, though they are capitals after a full stop.
const TIME_ZONES = new Set(['ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'GMT', 'BST', 'UTC', 'CET', 'CEST', 'IST', 'AEST', 'AEDT', 'AWST', 'NZST', 'NZDT']);

/** Are these capitals closing a line a time zone ("ET")? */
export const isTimeZone = (capitals: string): boolean => TIME_ZONES.has(capitals.trim());
