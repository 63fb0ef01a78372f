import { extractClaims } from './extract-claims';
import type { ExtractedClaim } from './types';

// The general rules that reading a court report, a council budget story, a hedged health story
// and a Q&A interview called for: each case is a short text of its own, not the fixtures' words.
const claimsOf = (body: string): ExtractedClaim[] => extractClaims({ body, source: 'Gazette' }).claims;
const claimantOf = (body: string, fragment: string): string | null | undefined => claimsOf(body).find((c) => c.quote.includes(fragment))?.claimant;

describe('rules for more news styles', () => {
  it('reads a "which" clause between a body and its verb as the body\'s', () => {
    expect(claimantOf('Acme, which makes boilers, said it would cut 200 jobs in Derby.', '200 jobs')).toBe('Acme');
  });

  it('reads "…, the researchers found." and "…, figures from X show." closing a sentence as frames', () => {
    expect(claimantOf('Pupils who slept eight hours scored 12% higher, the researchers found.', '12% higher')).toBe('the researchers');
    expect(claimantOf('Knife crime rose by 7% last year, figures from the Home Office show.', 'rose by 7%')).toBe('the Home Office');
  });

  it('gives ", saying B" after a subject\'s own clause to the subject, as a claim of its own', () => {
    const claims = claimsOf('Councillor Mary Stone rejected the plan, saying that it would cost 4 million pounds more than the council had budgeted.');
    expect(claims.map((c) => [c.text, c.claimant])).toEqual([['it would cost 4 million pounds more than the council had budgeted', 'Mary Stone']]);
    // Not a thing that cannot speak: sales say nothing.
    expect(claimsOf('Sales fell by a third in March, saying shoppers stayed at home.').map((c) => c.claimant)).toEqual(['Gazette']);
  });

  it('keeps two particles in a name ("de la Fuente")', () => {
    expect(claimantOf('Dr Marta de la Fuente said the trial enrolled 4,000 patients.', '4,000 patients')).toBe('Marta de la Fuente');
  });

  it('takes "First Last\'s" as a person, whom a later "Mr Last" and the interview\'s answers are', () => {
    const body = "Floods reached Alan Pryce's farm in May. Mr Pryce, 61, has farmed there for 34 years.\n\nQ: What happened?\n\nA: We lost 140 ewes in one night.";
    expect(claimantOf(body, '140 ewes')).toBe('Alan Pryce');
  });

  it('takes a full name after a noun for a person ("the American investor Dana Whitlock") as that person, for the surname later', () => {
    const body = 'The club was sold to a consortium led by the American investor Dana Whitlock. Whitlock, 47, said the consortium would spend 5 million pounds on a training centre.';
    expect(claimantOf(body, '5 million pounds')).toBe('Dana Whitlock');
  });

  it('lets the interviewee be the latest mention at each answer, for "he says" after the answers', () => {
    const body =
      'Alan Pryce has farmed at Low Mill for 34 years.\n\nQ: What happened?\n\nA: We lost 140 ewes in one night.\n\n' +
      'A spokesperson for the agency said 430 homes were protected.\n\nQ: And now?\n\nA: Nobody has dredged the river since 1990.\n\n' +
      'Back in the caravan, he says the flood has cost the farm 85,000 pounds.';
    expect(claimantOf(body, '85,000 pounds')).toBe('Alan Pryce');
  });

  it('skips an opening "Asked about …," or "Outside court," before the speaker', () => {
    expect(claimantOf('Ann Cole spoke first. Asked about the delay, Ms Cole said the bridge would open in 2027.', 'open in 2027')).toBe('Ann Cole');
    expect(claimantOf('Outside court, Mrs Oduya said the charity had lost 31,000 pounds.', '31,000 pounds')).toBe('Oduya');
  });

  it('learns a speaker\'s gender from "said she …", for her next "she"', () => {
    const body = 'Councillor Ruth Akande said the council had spent 2 million pounds. Pensioner Eileen Grady said she walked to the library three times a week. "Half the people on my street have no internet," she said.';
    expect(claimantOf(body, 'no internet')).toBe('Eileen Grady');
  });

  it('writes a group opened by a common adjective in lower case', () => {
    expect(claimantOf('Opposition councillors say the closures will save 300,000 pounds.', '300,000')).toBe('opposition councillors');
  });

  it('reads a plea ("admitted fraud") as the writer\'s report, not a statement of the one who pleads', () => {
    expect(claimsOf('Graham Hughes, 54, admitted fraud by abuse of position at Leeds Crown Court on Monday.').map((c) => c.claimant)).toEqual(['Gazette']);
  });

  it('drops what is not known, advice to the reader and what "people think", and "Have your say"', () => {
    for (const s of [
      'We cannot rule out that people in the early stages simply walk less, said Dr Ann Lee.',
      'That means the data may not reflect how active people were over 7 years, he said.',
      'Anyone worried about their memory should speak to their GP, she said.',
      '"People think farmers get compensated for everything," she said.',
      'Have your say below.',
      'He spoke to our rural affairs correspondent, Joanna Wells, about the flood and the insurance claim.',
    ])
      expect(claimsOf(s).map((c) => c.quote)).toEqual([]);
  });

  it('does not split off ", but I think B" (the same voice goes on) nor an act ("and they announced a pause")', () => {
    expect(claimsOf('Prices rose by 4% last year, but I think they will fall in 2026.')).toHaveLength(1);
    expect(claimsOf('Troops shelled the city for 3 weeks, and they just announced a pause.')).toHaveLength(1);
  });
});

