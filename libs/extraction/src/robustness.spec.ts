import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from './extract-claims';

// Deterministic pseudo-random generator, so a failure reproduces.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const articles = readdirSync(join(__dirname, '__fixtures__'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(__dirname, '__fixtures__', f), 'utf8'));

function expectSound(body: string): void {
  const r = extractClaims({ body, title: 'A title', source: 'S' });
  for (const c of r.claims) {
    expect(body.slice(c.spanStart, c.spanEnd)).toBe(c.quote);
    expect(c.spanStart).toBeLessThan(c.spanEnd);
    expect(c.text.length).toBeGreaterThan(0);
    expect(Number.isFinite(c.checkworthiness)).toBe(true);
  }
}

describe('extractClaims on odd input', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\n\t \u00a0\n'],
    ['furniture only', 'Diplomacy\n\nShare this article\n\nFacebook Twitter LinkendIn'],
    ['no punctuation at all', 'prices rose by five percent in may and wages fell'],
    ['one very long line', 'The army has 5,000 troops and the navy has 12 ships. '.repeat(2000)],
    ['unbalanced quotes', '“We are ready, she said. "The army has 5,000 troops. ”And more” he said.'],
    ['markup left in', '<p>The army has <b>5,000</b> troops.</p>\n<div class="ad">Advertisement</div>'],
    ['CRLF and tabs', 'The army\thas 5,000 troops.\r\n\r\nThe navy has 12 ships, he said.\r\n'],
    ['emoji and scripts', 'Kariuomenė turi 5 000 karių 🇱🇹. Армия имеет 5000 солдат. The army has 5,000 troops 💪.'],
  ])('keeps offsets sound: %s', (_name, body) => {
    expectSound(body);
  });

  it('returns nothing for an empty body', () => {
    expect(extractClaims({ body: '' }).claims).toEqual([]);
  });

  it('keeps offsets sound on fixtures cut and spliced at random places', () => {
    const next = rng(42);
    for (let n = 0; n < 40; n++) {
      const a = articles[Math.floor(next() * articles.length)];
      const b = articles[Math.floor(next() * articles.length)];
      const body = a.slice(Math.floor(next() * a.length)) + b.slice(0, Math.floor(next() * b.length));
      expectSound(body);
    }
  });
});
