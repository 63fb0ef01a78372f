import { FIXTURES, type Fixture } from './__fixtures__/expectations';
import { fixtureBody, isAttributed, isExpected, matching } from './__fixtures__/matching';
import { extractClaims } from './extract-claims';
import type { ExtractionResult } from './types';

const load = (f: Fixture): { body: string; result: ExtractionResult } => {
  const body = fixtureBody(f);
  return { body, result: extractClaims({ body, title: f.title, source: f.source }) };
};

describe.each(FIXTURES.map((f) => [f.file, f] as const))('fixture %s', (_name, fixture) => {
  const { body, result } = load(fixture);

  it('finds every checkable statement and nothing else', () => {
    const missing = fixture.claims.filter((e) => matching(result.claims, e) === undefined).map((e) => e.quote);
    expect(missing).toEqual([]);
    const extra = result.claims.filter((c) => !isExpected(fixture, c)).map((c) => c.quote);
    const known = fixture.knownExtras ?? [];
    expect(extra.filter((q) => !known.some((k) => q.includes(k)))).toEqual([]);
    // A known extra that is no longer returned comes off the list.
    expect(known.filter((k) => !extra.some((q) => q.includes(k)))).toEqual([]);
  });

  it('keeps furniture and non-claims out', () => {
    for (const c of result.claims) {
      // A known extra is there, so its fragment is too.
      if ((fixture.knownExtras ?? []).some((k) => c.quote.includes(k))) continue;
      for (const bad of fixture.absent) expect(c.quote).not.toContain(bad);
      for (const label of fixture.labels ?? []) expect(c.quote.startsWith(label)).toBe(false);
    }
  });

  it('points every claim at its sentence in the body as submitted', () => {
    for (const c of result.claims) expect(body.slice(c.spanStart, c.spanEnd)).toBe(c.quote);
  });

  it.each(fixture.claims.map((e) => [e.quote, e] as const))('reads "%s" right', (_q, e) => {
    const c = matching(result.claims, e);
    expect(c).toBeDefined();
    if (c === undefined) return;
    if (e.text !== undefined) expect(c.text).toBe(e.text);
    if (e.role !== undefined) expect(c.claimantRole).toBe(e.role);
    if (e.type !== undefined) expect(c.claimType).toBe(e.type);
  });
});

describe('claimant accuracy over all fixtures', () => {
  it('names the right claimant for at least 9 in 10 attributed claims', () => {
    let attributed = 0;
    let right = 0;
    const wrong: string[] = [];
    for (const f of FIXTURES) {
      const { result } = load(f);
      for (const e of f.claims) {
        if (!isAttributed(f, e)) continue;
        attributed++;
        const c = matching(result.claims, e);
        if (c !== undefined && c.claimant === e.claimant) right++;
        else wrong.push(`${f.file}: "${e.quote}" → ${c?.claimant ?? '(not found)'}, expected ${e.claimant}`);
      }
    }
    expect(attributed).toBeGreaterThanOrEqual(30);
    const accuracy = right / attributed;
    // Printed so the number can be quoted; the assertion is what guards it.
    process.stdout.write(`claimant accuracy ${right}/${attributed} = ${accuracy.toFixed(3)}\n${wrong.join('\n')}\n`);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the publisher every unattributed claim', () => {
    for (const f of FIXTURES) {
      const { result } = load(f);
      for (const e of f.claims.filter((x) => !isAttributed(f, x))) {
        const c = matching(result.claims, e);
        expect(c?.claimant).toBe(f.source ?? null);
        expect(c?.claimantKind).toBe('PUBLISHER');
      }
    }
  });
});
