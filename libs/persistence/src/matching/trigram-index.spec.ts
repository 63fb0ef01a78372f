import { TrigramIndex, trigramsOf } from './trigram-index';

// pg_trgm's similarity by definition: shared distinct trigrams over the union, in float4.
function similarity(a: string, b: string): number {
  const A = new Set(trigramsOf(a));
  const B = new Set(trigramsOf(b));
  let shared = 0;
  for (const g of A) if (B.has(g)) shared++;
  return A.size + B.size === 0 ? 0 : Math.fround(shared / (A.size + B.size - shared));
}

// A deterministic generator of sentence-like texts: common words (which every text shares) and rarer ones.
function texts(n: number, seed: number): string[] {
  let s = seed;
  const next = (): number => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const common = ['the', 'and', 'of', 'to', 'in', 'said', 'percent', 'government', 'people', 'year'];
  const rare = Array.from({ length: 400 }, (_, i) => `w${(i * 7919) % 1000}x${i % 13}`);
  return Array.from({ length: n }, () => {
    const len = 3 + Math.floor(next() * 14);
    return Array.from({ length: len }, () => (next() < 0.5 ? common[Math.floor(next() * common.length)]! : rare[Math.floor(next() * rare.length)]!)).join(' ');
  });
}

describe('trigramsOf', () => {
  it('pads each word as pg_trgm does: two spaces before, one after', () => {
    expect(trigramsOf('cat').sort()).toEqual(['  c', ' ca', 'at ', 'cat'].sort());
    expect(trigramsOf('a b').sort()).toEqual(['  a', ' a ', '  b', ' b '].sort());
  });

  it('splits on anything that is not a letter or digit (a decimal point too) and counts each trigram once', () => {
    expect(trigramsOf('3.5').sort()).toEqual(['  3', ' 3 ', '  5', ' 5 '].sort());
    expect(trigramsOf('aaa aaa')).toHaveLength(4);
    expect(trigramsOf('  ... ')).toEqual([]);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(trigramsOf('𝒳y')).toContain(' 𝒳y');
  });
});

