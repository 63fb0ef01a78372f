import { DANGLING_WORDS } from './lexicon';
import { isCallToAction, isSocialRow } from './reader-prompts';
import { introducesBlock, isAuthorNote, isNavHeading, NAV_WORDS, isTimeZone, LIST_ITEM, listItemsAreProse, opensBackMatter, opensCorrection, storyFollows } from './page-blocks';

/** A stretch of the original body, [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

export interface CleanResult {
  /**
   * The body with page furniture blanked out by spaces (newlines kept), so every
   * offset in it is an offset in the original body.
   */
  masked: string;
  /** What was removed, in body order. */
  furniture: Span[];
}

interface Line {
  start: number;
  end: number;
  /** Trimmed text. */
  text: string;
  words: number;
  /** Comparison key (see lineKey). */
  key: string;
  /** Ends with sentence punctuation. */
  ends: boolean;
}

// A line "ends a sentence" when its last non-closing character is . ! ? or …
const SENTENCE_ENDERS = '.!?…';
const CLOSERS = `"'”’»)]`;
const STARTS_CONTINUATION = /^[\p{Ll}\d(,;:–—-]/u;
const BLANK = /^[\s\u00a0\u200b\u2060\ufeff]*$/u;

// Lines that introduce something other than the story: link lists, media credits.
const FURNITURE_PREFIX = new RegExp(
  String.raw`^(${NAV_WORDS}|watch|listen|video|photo|image|picture|caption|pictured|credit|source|file photo|advertisement|sponsored( content)?|promoted|ad)\b\s*[:|—–-]`,
  'i',
);
const FURNITURE_LINE =
  /^(advertisement|advertisements?|sponsored|sponsored content|promoted|ad|skip advert(isement)?|continue reading|read more|show more|load more|back to top)[.:]?$/i;
// "Associated Press writer Jo Doe in Lansing contributed to this report.": a wire's credit line at the story's end;
// "(This story has not been edited by … staff and is auto-generated from a syndicated feed.)": a portal's note on wire copy.
const CREDIT_LINE = /^((additional )?reporting|writing|editing|compiled|translated|produced|edited) by\b|^(©|\(c\)|copyright\b)|\ball rights reserved\b|\bcontributed (?:reporting )?to this (?:report|story|article)\.?$|\b(?:has not been|was not) edited by\b.*\bstaff\b|\bauto-generated from a syndicated feed\b/i;
const DATE_LINE = /^(published|updated|posted|last updated|first published|modified)\b/i;
const BYLINE = /^by\s+\p{Lu}/u;

/** Dateline at the start of a wire story: "VILNIUS, Lithuania (AP) — ", "LONDON, March 3 (Reuters) - ", "London, 9 April 2025 – ". */
const DATELINE =
  /^(?:(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+)*)|(\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{Ll}]+)?))(,\s*[^()\n–—-]{1,30}?)?\s*(\([\p{L}\s.&-]{1,30}\))?\s*([-–—]{1,2}|:)\s+(?=\S)/u;
// A summary box's heading: "Key points:", "Key takeaways", "At a glance".
const SUMMARY_HEADING = /^(?:key (?:points|takeaways|facts)|at a glance|in brief|the big picture)\s*:?$/i;
// A line opening with a label in capitals: "TRUMP: …", "PUNE: …".
const CAPS_LABEL = /^\p{Lu}[\p{Lu}'’. -]+:\s/u;
// A date after the place: a month's name with a day or a year ("9 April 2025", "March 4"), or "4/3/2025".
const DATE_PART = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b.*\d|\d.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}\/\d{1,2}\/\d{2,4}/i;

export function datelineLength(line: string): number {
  const m = DATELINE.exec(line);
  if (m === null) return 0;
  // An all-caps place name, a bracketed agency or a date after the place marks a dateline
  // (a press release's "London, 9 April 2025 –"); "Paris - the city" alone does not.
  if (m[1] === undefined && m[4] === undefined && !(m[3] !== undefined && DATE_PART.test(m[3]))) return 0;
  // "PUNE: Large parts of the city …": a colon only after a place in capitals (not "Update: …").
  if (m[5] === ':' && (m[1] === undefined || m[3] !== undefined || m[4] !== undefined)) return 0;
  return m[0].length;
}

