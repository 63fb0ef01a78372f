import type { Sentence } from './sentences';

export interface QuoteInfo {
  /** The sentence is (part of) a direct quotation. */
  quoted: boolean;
  /** Sentences of one quotation share a group number; -1 when not quoted. */
  group: number;
}

const OPENING = /^["“«„]/;

/**
 * Track quotation marks across sentences, so that the sentences of a quote
 * split by the sentence splitter ("“We are ready. The army has 5,000 troops,”
 * she said.") can share the speaker named once. Curly quotes open and close;
 * straight quotes toggle. A paragraph break closes any open quote.
 */
export function trackQuotes(body: string, sentences: readonly Sentence[]): QuoteInfo[] {
  const out: QuoteInfo[] = [];
  let open = false;
  let group = -1;
  let groups = 0;
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      open = false;
      paragraph = s.paragraph;
    }
    const text = body.slice(s.start, s.end);
    const startsInside = open;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '“' || ch === '«' || ch === '„') open = true;
      else if (ch === '”' || ch === '»') open = false;
      else if (ch === '"') open = !open;
    }
    const quoted = startsInside || OPENING.test(text);
    if (quoted && !startsInside) group = groups++;
    out.push({ quoted, group: quoted ? group : -1 });
  }
  return out;
}
