import type { Sentence } from './sentences';

export interface QuoteInfo {
  /** The sentence is (part of) a direct quotation. */
  quoted: boolean;
  /**
   * Sentences of one quotation share a group number; -1 when not quoted, except for a sentence that
   * opens a quotation going on after it ("He said: "A. B."": the first sentence has B's group).
   */
  group: number;
  /**
   * The whole sentence is quoted words (no "he said" outside the marks): a frame in it ("Now it tells us
   * there is no money") reports someone the speaker speaks of, and does not name the quotation's speaker.
   */
  within: boolean;
}

// Quotation marks as char codes: the scan below reads the body in place, without a copy of each sentence.
const STRAIGHT = 0x22; // "
const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »
const LOW_DOUBLE = 0x201e; // „

/**
 * Track quotation marks across sentences, so that the sentences of a quote
 * split by the sentence splitter ("“We are ready. The army has 5,000 troops,”
 * she said.") can share the speaker named once. Curly quotes open and close;
 * straight quotes toggle. A paragraph break closes any open quote, unless the next
 * paragraph opens one again (then the quotation goes on).
 */
export function trackQuotes(body: string, sentences: readonly Sentence[]): QuoteInfo[] {
  const out: QuoteInfo[] = [];
  let open = false;
  let group = -1;
  let groups = 0;
  let paragraph = -1;
  for (const s of sentences) {
    // A quotation left open at the end of a paragraph and opened again at the start of the next
    // is one quotation over both: the convention for a speech of several paragraphs.
    let continued = false;
    if (s.paragraph !== paragraph) {
      continued = open && group >= 0 && opensQuote(body.charCodeAt(s.start));
      open = false;
      paragraph = s.paragraph;
    }
    const startsInside = open;
    // Where the words after the last closing mark begin: only punctuation after it keeps the sentence within.
    let closedAt = -1;
    for (let i = s.start; i < s.end; i++) {
      const c = body.charCodeAt(i);
      if (c === LEFT_DOUBLE || c === LEFT_GUILLEMET || c === LOW_DOUBLE) open = true;
      else if (c === RIGHT_DOUBLE || c === RIGHT_GUILLEMET) {
        open = false;
        closedAt = i;
      } else if (c === STRAIGHT) {
        open = !open;
        if (!open) closedAt = i;
      }
    }
    // An opening mark first: the sentence starts a quotation.
    const first = s.start < s.end ? body.charCodeAt(s.start) : -1;
    const quoted = startsInside || opensQuote(first);
    if (quoted && !startsInside && !continued) group = groups++;
    // "He said: "A. B."": a quotation opened inside a sentence and left open goes on in the next ones, whose
    // speaker this sentence names; they are one quotation with it (the sentence itself is no quote).
    const opener = !quoted && open;
    if (opener) group = groups++;
    const within = quoted && (open || closedAt < 0 || !/[\p{L}\p{N}]/u.test(body.slice(closedAt + 1, s.end)));
    out.push({ quoted, group: quoted || opener ? group : -1, within });
  }
  return out;
}

const opensQuote = (c: number): boolean => c === STRAIGHT || c === LEFT_DOUBLE || c === LEFT_GUILLEMET || c === LOW_DOUBLE;