/**
 * Words in the trimmed line body[start, end): read in the body itself, since
 * chars of the line's own string (a slice) cost more to reach. The line ends in
 * a non-space, so looking one past a space never leaves it.
 */
function countWords(body: string, start: number, end: number): number {
  let n = 1;
  for (let i = start; i < end; i++) if (body.charCodeAt(i) === 32 && body.charCodeAt(i + 1) !== 32) n++;
  return n;
}

/** Lower case, letters and digits only, single spaces: "Share this article!" → "share this article". */
function normalise(s: string): string {
  const lower = s.toLowerCase();
  // Kept characters are copied a run at a time: one slice per word, not one string per character.
  let out = '';
  let run = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    // ASCII letters and digits, and anything past Latin-1 punctuation (accented and other scripts' letters).
    const keep = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f) && c !== 0x2122);
    if (keep) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      out += (out.length > 0 ? ' ' : '') + lower.slice(run, i);
      run = -1;
    }
  }
  return out;
}

function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= body.length) {
    let nl = body.indexOf('\n', pos);
    if (nl === -1) nl = body.length;
    const raw = body.slice(pos, nl);
    if (!BLANK.test(raw)) {
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      const start = pos + lead;
      const words = countWords(body, start, start + text.length);
      lines.push({ start, end: start + text.length, text, words, key: lineKey(text, words), ends: endsSentence(text) });
    } else {
      lines.push({ start: pos, end: pos, text: '', words: 0, key: '', ends: false });
    }
    pos = nl + 1;
  }
  return lines;
}

/** Read from the end: a regex ending in `$` would try every position of the line. */
function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i])) i--;
  return i >= 0 && SENTENCE_ENDERS.includes(text[i]);
}

/**
 * Does line `a` run on into line `b` (hard-wrapped prose) rather than stand
 * alone like a headline or a label?
 */
function continues(a: Line, b: Line, paragraph: readonly Line[]): boolean {
  if (datelineLength(b.text) > 0 || BYLINE.test(b.text) || LIST_ITEM.test(b.text)) return false;
  if (STARTS_CONTINUATION.test(b.text)) return true;
  if (/[,;:–—-]$/.test(a.text)) return true;
  const lastWord = a.text.slice(a.text.lastIndexOf(' ') + 1).toLowerCase();
  if (DANGLING_WORDS.has(lastWord)) return true;
  // Hard-wrapped text has lines of similar length; a headline is a short line on its own.
  const longest = Math.max(...paragraph.map((l) => l.text.length));
  return paragraph.length >= 3 && a.text.length >= 0.7 * longest && a.words >= 8;
}

// Headlines and labels are short; comparing long lines as written is enough (and cheaper).
const lineKey = (text: string, words: number): string => (words <= 30 ? normalise(text) : text);

// Furniture lines are short; a paragraph of 50 words is prose (prompts inside
// long paragraphs are caught sentence by sentence).
const MAX_FURNITURE_WORDS = 45;
const BACK_MATTER_SHARE = 0.4;

function isFurnitureLine(line: Line, title: string, counts: ReadonlyMap<string, number>, seen: Set<string>): boolean {
  const t = line.text;
  const key = line.key;
  if (key.length === 0) return true; // only punctuation or symbols
  if (title.length > 0 && key === title) return true;
  const repeated = (counts.get(key) ?? 0) > 1;
  const first = !seen.has(key);
  seen.add(key);
  // A repeated unpunctuated line is a headline or label; a repeated sentence is a pull quote.
  if (repeated && (!line.ends || !first)) return true;
  if (line.words > MAX_FURNITURE_WORDS) return false;
  if (FURNITURE_LINE.test(t) || FURNITURE_PREFIX.test(t) || CREDIT_LINE.test(t)) return true;
  if (DATE_LINE.test(t) && line.words <= 12) return true;
  if (BYLINE.test(t) && line.words <= 10 && !line.ends) return true;
  if ((line.words <= 16 && isSocialRow(t)) || isCallToAction(t)) return true;
  return false;
}

// A byline as pages set it ("By Nadia Fenwick, …", "by Kieran Doyle").
const AUTHOR_BYLINE = /^by\s+\p{Lu}/iu;

