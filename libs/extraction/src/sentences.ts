import { its, nlp } from './nlp';

export interface Token {
  /** Text as in the body. */
  text: string;
  lower: string;
  /** Universal POS tag from wink-nlp (VERB, AUX, PROPN, NOUN, PRON, PUNCT …). */
  pos: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  start: number;
  end: number;
}

export interface Sentence {
  /** Position in the article (0-based, furniture excluded). */
  index: number;
  /** Paragraph number: blank lines (and removed furniture lines) separate paragraphs. */
  paragraph: number;
  start: number;
  end: number;
  /** Tokens without whitespace; words wink-nlp split at non-ASCII letters are re-joined. */
  tokens: Token[];
  /** A semicolon is among the tokens (noted while splitting, so the frame reader need not look for one). */
  semicolon?: boolean;
}

const SENTENCE_END = new Set(['.', '!', '?', '…', '...']);
const BULLETS = new Set(['-', '–', '—', '•', '*', '·', '▪', '►', '>']);
const WORD_EDGE = /[\p{L}\p{M}\p{N}]/u;

// Token start offsets, reused from call to call: a fresh typed array per article
// costs more to allocate (and collect) than the loop that fills it.
let startsBuffer = new Int32Array(4096);

/**
 * Split the (masked) body into sentences with wink-nlp, with character offsets
 * into it. Offsets are UTF-16 code units, as JS strings index them.
 */
export function splitSentences(text: string): Sentence[] {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;

  // Character offsets of every token: wink-nlp keeps tokens verbatim and in
  // order, so each is found a few spaces after the one before. (Cheaper than
  // asking wink-nlp for every token's preceding spaces.)
  if (startsBuffer.length < values.length) startsBuffer = new Int32Array(values.length * 2);
  const starts = startsBuffer;
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const found = text.indexOf(v, pos);
    // A long jump must be over whitespace only (blanked furniture), or the token was not verbatim.
    if (found >= 0 && (found - pos < 64 || text.slice(pos, found).trim().length === 0)) pos = found;
    starts[i] = pos;
    pos += v.length;
  }

  const breaks = paragraphBreaks(text);
  let breakIdx = 0;
  let paragraph = 0;

  const sentences: Sentence[] = [];
  let current: Token[] = [];
  let currentPara = 0;
  let semicolon = false;
  const flush = (): void => {
    if (current.length > 0) {
      sentences.push({
        index: sentences.length,
        paragraph: currentPara,
        start: current[0].start,
        end: current[current.length - 1].end,
        tokens: current,
        semicolon,
      });
    }
    current = [];
    semicolon = false;
  };

  for (const [first, last] of spans) {
    for (let i = first; i <= last; i++) {
      const v = values[i];
      if (isSpace(v)) continue;
      const start = starts[i];
      while (breakIdx < breaks.length && breaks[breakIdx] < start) {
        breakIdx++;
        paragraph++;
      }
      // A sentence never runs across a paragraph break, past a line that ended one, or
      // into a list item (wink-nlp runs "… in May.\n- Wages fell …" together).
      const prevTok = current.length > 0 ? current[current.length - 1] : undefined;
      // (The gap is looked at first: it is a space or two, cheaper than the two lookups.)
      if (prevTok !== undefined && (paragraph !== currentPara || (hasNewline(text, prevTok.end, start) && (SENTENCE_END.has(prevTok.text) || BULLETS.has(v))))) flush();
      currentPara = paragraph;
      // A list bullet opening a sentence is layout, not part of the quote.
      if (current.length === 0 && BULLETS.has(v) && i < last) continue;
      const prev = current.length > 0 ? current[current.length - 1] : undefined;
      if (prev !== undefined && prev.end === start && isNonAsciiJoin(prev.text, v) && WORD_EDGE.test(prev.text.slice(-1)) && WORD_EDGE.test(v[0])) {
        // wink-nlp splits "Šimonytė" into "Š", "imonyt", "ė": glue the pieces back.
        prev.text += v;
        prev.lower = prev.text.toLowerCase();
        prev.end = start + v.length;
        // The pieces' tags are guesses about fragments ("A" → DET): tag the whole word.
        prev.pos = prev.cap ? 'PROPN' : prev.pos === 'X' || prev.pos === 'DET' ? (tags[i] === 'X' ? 'NOUN' : tags[i]) : prev.pos;
        continue;
      }
      const lower = v.toLowerCase();
      if (v === ';') semicolon = true;
      const cap = startsUpper(v, lower);
      // "Reyes-Monroe", "Hartley-Smith": a double-barrelled name, which wink-nlp splits at its hyphen, is one word.
      const name = current.length > 1 ? current[current.length - 2] : undefined;
      if (cap && prev !== undefined && name !== undefined && prev.text === '-' && prev.start === name.end && prev.end === start && name.cap && name.pos === 'PROPN' && v !== v.toUpperCase()) {
        current.pop();
        name.text += `-${v}`;
        name.lower = name.text.toLowerCase();
        name.end = start + v.length;
        continue;
      }
      // "the Hartwell Herald", "Kelso Rises": a capitalised word after a capitalised word inside a
      // sentence is a name's, whatever wink-nlp tags it (not in text set all in capitals).
      const inName = cap && tags[i] === 'VERB' && prev !== undefined && current.length > 1 && prev.cap && prev.pos === 'PROPN' && v !== v.toUpperCase();
      current.push({ text: v, lower, pos: inName ? 'PROPN' : tags[i], cap, start, end: start + v.length });
    }
    flush();
  }
  return mergeQuoteTails(sentences);
}

