import { createTokens, hashWord, tokenize, TokenKind, type Tokens } from './tokenize';

function words(t: Tokens): string[] {
  const out: string[] = [];
  for (let k = 0; k < t.count; k++) out.push(String.fromCharCode(...t.chars.subarray(t.start[k]!, t.end[k]!)));
  return out;
}

describe('tokenize', () => {
  it('lowercases, keeps contractions and number groups, and keeps $ % ? !', () => {
    const t = tokenize('We’re spending $1,000.50 — 12% more?', createTokens(2));
    expect(words(t)).toEqual(["we're", 'spending', '$', '0,000.00', '00', '%', 'more', '?']);
    expect(Array.from(t.kind.subarray(0, t.count))).toEqual([
      TokenKind.Word,
      TokenKind.Word,
      TokenKind.Punct,
      TokenKind.Number,
      TokenKind.Number,
      TokenKind.Punct,
      TokenKind.Word,
      TokenKind.Punct,
    ]);
  });

  it('tells years from other numbers', () => {
    const t = tokenize('In 1969 and 2020, not 2300 or 1,999.', createTokens());
    const kinds = Array.from(t.kind.subarray(0, t.count));
    expect(kinds).toEqual([TokenKind.Word, TokenKind.Year, TokenKind.Word, TokenKind.Year, TokenKind.Word, TokenKind.Number, TokenKind.Word, TokenKind.Number]);
  });

  it('marks capitals and acronyms, and hashes like hashWord', () => {
    const t = tokenize('Ask NATO and Biden', createTokens());
    expect(Array.from(t.capital.subarray(0, 4))).toEqual([1, 1, 0, 1]);
    expect(Array.from(t.allCaps.subarray(0, 4))).toEqual([0, 1, 0, 0]);
    expect(t.hash[3]).toBe(hashWord('biden'));
  });
});