/** The authors' names a byline gives ("By Nadia Fenwick, Local Democracy Reporting Service" → "Nadia Fenwick"). */
function bylineNames(lines: readonly Line[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (!AUTHOR_BYLINE.test(l.text) || l.words > 10) continue;
    for (const part of l.text.replace(/^by\s+/i, '').split(/\s*(?:[,|·•–—]|\band\b)\s*/)) {
      // A person's name: two or three capitalised words.
      if (/^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u.test(part)) out.push(part);
      break;
    }
  }
  return out;
}

/**
 * Blank out page furniture: headlines repeated in the body, section labels,
 * bylines, datelines, share rows, link lists and reader prompts. Only whole
 * lines (and a dateline prefix) are removed, by rules about their shape rather
 * than a list of known strings.
 */
export function cleanBody(body: string, title?: string): CleanResult {
  const lines = splitLines(body);
  const titleKey = title === undefined ? '' : normalise(title);
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (l.text.length === 0) continue;
    counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
  }

  const furniture: Span[] = [];
  const seen = new Set<string>();
  const authors = bylineNames(lines);
  // Only the story's first prose line can carry a dateline ("NATO — the alliance …" later on is prose).
  let datelineChecked = false;
  // The last line kept before the paragraph being read introduced a list ("The survey found that:").
  let listIntro = false;
  // The paragraph before was a summary box's heading alone ("Key points:"): its dot points follow.
  let summaryBox = false;
  let i = 0;
  while (i < lines.length) {
    if (lines[i].text.length === 0) {
      i++;
      continue;
    }
    const paraStart = i;
    const para: Line[] = [];
    while (i < lines.length && lines[i].text.length > 0) para.push(lines[i++]);
    // "Key points:" and its dot points: a summary box that restates the story in other words, not the story.
    // "Related stories" or "Most read" and the headlines listed under it: links to other stories.
    const boxHeading = SUMMARY_HEADING.test(para[0].text) || isNavHeading(para[0].text);
    if (boxHeading || (summaryBox && para.every((l) => LIST_ITEM.test(l.text)))) {
      const items = para.slice(boxHeading ? 1 : 0);
      if (items.every((l) => LIST_ITEM.test(l.text))) {
        for (const l of para) furniture.push({ start: l.start, end: l.end });
        summaryBox = items.length === 0;
        continue;
      }
    }
    summaryBox = false;
    // A press release's notes to editors, "About X" and contacts, to the end. Back matter is the release's
    // tail: a marker with most of the text still after it is no end of anything (pages run together).
    const backMatter = body.length - para[0].start <= BACK_MATTER_SHARE * body.length ? opensBackMatter(para[0].text, para.length > 1 ? para[1].text : nextText(lines, i)) : undefined;
    if (backMatter !== undefined) {
      // An "About X" box with story after it is furniture up to the end of the paragraph that defines X.
      const boxEnd = backMatter === 'about' ? (para.length > 1 ? i : paragraphEnd(lines, i)) : lines.length;
      const end = boxEnd < lines.length && storyFollows(lines.slice(boxEnd).map((l) => l.text)) ? boxEnd : lines.length;
      for (let k = paraStart; k < end; k++) if (lines[k].text.length > 0) furniture.push({ start: lines[k].start, end: lines[k].end });
      if (end === lines.length) break;
      i = end;
      continue;
    }
    // "Nadia Fenwick is a Local Democracy Reporter covering Castlebridge. …": a note on the bylined author at the foot;
    // "Correction: An earlier version of this story …", wherever it stands.
    if ((body.length - para[0].start <= BACK_MATTER_SHARE * body.length && isAuthorNote(para[0].text, authors)) || opensCorrection(para[0].text)) {
      for (const l of para) furniture.push({ start: l.start, end: l.end });
      continue;
    }

    // Decide line by line, from the end: a line is prose when it ends a
    // sentence, or runs on into a prose line.
    const drop = para.map((l) => isFurnitureLine(l, titleKey, counts, seen));
    const prose = new Array<boolean>(para.length).fill(false);
    for (let j = para.length - 1; j >= 0; j--) {
      if (drop[j]) continue;
      const l = para[j];
      if (l.ends) prose[j] = true;
      else if (signOffAt(l.text) > 0) {
        // "… as per railway data. PTI ABK RHL SKY": the wire desk's sign-off after the last sentence is furniture.
        prose[j] = true;
        furniture.push({ start: l.start + signOffAt(l.text), end: l.end });
      } else if (j + 1 < para.length && prose[j + 1] && continues(l, para[j + 1], para)) prose[j] = true;
      // A long unpunctuated last line of a long paragraph is prose missing its full stop.
      else if (j === para.length - 1 && l.words >= 25 && /[.!?]\s/.test(l.text)) prose[j] = true;
      else if (introducesBlock(l.text, l.words, j + 1 < para.length ? para[j + 1].text : nextText(lines, i))) prose[j] = true;
    }
    listIntro = keepListItems(para, drop, prose, listIntro);
    for (let j = 0; j < para.length; j++) {
      const l = para[j];
      if (!prose[j]) {
        furniture.push({ start: l.start, end: l.end });
        continue;
      }
      if (!datelineChecked) {
        const d = datelineLength(l.text);
        // "PUNE: …" is a dateline, but "TRUMP: …" in a transcript, whose other lines open with labels too, is a speaker.
        const label = d > 0 && l.text.slice(0, d).trimEnd().endsWith(':') && lines.filter((x) => CAPS_LABEL.test(x.text)).length > 1;
        if (d > 0 && !label) furniture.push({ start: l.start, end: l.start + d });
        datelineChecked = true;
      }
    }
  }
  return { masked: mask(body, furniture), furniture };
}