describe('TrigramIndex', () => {
  // Every query against a scan of the corpus, at several thresholds; returns how many hits were compared.
  function expectAsScan(index: TrigramIndex, corpus: readonly string[], queries: readonly string[]): number {
    const stored = corpus.map((t) => new Set(trigramsOf(t)));
    let compared = 0;
    for (const q of queries) {
      const A = new Set(trigramsOf(q));
      const sims = stored.map((B, i) => {
        let shared = 0;
        for (const g of A) if (B.has(g)) shared++;
        return { key: keyOf(i), similarity: A.size + B.size === 0 ? 0 : Math.fround(shared / (A.size + B.size - shared)) };
      });
      for (const threshold of [0.3, 0.45, 0.8]) {
        const expected = sims
          // Postgres compares the float4 similarity with a float8 threshold: 9/20 is under 0.45 there. The index keeps
          // such texts and leaves the last word to Postgres (ClaimMatchRepository).
          .filter((h) => h.similarity >= threshold - 1e-6)
          .sort((a, b) => Math.fround(1 - a.similarity) - Math.fround(1 - b.similarity) || (a.key < b.key ? -1 : 1));
        expect(index.search(q, threshold)).toEqual(expected);
        compared += expected.length;
      }
    }
    return compared;
  }
  const keyOf = (i: number): string => `k${String(i).padStart(5, '0')}`;

  // 200 texts: too few for signatures, every skipped trigram is read from the text. 1500: the commonest chosen at
  // 1024 texts, the 476 after signed as they came.
  it.each([200, 1500])('finds exactly the texts at or above the threshold (a millionth lower, for float rounding), as a scan would, at several thresholds (%i texts)', (n) => {
    const corpus = texts(n, 7);
    const index = new TrigramIndex();
    corpus.forEach((t, i) => index.set(keyOf(i), t));
    // Texts full of common words touch most stored texts (counted densely); rare words alone, a few (sparsely).
    const rareOnly = corpus.slice(40, 80).map((t) => t.split(' ').filter((w) => w.startsWith('w')).join(' ')).filter((t) => t.length > 0);
    const queries = texts(60, 99).concat(corpus.slice(0, 40).map((t) => `${t} reportedly`), rareOnly);
    // The queries made from stored texts must have found something, or the comparison proved little.
    expect(expectAsScan(index, corpus, queries)).toBeGreaterThan(100);
  });

  it('stays exact when the texts added since the commonest trigrams were chosen use other words (read, not signed)', () => {
    // 300 texts of one vocabulary (the commonest chosen from them at 256), then 200 of another: their common trigrams
    // have no bit, so a search skips some trigrams counted from signatures and others read from the texts.
    const other = texts(200, 11).map((t) => t.replace(/\bw/g, 'q').replace(/\bthe\b/g, 'zebra').replace(/\bsaid\b/g, 'quoth'));
    const corpus = texts(300, 7).concat(other);
    const index = new TrigramIndex();
    corpus.forEach((t, i) => index.set(keyOf(i), t));
    const queries = other.slice(0, 40).map((t) => `${t} reportedly`).concat(corpus.slice(0, 20).map((t) => `${t} ${other[0]!}`));
    expect(expectAsScan(index, corpus, queries)).toBeGreaterThan(40);
  });

  it('keeps every key with its text, moves a key to its new text and forgets deleted keys', () => {
    const index = new TrigramIndex();
    index.set('a', 'unemployment fell to four percent');
    index.set('b', 'unemployment fell to four percent');
    index.set('c', 'the bridge will cost two billion');
    expect(index.search('unemployment fell to 4 percent', 0.3).map((h) => h.key)).toEqual(['a', 'b']);
    index.set('b', 'the bridge will cost three billion');
    expect(index.search('unemployment fell to 4 percent', 0.3).map((h) => h.key)).toEqual(['a']);
    expect(index.search('the bridge will cost two billion', 0.3).map((h) => h.key)).toEqual(['c', 'b']);
    index.delete('c');
    expect(index.search('the bridge will cost two billion', 0.3).map((h) => h.key)).toEqual(['b']);
    expect(index.size).toBe(2);
    index.clear();
    expect(index.size).toBe(0);
    expect(index.search('the bridge will cost three billion', 0.3)).toEqual([]);
  });

  it('stays exact with slot gaps past one byte of the code (texts far apart in insertion order)', () => {
    const index = new TrigramIndex();
    // 20,000 texts between two that share rare words: their gap in the rare words' postings needs three bytes.
    index.set('first', 'the quarry at ravensmoor employs 412 people');
    for (let i = 0; i < 20_000; i++) index.set(`filler${i}`, `filler text number ${i}`);
    index.set('last', 'the quarry at ravensmoor employs 414 people');
    expect(index.search('the quarry at ravensmoor employs 413 people', 0.3).map((h) => h.key)).toEqual(['first', 'last']);
  });

  it('stays exact past 65,536 distinct trigrams (ids no longer fit 16 bits)', () => {
    // Words of three CJK characters: nearly every trigram is new.
    let s = 1;
    const char = (): string => String.fromCodePoint(0x4e00 + ((s = (s * 48271) % 2147483647) % 20000));
    const corpus = Array.from({ length: 6000 }, () => Array.from({ length: 4 }, () => char() + char() + char()).join(' '));
    const index = new TrigramIndex();
    corpus.forEach((t, i) => index.set(`k${String(i).padStart(5, '0')}`, t));
    const grams = new Set(corpus.flatMap((t) => trigramsOf(t)));
    expect(grams.size).toBeGreaterThan(65_536);
    for (const [i, t] of corpus.entries()) {
      if (i % 500 !== 0) continue;
      const q = `${t.split(' ').slice(0, 3).join(' ')}`;
      const expected = corpus
        .map((c, j) => ({ key: `k${String(j).padStart(5, '0')}`, similarity: similarity(q, c) }))
        .filter((h) => h.similarity >= 0.3 - 1e-6)
        .sort((a, b) => Math.fround(1 - a.similarity) - Math.fround(1 - b.similarity) || (a.key < b.key ? -1 : 1));
      expect(expected.length).toBeGreaterThan(0);
      expect(index.search(q, 0.3)).toEqual(expected);
    }
  });

  it('finds nothing for a text without words, and a text like itself at similarity 1', () => {
    const index = new TrigramIndex();
    index.set('a', 'ferry fares rise by 12 percent');
    expect(index.search('...', 0.3)).toEqual([]);
    expect(index.search('ferry fares rise by 12 percent', 0.3)).toEqual([{ key: 'a', similarity: 1 }]);
  });
});
