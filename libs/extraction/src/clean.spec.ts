import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanBody, datelineLength } from './clean';
import { isCallToAction, isSocialRow } from './reader-prompts';

/** The lines of the body that survive cleaning, trimmed. */
function kept(body: string, title?: string): string[] {
  return cleanBody(body, title)
    .masked.split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

describe('cleanBody', () => {
  it('drops the lists of other stories under "Related stories", "More from …" and "Most read", not a list a sentence introduces', () => {
    const body = 'The council approved the plan on Monday.\n\nRelated stories\n- Bridge to close for repairs in May\n- New school to open in 2027\n\nMore from the Valley Echo\n- Bakery wins national award\n\nMost read\n1. Fire crews called to warehouse blaze, 19\n2. Bus fares to rise by 5% in April\n\nThe survey found that:\n- 40% of pupils walk to school\n- 12% cycle';
    const lines = kept(body);
    expect(lines).toContain('The council approved the plan on Monday.');
    for (const headline of ['Bridge to close', 'New school', 'Bakery wins', 'Fire crews', 'Bus fares']) expect(lines.some((l) => l.includes(headline))).toBe(false);
    expect(lines).toContain('- 40% of pupils walk to school');
  });

  it('drops a correction, a "Published … ET | Updated … ET" line, a note on the bylined author and newsletter blurbs', () => {
    const body = 'By Jane Roe, Staff Writer\nPublished June 23, 2026, 9:48 p.m. ET | Updated June 24, 2026, 7:05 a.m. ET\n\nThe Senate voted 25-15 to pass the budget.\n\nSign up to the Gazette\'s What\'s On newsletter for the best events in town, every Thursday.\n\nOur morning email breaks down the key stories of the day. Enter your email address.\n\nCorrection: An earlier version of this story misstated the vote.\nThe vote was 25-15.\n\nJane Roe covers the statehouse for the Gazette.';
    expect(kept(body)).toEqual(['The Senate voted 25-15 to pass the budget.']);
  });
  // Every fixture article, as written and with its lines wrapped at 60 columns: the masked text is the body's length
  // with its newlines in place, so every offset the engine gives points into the body as submitted.
  const dir = join(__dirname, '__fixtures__');
  const wrap = (text: string): string => text.split('\n').map((l) => l.replace(/(.{1,60})(\s+|$)/g, '$1\n').trimEnd()).join('\n');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.txt')).sort())('keeps the offsets of %s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const body of [text, wrap(text)]) {
      const { masked } = cleanBody(body, text.split('\n')[0]);
      expect(masked.length).toBe(body.length);
      expect([...masked.matchAll(/\n/g)].map((m) => m.index)).toEqual([...body.matchAll(/\n/g)].map((m) => m.index));
    }
  });
  it('keeps offsets when a line above a time zone ("9:40 a.m. ET") is furniture too: the blanks are laid in the text\'s order', () => {
    // The paragraph's lines are read from its end, so "ET" (read as a wire desk's sign-off) was blanked before the
    // byline above it, and the masked text grew by a line: every later sentence was cut in the wrong place.
    const body = 'Flu cases double\n\nBy Rachel Okafor, Health Reporter\nPublished Nov. 27, 2026, 6:15 a.m. ET | Updated Nov. 27, 2026, 9:40 a.m. ET\n\nFlu admissions rose to 1,146 last week, the state health department said.';
    const { masked } = cleanBody(body, 'Flu cases double');
    expect(masked.length).toBe(body.length);
    expect(masked.slice(masked.indexOf('Flu admissions'))).toBe(body.slice(body.indexOf('Flu admissions')));
  });
  it('keeps offsets: the masked text has the body\'s length and its newlines where they were', () => {
    const body = 'Diplomacy\n\nLithuania’s Seimas voted.\r\nShare this article\n\nFacebook Twitter LinkendIn';
    const { masked, furniture } = cleanBody(body);
    expect(masked.length).toBe(body.length);
    for (let i = 0; i < body.length; i++) if (body[i] === '\n') expect(masked[i]).toBe('\n');
    for (const s of furniture) expect(masked.slice(s.start, s.end).trim()).toBe('');
    expect(masked.indexOf('Lithuania’s Seimas voted.')).toBe(body.indexOf('Lithuania’s Seimas voted.'));
  });

  it('removes a note on the bylined author at the foot, but not a sentence about the author in the story', () => {
    const story = 'The council agreed the loan on Wednesday by 31 votes to 22 after a long debate. The club said work would begin in the autumn and finish in two years.';
    const body = ['By Nadia Fenwick, Local Democracy Reporting Service', '', story, '', 'Nadia Fenwick is a reporter covering Castlebridge. The service is a partnership of publishers.'].join('\n');
    expect(kept(body)).toEqual([story]);
    const early = ['By Nadia Fenwick', '', 'Nadia Fenwick is the only reporter at the meeting, which the council held in private.', '', story, '', story, '', story].join('\n');
    expect(kept(early)).toContain('Nadia Fenwick is the only reporter at the meeting, which the council held in private.');
  });

  it('removes section labels, repeated headlines, labels and share rows by their shape', () => {
    const body = [
      'Diplomacy',
      '',
      'Lithuania has withdrawn from the convention',
      '',
      'Lithuania has withdrawn from the convention',
      'Article top vertical',
      '',
      'The Seimas approved the withdrawal. The vote was 99 to one.',
      '',
      'Share this article',
      '',
      'Facebook Twitter LinkendIn',
    ].join('\n');
    expect(kept(body)).toEqual(['The Seimas approved the withdrawal. The vote was 99 to one.']);
  });

  it('removes a line equal to the title even when it ends like a sentence', () => {
    expect(kept('Prices rose again.\n\nPrices rose by 5% in May.', 'Prices rose again.')).toEqual(['Prices rose by 5% in May.']);
  });

  it('keeps the first copy of a repeated sentence (a pull quote) and drops the second', () => {
    const body = 'The army has 5,000 troops.\n\nOther news came later.\n\nThe army has 5,000 troops.';
    expect(kept(body)).toEqual(['The army has 5,000 troops.', 'Other news came later.']);
  });

  it('removes wire furniture: byline, reading time, dateline, credits, copyright, link lines', () => {
    const body = [
      'By Kadri Tamm and Peter Olsen',
      '3 min read',
      'Updated 14:05 GMT, 4 March 2024',
      '',
      'TALLINN, March 4 (NPA) - Estonia will raise defence spending, the government said.',
      '',
      'Read more: NATO allies pledge more air defence. It is a big step.',
      'Advertisement',
      '(Reporting by Kadri Tamm; Editing by Peter Olsen)',
      '© 2024 Nordic Press Agency. All rights reserved.',
    ].join('\n');
    expect(kept(body)).toEqual(['Estonia will raise defence spending, the government said.']);
  });

  it('removes cookie, newsletter and comment prompts but not prose about cookies or newsletters', () => {
    const body = [
      'We use cookies to personalise content. By continuing to browse you agree to our use of cookies.',
      'Sign up for our weekly newsletter and get the best stories in your inbox.',
      'Leave a comment below.',
    'This article was updated on 4 March to correct the spelling of a name.',
      'The bakery sold 4,000 cookies in a week.',
      'The ministry published its newsletter on Monday.',
    ].join('\n');
    expect(kept(body)).toEqual(['The bakery sold 4,000 cookies in a week.', 'The ministry published its newsletter on Monday.']);
  });

  it('keeps hard-wrapped prose, including a line that breaks before a capitalised word', () => {
    const body = [
      'The Kaunas city municipality announced today that Šilainiai bridge',
      'will reopen to traffic on 15 May after a two-year renovation. The',
      'renovation cost €14.6 million, of which 60% was paid by the European',
      'Union.',
    ].join('\n');
    expect(kept(body)).toEqual(body.split('\n'));
  });

  it("drops a press release's back matter: what follows its end mark, notes to editors, \"About X\" and contacts", () => {
    // (The story is the most of the text: back matter is a release's tail.)
    const story = 'The trust said its 12 branches lent 40,000 books in 2024. The director said the figure had doubled since 2019. '.repeat(4).trim();
    const tail = ['-ENDS-', '', 'Notes to editors', '', '1. The figures come from the trust\'s own records.', '', 'About Harbour Libraries', '', 'Harbour Libraries is a charity founded in 1950.', '', '###'];
    expect(kept([story, '', ...tail].join('\n'))).toEqual([story]);
    // Without an end mark: "About X" when the next paragraph defines X, and "Media contact".
    expect(kept([story, '', 'About Harbour Libraries', '', 'Harbour Libraries is a charity founded in 1950.'].join('\n'))).toEqual([story]);
    expect(kept([story, '', 'Media contact: Ann Lee, 020 7946 0000'].join('\n'))).toEqual([story]);
  });

  it('drops only the box when the story goes on after an "About X" box', () => {
    const story = 'The trust said its 12 branches lent 40,000 books in 2024. The director said the figure had doubled since 2019. '.repeat(4).trim();
    const box = ['About Harbour Libraries', '', 'Harbour Libraries is a charity founded in 1950. It runs 12 branches.'];
    const after = 'The council said it would decide on the trust\'s grant in May.';
    expect(kept([story, '', ...box, '', after].join('\n'))).toEqual([story, after]);
    // Heading and definition in one paragraph.
    expect(kept([story, '', box[0], box[2], '', after].join('\n'))).toEqual([story, after]);
    // A release's boilerplate and contacts after the box are still back matter, to the end.
    expect(kept([story, '', ...box, '', 'For more information, visit the trust\'s website.', '', 'Press office: 020 7946 0000'].join('\n'))).toEqual([story]);
  });

  it('keeps "About the study" over prose that is no definition of it, and a marker with most of the text after it', () => {
    const about = ['The trust lent 40,000 books in 2024.', '', 'About the study', '', 'Researchers followed 4,000 readers for two years.'].join('\n');
    expect(kept(about)).toEqual(['The trust lent 40,000 books in 2024.', 'Researchers followed 4,000 readers for two years.']);
    const early = ['-ENDS-', '', 'The trust lent 40,000 books in 2024.', '', 'The director said the figure had doubled since 2019.'].join('\n');
    expect(kept(early)).toEqual(['The trust lent 40,000 books in 2024.', 'The director said the figure had doubled since 2019.']);
  });

  it('keeps a list a sentence introduces, and a box of figures, but not a list of links', () => {
    const introduced = ['The survey of 2,000 tenants found that:', '', '• 21% had skipped meals', '• 38% spend more than 40% of their pay on rent'].join('\n');
    expect(kept(introduced)).toEqual(introduced.split('\n').filter((l) => l.length > 0));
    const box = ['Key figures', '• 11,400 licences in 2024', '• 62% of them in the centre', 'Sources: tourism registry'].join('\n');
    expect(kept(box)).toEqual(['• 11,400 licences in 2024', '• 62% of them in the centre']);
    const links = ['Most read', '1. Ten things to do in Vilnius this weekend', '2. Baltic energy prices fall again', '', 'You might also like:', '• Latvia and Estonia sign grid deal', '• Finland opens nuclear plant'].join('\n');
    expect(kept(links)).toEqual([]);
  });

  it('keeps the line that introduces a quotation of several paragraphs', () => {
    const body = ['The charity\'s chief executive, Dr Naomi Asante, said:', '', '"Since 2021 the number of families in hostels has risen by a third.'].join('\n');
    expect(kept(body)).toEqual(body.split('\n').filter((l) => l.length > 0));
  });

  it('drops a short headline sitting directly above the first paragraph', () => {
    expect(kept('Bridge to reopen in May\nThe bridge will reopen on 15 May, the city said.')).toEqual(['The bridge will reopen on 15 May, the city said.']);
  });
});