// A run of desk codes in capitals closing a paragraph after its last sentence: "… data. PTI ABK RHL SKY".
const SIGN_OFF = /[.!?]["”’)]?\s+((?:\p{Lu}{2,5}\s*){1,6})$/u;

/** Where a wire desk's sign-off starts in a line of prose, or -1. */
function signOffAt(text: string): number {
  const m = SIGN_OFF.exec(text);
  return m === null || isTimeZone(m[1]) ? -1 : text.length - m[1].length;
}

// What a list item's line starts with (see LIST_ITEM).
const LIST_START = '0123456789-•*·▪►';

/** The first non-blank line from lines[from] on. */
/** The index just past the first paragraph at or after `from`. */
function paragraphEnd(lines: readonly Line[], from: number): number {
  let k = from;
  while (k < lines.length && lines[k].text.length === 0) k++;
  while (k < lines.length && lines[k].text.length > 0) k++;
  return k;
}

function nextText(lines: readonly Line[], from: number): string | undefined {
  for (let k = from; k < lines.length; k++) if (lines[k].text.length > 0) return lines[k].text;
  return undefined;
}

/**
 * Mark the paragraph's list items that are statements as prose (see listItemsAreProse); `intro`
 * tells whether the paragraph before ended by introducing a list. Whether this one does, for the next.
 */
function keepListItems(para: readonly Line[], drop: readonly boolean[], prose: boolean[], intro: boolean): boolean {
  const last = para.length - 1;
  // Most paragraphs hold no list: one look at each line's first character tells.
  if (!para.some((l) => LIST_START.includes(l.text[0]))) return prose[last] && !drop[last] && para[last].text.endsWith(':');
  let introduced = intro;
  let j = 0;
  while (j < para.length) {
    if (drop[j] || !LIST_ITEM.test(para[j].text)) {
      // Only the line right before a list introduces it.
      introduced = prose[j] && para[j].text.endsWith(':');
      j++;
      continue;
    }
    const from = j;
    while (j < para.length && !drop[j] && LIST_ITEM.test(para[j].text)) j++;
    const items = listItemsAreProse(para.slice(from, j).map((l) => l.text), introduced);
    items.forEach((p, k) => (prose[from + k] ||= p));
    introduced = false;
  }
  return prose[last] && !drop[last] && para[last].text.endsWith(':') && !LIST_ITEM.test(para[last].text);
}

/**
 * The body with the spans blanked, as long as the body: every offset into it is one into the body. The spans
 * come in the order the rules found them, which is not always the text's (a paragraph's lines are read from
 * its end, so a wire sign-off or a time zone closing a line, "9:40 a.m. ET", is found before the lines above
 * it), and may overlap: they are blanked in the text's order, each character once.
 */
function mask(body: string, spans: readonly Span[]): string {
  if (spans.length === 0) return body;
  let out = '';
  let pos = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.end <= pos) continue;
    const start = Math.max(s.start, pos);
    out += body.slice(pos, start);
    // Spans lie within one line, so no newline is lost.
    out += ' '.repeat(s.end - start);
    pos = s.end;
  }
  return out + body.slice(pos);
}
