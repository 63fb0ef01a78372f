// A single-pass tokenizer over char codes: no regexes and no substrings, so
// featurizing a sentence costs microseconds. It lowercases, keeps word-internal
// apostrophes and digit groups ("1,000.5"), and keeps the punctuation that
// carries meaning for check-worthiness ($ % ? !).

export const enum TokenKind {
  Word = 0,
  Number = 1,
  Punct = 2,
  /** A bare four-digit number from 1800 to 2099. */
  Year = 3,
}

/** Reusable token buffers; `chars` holds every token's lowercased codes back to back. */
export interface Tokens {
  count: number;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  /** 1 when the token was capitalised in the source (first letter upper case). */
  capital: Uint8Array;
  /** 1 when every letter of a 2+ letter token was upper case (acronyms: NATO, GDP). */
  allCaps: Uint8Array;
  /** FNV-1a hash of the lowercased token, digits folded to '0' for numbers. */
  hash: Int32Array;
  chars: Uint16Array;
}

export const FNV_OFFSET = 0x811c9dc5 | 0;

export function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}

/** FNV-1a of a lowercase ASCII string: lets callers build lookup sets that match `Tokens.hash`. */
export function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = fnvStep(h, word.charCodeAt(i));
  return h;
}

const APOSTROPHE = 39;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLetter(c: number): boolean {
  // Latin-1 and other scripts' letters count as letters; the typographic
  // punctuation block (0x2000-0x206F: dashes, curly quotes, ellipsis) does not.
  return (c >= 97 && c <= 122) || isUpper(c) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7);
}

function isApostrophe(c: number): boolean {
  return c === APOSTROPHE || c === 0x2019;
}

function isKeptPunct(c: number): boolean {
  return c === 36 /* $ */ || c === 37 /* % */ || c === 63 /* ? */ || c === 33 /* ! */;
}

export function createTokens(capacity = 128): Tokens {
  return {
    count: 0,
    kind: new Uint8Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    capital: new Uint8Array(capacity),
    allCaps: new Uint8Array(capacity),
    hash: new Int32Array(capacity),
    chars: new Uint16Array(capacity * 8),
  };
}

function grow(t: Tokens, tokens: number, chars: number): Tokens {
  if (tokens <= t.kind.length && chars <= t.chars.length) return t;
  const bigger = createTokens(Math.max(tokens, t.kind.length * 2));
  if (bigger.chars.length < chars) bigger.chars = new Uint16Array(chars * 2);
  return bigger;
}

/** Tokenizes into `into` (reallocated when too small) and returns the buffers used. */
export function tokenize(text: string, into: Tokens): Tokens {
  // A token never has more chars than the text, and there are at most as many tokens as chars.
  const t = grow(into, text.length + 1, text.length + 1);
  let n = 0;
  let w = 0;
  let i = 0;
  const len = text.length;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isLetter(c) || isDigit(c)) {
      const numeric = isDigit(c);
      const start = w;
      let h = FNV_OFFSET;
      let uppers = 0;
      let letters = 0;
      let value = 0;
      let digits = 0;
      let separators = 0;
      while (i < len) {
        let d = text.charCodeAt(i);
        if (isLetter(d) || isDigit(d)) {
          if (isUpper(d)) {
            uppers++;
            d += 32;
          }
          if (!isDigit(d)) letters++;
          else if (numeric) {
            value = value * 10 + d - 48;
            digits++;
            d = 48;
          }
          t.chars[w++] = d;
          h = fnvStep(h, d);
          i++;
          continue;
        }
        const next = i + 1 < len ? text.charCodeAt(i + 1) : 0;
        // "don't", "we’re": apostrophe between letters stays in the word;
        // "1,000" and "2.5": separators between digits stay in the number.
        const joinsWord = !numeric && isApostrophe(d) && isLetter(next);
        const joinsNumber = numeric && (d === 44 || d === 46) && isDigit(next);
        if (!joinsWord && !joinsNumber) break;
        if (joinsNumber) separators++;
        const kept = joinsWord ? APOSTROPHE : d;
        t.chars[w++] = kept;
        h = fnvStep(h, kept);
        i++;
      }
      const isYear = digits === 4 && separators === 0 && value >= 1800 && value <= 2099;
      t.kind[n] = !numeric || letters > 0 ? TokenKind.Word : isYear ? TokenKind.Year : TokenKind.Number;
      t.start[n] = start;
      t.end[n] = w;
      t.capital[n] = isUpper(c) ? 1 : 0;
      t.allCaps[n] = letters >= 2 && uppers === letters ? 1 : 0;
      t.hash[n] = h;
      n++;
    } else {
      if (isKeptPunct(c)) {
        t.kind[n] = TokenKind.Punct;
        t.start[n] = w;
        t.chars[w++] = c;
        t.end[n] = w;
        t.capital[n] = 0;
        t.allCaps[n] = 0;
        t.hash[n] = fnvStep(FNV_OFFSET, c);
        n++;
      }
      i++;
    }
  }
  t.count = n;
  return t;
}
