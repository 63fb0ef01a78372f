import { extractClaims } from './extract-claims';
import type { ExtractedClaim } from './types';

// News styles the engine misread: a post-posed speaker whose "adding that" clause is theirs too, an
// age and hometown in apposition, two speakers' frames joined in one sentence, and the court
// report's participle role ("Helen Marsh, prosecuting, told the court …").
const claimsOf = (body: string): ExtractedClaim[] => extractClaims({ body, source: 'Courier' }).claims;
const who = (c: ExtractedClaim): Pick<ExtractedClaim, 'text' | 'claimant' | 'claimantRole' | 'claimantKind'> => ({
  text: c.text,
  claimant: c.claimant,
  claimantRole: c.claimantRole,
  claimantKind: c.claimantKind,
});

describe('frames in news styles', () => {
  it('gives "…, said Mayor Alex Varn, adding that B" both statements, each as a claim of its own', () => {
    const body = 'The new depot will create 200 jobs, said Mayor Alex Varn, adding that the council had saved 3 million pounds.';
    const claims = claimsOf(body);
    expect(claims.map(who)).toEqual([
      { text: 'The new depot will create 200 jobs', claimant: 'Alex Varn', claimantRole: 'Mayor', claimantKind: 'PERSON' },
      { text: 'the council had saved 3 million pounds', claimant: 'Alex Varn', claimantRole: 'Mayor', claimantKind: 'PERSON' },
    ]);
    // Each claim points at its own clause, so the two have distinct spans (claims are unique by span).
    for (const c of claims) expect(body.slice(c.spanStart, c.spanEnd)).toBe(c.quote);
    expect(claims[0].spanEnd).toBeLessThanOrEqual(claims[1].spanStart);
  });

  it('keeps the "adding that" clause after a speaker-first tail frame too', () => {
    const claims = claimsOf('Rents rose by 9 percent last year, she said, adding that wages had not kept pace.');
    expect(claims.map((c) => c.text)).toEqual(['Rents rose by 9 percent last year', 'wages had not kept pace']);
  });

  it('reads "Mr Hughes, 54, from Leeds, said" as a person, without an age or a town for a role', () => {
    const [c] = claimsOf('Mr Hughes, 54, from Leeds, said the factory had cut 300 jobs since 2019.');
    expect(who(c)).toEqual({ text: 'the factory had cut 300 jobs since 2019', claimant: 'Hughes', claimantRole: null, claimantKind: 'PERSON' });
    const [d] = claimsOf('Sarah Okafor, 38, of Bradford, said her rent had doubled in five years.');
    expect(who(d)).toMatchObject({ claimant: 'Sarah Okafor', claimantRole: null, claimantKind: 'PERSON' });
  });

  it('splits "Critics say A, but ministers insist B" between the two speakers', () => {
    const body = 'Critics say the scheme has cost 40 million pounds, but ministers insist it has cut waiting lists by a fifth.';
    expect(claimsOf(body).map(who)).toEqual([
      { text: 'the scheme has cost 40 million pounds', claimant: 'critics', claimantRole: null, claimantKind: 'ORGANISATION' },
      { text: 'it has cut waiting lists by a fifth', claimant: 'ministers', claimantRole: null, claimantKind: 'ORGANISATION' },
    ]);
  });

  it('reads the court report\'s participle role, and keeps it for the surname later', () => {
    const claims = claimsOf(
      'Helen Marsh, prosecuting, told the court that the defendant had stolen 12,000 pounds from the charity. ' +
        'Tom Reid, defending, said his client had repaid 4,000 pounds. Ms Marsh said the thefts began in 2021.',
    );
    expect(claims.map((c) => [c.claimant, c.claimantRole])).toEqual([
      ['Helen Marsh', 'prosecutor'],
      ['Tom Reid', 'defence counsel'],
      ['Helen Marsh', 'prosecutor'],
    ]);
  });

  it('gives "X said that A, and that B" two claims of X, but not "and that\'s …"', () => {
    const claims = claimsOf('The agency said it would spend 3.4 million pounds on repairs, and that work would start in the spring.');
    expect(claims.map((c) => [c.text, c.claimant])).toEqual([
      ['it would spend 3.4 million pounds on repairs', 'the agency'],
      ['work would start in the spring', 'the agency'],
    ]);
    expect(claimsOf('The mayor said we believe in free trade, and that\'s the thing that saved 400 jobs.')).toHaveLength(1);
  });

  it('gives a clause after a semicolon with a named speaker of its own to that speaker', () => {
    const claims = claimsOf('Barcelona stopped granting licences in 2014; a 2021 study by economists at the University of Barcelona estimated that rents would have been 7% higher.');
    expect(claims.map((c) => [c.text, c.claimant])).toEqual([
      ['Barcelona stopped granting licences in 2014', 'Courier'],
      ['rents would have been 7% higher', 'a 2021 study by economists at the University of Barcelona'],
    ]);
    // "; I think …", "; he said …" go on in the voice before: one claim.
    expect(claimsOf('Prices rose by 4% in 2023; I think they will rise by 5% in 2024.')).toHaveLength(1);
  });

  it('keeps "the state law said that B" inside the speaker\'s statement: a law is no speaker', () => {
    const claims = claimsOf('"My church is against the death penalty," Kaine said. "But I was governor of a state, and the state law said that there was a death penalty for 3 crimes."');
    expect(claims.map((c) => [c.claimant, c.text])).toEqual([
      ['Kaine', 'My church is against the death penalty'],
      ['Kaine', 'But I was governor of a state, and the state law said that there was a death penalty for 3 crimes'],
    ]);
  });
});