/**
 * wink-nlp ends a sentence at '?"' or '!"', cutting '"Is it fair?" she asked.'
 * in two. A sentence starting in lower case after a closing quote is the tail
 * of the one before. It also ends one at the dot of a clock time ("at 8.14am."
 * is read "8", ".", "14am."): a dot with a digit glued on both sides ends no sentence.
 */
function mergeQuoteTails(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const prevLast = prev?.tokens[prev.tokens.length - 1];
    if (prev !== undefined && prevLast !== undefined && prev.paragraph === s.paragraph && (isQuoteTail(prevLast, s) || isDotInNumber(prev, s))) {
      // wink-nlp keeps the full stop in the time's last piece ("14am.") and runs on into the next
      // sentence: the sentence ends at that stop, and what follows it is a sentence of its own.
      const rest = isDotInNumber(prev, s) ? splitAfterGluedStop(s) : undefined;
      prev.tokens.push(...s.tokens);
      prev.end = s.end;
      prev.semicolon = prev.semicolon === true || s.semicolon === true;
      if (rest === undefined) continue;
      rest.index = out.length;
      out.push(rest);
      continue;
    }
    // The sentences are this module's own, fresh from splitSentences: renumber in place rather than copy each.
    s.index = out.length;
    out.push(s);
  }
  return out;
}

function isQuoteTail(prevLast: Token, s: Sentence): boolean {
  return /^["”»']$/.test(prevLast.text) && /^\p{Ll}/u.test(s.tokens[0].text);
}

function isDotInNumber(prev: Sentence, s: Sentence): boolean {
  const dot = prev.tokens[prev.tokens.length - 1];
  const before = prev.tokens[prev.tokens.length - 2];
  const next = s.tokens[0];
  return dot.text === '.' && before !== undefined && before.end === dot.start && dot.end === next.start && /\d$/.test(before.text) && /^\d/.test(next.text);
}

/** Cut s after its first token when that token ends in a glued full stop ("14am.") and more follows. */
function splitAfterGluedStop(s: Sentence): Sentence | undefined {
  const first = s.tokens[0];
  if (s.tokens.length < 2 || first.text.length < 2 || !first.text.endsWith('.') || !s.tokens[1].cap) return undefined;
  const text = first.text.slice(0, -1);
  const stop: Token = { text: '.', lower: '.', pos: 'PUNCT', cap: false, start: first.end - 1, end: first.end };
  const tail = s.tokens.slice(1);
  s.tokens = [{ ...first, text, lower: text.toLowerCase(), end: first.end - 1 }, stop];
  s.end = first.end;
  const rest: Sentence = { index: 0, paragraph: s.paragraph, start: tail[0].start, end: tail[tail.length - 1].end, tokens: tail, semicolon: tail.some((t) => t.text === ';') };
  s.semicolon = false;
  return rest;
}

/**
 * Offsets of the paragraph breaks: a newline, blanks, and another newline (the
 * second one ends the break, so three newlines make one break). Found with
 * indexOf: a regex scan allocates a match per break.
 */
function paragraphBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; ) {
    let j = i + 1;
    while (j < text.length && isLineBlank(text.charCodeAt(j))) j++;
    if (j < text.length && text.charCodeAt(j) === 10) {
      breaks.push(i);
      i = text.indexOf('\n', j + 1);
    } else i = text.indexOf('\n', j);
  }
  return breaks;
}

/** What may sit on a blank line between two paragraphs: space, tab, CR, no-break and zero-width space. */
function isLineBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x200b;
}

/** wink-nlp's whitespace tokens ("\n\n", " \u00a0") are whitespace from their first character. */
function isSpace(v: string): boolean {
  const c = v.charCodeAt(0);
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff || c === 0x202f;
}

/** A line break in text[from, to) — the gap between two tokens, a few characters. */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Upper-case first letter: it differs from its lower-case form and is a letter. */
function startsUpper(v: string, lower: string): boolean {
  const c = v.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return v[0] !== lower[0];
}

// Only pieces of one word split at a non-ASCII letter are joined; "5,000" or
// "U.S." are already single tokens, and "can" + "not" should stay apart.
function isNonAsciiJoin(a: string, b: string): boolean {
  return a.charCodeAt(a.length - 1) > 0x7f || b.charCodeAt(0) > 0x7f;
}
