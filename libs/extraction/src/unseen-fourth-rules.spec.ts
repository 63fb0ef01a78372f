import { extractClaims } from './extract-claims';
import type { ExtractedClaim } from './types';

// The general rules a fourth set of unseen articles (inquest, company filing, election night) showed
// missing (engine 1.4.4, issue #3): each case is a short text of its own, not the fixtures' words.
const claimsOf = (body: string): ExtractedClaim[] => extractClaims({ body, source: 'Gazette' }).claims;
const claimantOf = (body: string, fragment: string): string | null | undefined => claimsOf(body).find((c) => c.quote.includes(fragment))?.claimant;

describe('rules from the fourth unseen set', () => {
  it('keeps a clock time with a dot ending a sentence ("at 7.15am.") in its sentence', () => {
    expect(claimsOf('The fire was reported at 7.15am.').map((c) => c.text)).toEqual(['The fire was reported at 7.15am']);
  });

  it('names a person given one name after a possessive description ("Mr Lane\'s widow, Ruth,"), and takes her gender from the description', () => {
    const body = 'Dr Susan Blake said the hospital had 40 beds.\n\nMr Lane\'s widow, Ruth, said the ward had closed in May. "He waited nine hours for a bed," she said.';
    expect(claimantOf(body, 'the ward had closed')).toBe('Ruth');
    expect(claimantOf(body, 'nine hours')).toBe('Ruth');
  });

  it('lets the speaker\'s own "she" overrule a gender guessed from a name\'s ending alone', () => {
    const body = 'Dr Susan Blake said the hospital had 40 beds.\n\nA nurse, Delys Brann, said she had worked 60 hours that week. The ward was short of six staff, she told the inquiry.';
    expect(claimantOf(body, 'short of six staff')).toBe('Delys Brann');
  });

  it('gives "He said" in the same paragraph to the man who spoke, not to a man his statement was about', () => {
    const body = 'The judge, Peter Crane, said Mr Hollis had lied to the court. He said the sentence would be handed down in March.';
    expect(claimantOf(body, 'handed down in March')).toBe('Peter Crane');
  });

  it('gives "A council spokesperson" the one body the sentence before named, as a bare "A spokesperson"', () => {
    const body = 'Redbridge Council rejected the complaint. A council spokesperson said the road had been resurfaced in 2022.';
    expect(claimantOf(body, 'resurfaced in 2022')).toBe('Redbridge Council');
  });

  it('gives "the company" the business named in "Shares in X", before a public body named after it', () => {
    const body = 'Shares in Orlin Dynamics fell 5% after an inquiry by the Competition Authority was disclosed.\n\nThe company said its sales had risen 12% in the quarter.';
    expect(claimantOf(body, 'risen 12%')).toBe('Orlin Dynamics');
  });
});
