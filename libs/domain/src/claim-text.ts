/**
 * The form claims are compared in: case, accents, punctuation and number
 * formatting removed, so "The rate rose to 4.5%," and "the rate rose to 4.5
 * percent" are the same text. Stored on the claim and indexed (pg_trgm, FTS).
 */
export function normaliseClaimText(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      // Thousands separators: 1,000,000 → 1000000 (a decimal comma stays a separator below).
      .replace(/(\d),(?=\d{3}\b)/g, '$1')
      .replace(/%/g, ' percent ')
      .replace(/[’‘`´]/g, "'")
      .replace(/'s\b/g, 's')
      // Keep decimal points inside numbers; everything else that is not a letter or digit is a space.
      .replace(/[^\p{L}\p{N}.]+/gu, ' ')
      .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
      .trim()
      .replace(/\s+/g, ' ')
  );
}

/** The numbers a claim states, in order of appearance, normalised ("4.50" = "4.5"). */
export function claimFigures(normalised: string): string[] {
  return (normalised.match(/\d+(?:\.\d+)?/g) ?? []).map((n) => String(Number(n)));
}

/**
 * Two texts state the same figures. Claims that differ only in a number are
 * different claims ("rose to 4%" vs "rose to 9%"), however similar the words.
 */
export function sameFigures(a: string, b: string): boolean {
  const fa = claimFigures(a).sort();
  const fb = claimFigures(b).sort();
  return fa.length === fb.length && fa.every((x, i) => x === fb[i]);
}

/** How similar a match must be to count as the same claim (link it) or as worth showing (suggest it). */
export interface MatchThresholds {
  link: number;
  suggest: number;
}

export type MatchKind = 'SAME' | 'LIKELY' | 'NONE';

/** Classifies a trigram similarity between two normalised texts. */
export function classifyMatch(similarity: number, a: string, b: string, t: MatchThresholds): MatchKind {
  if (similarity >= t.link && sameFigures(a, b)) return 'SAME';
  if (similarity >= t.suggest) return 'LIKELY';
  return 'NONE';
}