describe('isSocialRow', () => {
  it.each(['Facebook Twitter LinkendIn', 'Share on Facebook | Share on X | Email', 'WhatsApp · Telegram · Copy link', 'Print'])('"%s" is a share row', (row) => {
    expect(isSocialRow(row)).toBe(true);
  });
  it.each(['Facebook said its profits rose', 'Lithuania has withdrawn from the convention', 'Twitter'.padEnd(7) + ' was sold in 2022 for $44 billion'])('"%s" is not', (line) => {
    expect(isSocialRow(line)).toBe(false);
  });
});

describe('isCallToAction', () => {
  it.each([
    'Subscribe to our newsletter to get the latest news in your inbox every morning.',
    'Click here to read the full report',
    'Follow us on Instagram',
    'Accept all cookies',
    'Share this article',
    'For more information, contact the press office.',
    'Comments are closed.',
    // The writer on the page itself.
    'The interview has been edited for length and clarity.',
    "We're closing this live blog now.",
    "Our full report on the storm's impact is here.",
    // The live blog's host, a request to the reader, a contact, a signpost to what the page holds.
    "I'm Hannah Price, and I'll be bringing you the latest updates through the evening.",
    "We'll bring you more as we get it.",
    'Please turn on JavaScript in your browser to see key events.',
    'You can reach the live blog team on WhatsApp or by email.',
    'Here is what changes, who it affects and what the evidence says.',
  ])('"%s" is a prompt', (line) => {
    expect(isCallToAction(line)).toBe(true);
  });
  it.each([
    'We are closing three hospitals in the region by 2027.',
    'The newsletter reached 40,000 subscribers in 2023.',
    'Police followed the suspect to the station.',
    'Readers can register to vote until 5 May.',
    // A speaker's plan, and a rule stated to the reader, are no prompts.
    "Here's how we're going to cut the deficit in half by 2030.",
    "Here's what I'll do: the borders will be closed to 5,000 more trucks.",
    'You can use your ticket until Sunday.',
  ])('"%s" is not', (line) => {
    expect(isCallToAction(line)).toBe(false);
  });
});

describe('datelineLength', () => {
  it.each([
    ['VILNIUS, Lithuania (AP) — The Seimas voted.', 'VILNIUS, Lithuania (AP) — '.length],
    ['LONDON, March 3 (Reuters) - Prices rose.', 'LONDON, March 3 (Reuters) - '.length],
    ['WASHINGTON — The Senate voted.', 'WASHINGTON — '.length],
    ['Vilnius (BNS) – The Seimas voted.', 'Vilnius (BNS) – '.length],
    // A press release's: a place in ordinary case with a date.
    ['London, 9 April 2025 – One in five renters skipped meals.', 'London, 9 April 2025 – '.length],
    ['Kaunas, March 4 - The bridge reopened.', 'Kaunas, March 4 - '.length],
  ])('finds the dateline of "%s"', (line, length) => {
    expect(datelineLength(line)).toBe(length);
  });
  it.each(['Paris - the city of light - is busy.', 'The Seimas voted — again.', 'Paris, the capital – was quiet.'])('finds none in "%s"', (line) => {
    expect(datelineLength(line)).toBe(0);
  });
});
