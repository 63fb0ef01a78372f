import { extractClaims } from './extract-claims';

const interview = [
  'Dr Miriam Castell has led the Eastbridge hospital trust since 2021. She spoke to us about waiting lists.',
  'Q: The government says the national waiting list fell by 40,000 in March. Is that what you see?',
  'A: Our list fell for eleven months in a row. Winter flu admissions took roughly a fifth of our surgical beds.',
  'Q: You opened an urgent treatment centre in October 2025.',
  'A: The centre sees about 150 patients a day who would otherwise have gone to A&E.',
].join('\n\n');

describe('speaker labels of a transcript', () => {
  const claims = extractClaims({ body: interview, source: 'The Courier' }).claims;
  const by = (fragment: string) => claims.find((c) => c.quote.includes(fragment));

  it('gives every sentence of an answer to the person the interview is with, without the label', () => {
    for (const fragment of ['Our list fell', 'Winter flu', 'The centre sees']) {
      expect(by(fragment)).toMatchObject({ claimant: 'Miriam Castell', claimantKind: 'PERSON' });
      expect(by(fragment)?.text.startsWith('A:')).toBe(false);
      expect(by(fragment)?.quote.startsWith('A:')).toBe(false);
    }
    const c = by('Our list fell');
    expect(interview.slice(c?.spanStart, c?.spanEnd)).toBe(c?.quote);
  });

  it("leaves the interviewer's statements to the publisher, and a framed one to its speaker", () => {
    expect(by('You opened')).toMatchObject({ claimant: 'The Courier', text: 'You opened an urgent treatment centre in October 2025' });
    expect(by('The government says')).toMatchObject({ claimant: 'the government' });
  });

  it('reads a named label as its speaker (in capitals, written as names are)', () => {
    const body = 'SANDERS: We have lost 800,000 jobs every month.\n\nCLINTON: The deficit was $1.4 trillion dollars in 2009.';
    expect(extractClaims({ body }).claims.map((c) => [c.claimant, c.claimantKind, c.text])).toEqual([
      ['Sanders', 'PERSON', 'We have lost 800,000 jobs every month'],
      ['Clinton', 'PERSON', 'The deficit was $1.4 trillion dollars in 2009'],
    ]);
  });

  it('writes a label in capitals as the name is written: the full name given before, else the surname, no honorific', () => {
    const body = 'Donald Trump and John McCain met in Ohio.\n\nTRUMP: We have lost 800,000 jobs.\n\nMCCAIN: The deficit was $1.4 trillion.\n\nMR. O\'ROURKE: Texas has 254 counties.';
    expect(extractClaims({ body }).claims.map((c) => c.claimant)).toEqual([null, 'Donald Trump', 'John McCain', "O'Rourke"]);
    expect(extractClaims({ body: 'MCCAIN: The deficit was $1.4 trillion.\n\nSEN. SANDERS: We have lost 800,000 jobs.' }).claims.map((c) => [c.claimant, c.claimantRole])).toEqual([
      ['McCain', null],
      ['Sanders', 'Sen.'],
    ]);
  });

  it('gives a first-person frame with an adverb or a "what" to the turn\'s speaker', () => {
    const body = 'SANDERS: I really believe that we lost 800,000 jobs every month.\n\nCLINTON: What I said is that the deficit was $1.4 trillion dollars in 2009.';
    expect(extractClaims({ body }).claims.map((c) => [c.claimant, c.text])).toEqual([
      ['Sanders', 'we lost 800,000 jobs every month'],
      ['Clinton', 'the deficit was $1.4 trillion dollars in 2009'],
    ]);
  });

  it('reads "Q." and "A." as turn labels too', () => {
    const body = 'Mayor Tom Reilly took office in May.\n\nQ. How many homes did you build?\n\nA. We built 400 council homes last year. Rents fell by 3 percent.';
    expect(extractClaims({ body, source: 'P' }).claims.map((c) => [c.claimant, c.text])).toEqual([
      ['P', 'Mayor Tom Reilly took office in May'],
      ['Tom Reilly', 'We built 400 council homes last year'],
      ['Tom Reilly', 'Rents fell by 3 percent'],
    ]);
  });

  it('does not take the journalist named in the introduction for the one who answers', () => {
    const body = 'Dr Miriam Castell spoke to health correspondent Hannah Oduya.\n\nQ: How long is the wait?\n\nA: The median wait is 31 weeks.';
    expect(extractClaims({ body, source: 'P' }).claims.map((c) => c.claimant)).toEqual(['P', 'Miriam Castell']);
  });

  it('takes one "Word:" line for no transcript', () => {
    const body = 'Council: more than 60 trees are down across the county roads.\n\nThe storm made landfall shortly after noon on Friday.';
    expect(extractClaims({ body, source: 'The Courier' }).claims[0]).toMatchObject({ claimant: 'The Courier' });
  });
});
