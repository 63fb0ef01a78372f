import { parseFrame } from './attribution';
import { isCheckable } from './candidates';
import { claimText } from './claim-text';
import { splitSentences } from './sentences';

function checkable(text: string): boolean {
  const [s] = splitSentences(text);
  const frame = parseFrame(s);
  const content = s.tokens.filter((t) => frame.content.some((c) => t.start >= c.start && t.end <= c.end));
  return isCheckable(s, frame, content, claimText(text, frame.content));
}

describe('isCheckable', () => {
  it.each([
    'The decision was supported by 99 members of parliament, one opposed, and three abstained.',
    'He said the use of such munitions significantly reduces the need for standard ammunition.',
    'The increase amounts to about 1.3 billion euros, according to finance ministry figures.',
    '"The study is public and anyone can read it," he said.',
    'I was knocked off my bike near the station in 2021.',
    'Lithuania’s economy is the best performing in the Baltics, growing 3% last year.',
    // Reported positions on what should be done, and rules stated with "you can", stay claims.
    'Governor Romney suggested that employers should be able to make the decision.',
    'You can ship jobs overseas and get tax breaks for it.',
    // A non-answer joined to a statement leaves the statement.
    "Officials at the league are examining the club's accounts, though a league spokesperson said it did not comment.",
    'The ministry declined to comment, but said 40 staff had left.',
    // A short statement whose verb wink-nlp tags as a noun.
    'High rents drive families away.',
    'New rules force landlords out.',
    // "more" or "fewer" with a figure stays a claim.
    'Every year, 3,000 more people die than in 2010.',
    // A passive of a stance verb is what is done, no stance: "will be refused".
    'Owners who apply after that date will be refused, the council said.',
    // Doubt followed by a statement asserts the statement; people reported as saying what should be done too.
    "I'm not so sure that it means higher fuel costs, but I do believe prices rose by 20% last year.",
    'People said we should still have 5,000 troops in Iraq.',
  ])('"%s" is a claim', (text) => {
    expect(checkable(text)).toBe(true);
  });

  it.each([
    'Have you ever tried to cycle down Main Street at rush hour?',
    // Rhetoric counting nothing: every one of something is one more or less of another.
    'Every knife handed in is one less on our streets.',
    'Each bed we open is one more patient off a trolley.',
    '"Will it be ready on time?" asked one local councillor.',
    'She asked whether the bridge would be ready.',
    'Good morning, readers!',
    'Thank you for reading.',
    'Imagine a city where children can ride to school safely.',
    'For more information, contact the press office.',
    'Sign up for our newsletter and get the best stories in your inbox.',
    'Cycling in this city is absolutely wonderful.',
    'I think the mayor is doing a terrible job.',
    'This decision is a disgrace.',
    'He said so.',
    'Lopez disagreed.',
    'The ministry did not respond to a request for comment.',
    'The spokesman declined to comment on the number of troops.',
    'He did not say how many troops would be sent.',
    // Rhetoric with nothing to look up.
    '"This is not about a single meal," said Dr. Priya Raman.',
    '"It is about what people eat day after day for years."',
    '"Parents deserve to know what is in their children\'s food," Lopez said.',
    'You should be ashamed of yourself.',
    // Advice to people at large, condolences, doubt, dependence and what is unsettled.
    '"People should not travel unless their journey is absolutely necessary."',
    "Parents should check their school's website before setting out.",
    '"Our thoughts are with his family and friends at this difficult time," said Superintendent Jo Bell.',
    'Our sympathies go out to everyone affected by the fire.',
    '"I am just not sure it will be us," he said.',
    'She is less sure the scheme can last.',
    'That depends on whether the flats go back to local families, said Ana Lopes.',
    'The evidence from other cities is mixed.',
  ])('"%s" is not', (text) => {
    expect(checkable(text)).toBe(false);
  });
});