// The general rules that a live blog, a press release with its back matter, a long-form feature and an
// explainer with a fact box called for (session 10): each case is a short text of its own.
describe('rules for news formats', () => {
  it('gives the paragraphs of a quotation opened after "X said:" to X, over several paragraphs', () => {
    const body = 'The charity\'s director, Dr Ann Hale, said:\n\n"Since 2021 the number of families in hostels has risen by a third.\n\n"Every week 40 families call our advice line."';
    expect(claimsOf(body).map((c) => [c.claimant, c.text])).toEqual([
      ['Ann Hale', 'Since 2021 the number of families in hostels has risen by a third'],
      ['Ann Hale', 'Every week 40 families call our advice line'],
    ]);
  });

  it('reads the items of a list with the sentence that introduces it, which is no claim itself; a list of demands has none', () => {
    const body = 'A survey published today by the charity Homeright found that rents rose by 9% in 2024.\n\nThe survey of 2,000 tenants found that:\n\n• 21% had skipped meals to pay rent\n• 38% spend more than 40% of their pay on rent\n\nThe charity is calling on the government to:\n\n• cap rent rises at inflation\n• build 90,000 social homes a year';
    expect(claimsOf(body).map((c) => [c.claimant, c.text])).toEqual([
      ['Homeright', 'rents rose by 9% in 2024'],
      ['Homeright', '21% had skipped meals to pay rent'],
      ['Homeright', '38% spend more than 40% of their pay on rent'],
    ]);
  });

  it('gives a box of figures to the publisher, and keeps its heading and sources out', () => {
    const body = 'The city froze new licences on Monday.\n\nKey figures\n• 11,400 licences in 2024\n• 62% of them in the centre\nSources: tourism registry';
    expect(claimsOf(body).map((c) => [c.claimant, c.quote])).toEqual([
      ['Gazette', 'The city froze new licences on Monday.'],
      ['Gazette', '11,400 licences in 2024'],
      ['Gazette', '62% of them in the centre'],
    ]);
  });

  it('keeps a live blog\'s timestamps, post headlines and host notes out of the claims', () => {
    const body = "Live\n\nKey events\n\n14:22 Thousands without power\n\n14:22\n\nThousands without power\n\nAbout 48,000 homes are without power, the grid operator said.\n\n12:58\n\nGood afternoon. I'm Ann Lee, and I'll be bringing you the latest updates. We'll bring you more as we get it.";
    expect(claimsOf(body).map((c) => c.quote)).toEqual(['About 48,000 homes are without power, the grid operator said.']);
  });

  it("drops a press release's dateline and back matter", () => {
    const story = 'London, 9 April 2025 – One in five renters skipped meals last year, the charity said. Rents rose by 9% in the year to March.';
    const body = `${story}\n\n-ENDS-\n\nNotes to editors\n\n1. The survey of 2,104 adults ran in May.`;
    expect(claimsOf(body).map((c) => c.quote)).toEqual(['One in five renters skipped meals last year, the charity said.', 'Rents rose by 9% in the year to March.']);
  });
});

