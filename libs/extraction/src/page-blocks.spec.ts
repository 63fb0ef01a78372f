import { followsBullet, introducesBlock, introducesDemands, listItemsAreProse, opensBackMatter, storyFollows } from './page-blocks';

describe('page blocks', () => {
  it('opens a release\'s back matter at its end mark, its notes, its contacts and an "About X" that defines X', () => {
    for (const mark of ['-ENDS-', 'ENDS', '- ends -', '###', '-30-', 'End of press release', 'Notes to editors', "Editor's notes", 'Media contact', 'Press enquiries:']) expect(opensBackMatter(mark, undefined)).toBe('release');
    expect(opensBackMatter('About Shelterwise', 'Shelterwise is a national charity.')).toBe('about');
    expect(opensBackMatter('About the Harbour Trust', 'The Harbour Trust runs 12 libraries.')).toBe('about');
    expect(opensBackMatter('About Shelterwise', 'The survey was run in May.')).toBeUndefined();
    expect(opensBackMatter('About the study', 'The study followed 4,000 people.')).toBeUndefined();
    expect(opensBackMatter('The trust lent 40,000 books in 2024, it ends.', undefined)).toBeUndefined();
  });

  it('tells story after an "About X" box by its quotations and reporting verbs', () => {
    expect(storyFollows(['Media contact', 'Priya Nandra, press officer', 'press@shelterwise.org.uk | 020 7946 0321'])).toBe(false);
    expect(storyFollows(['Shelterwise runs 40 advice centres.'])).toBe(false);
    expect(storyFollows(['', 'The council said it would publish the figures in May.'])).toBe(true);
    expect(storyFollows(['“We are not done yet,” Ms Lee told the meeting.'])).toBe(true);
  });

  it('takes a line ending in a colon for the start of a list or a quotation, unless it speaks to the reader', () => {
    expect(introducesBlock('The survey of 2,104 renters found that:', 6, '• 21% had skipped meals')).toBe(true);
    expect(introducesBlock('Dr Naomi Asante said:', 4, '"Since 2021 the number has risen.')).toBe(true);
    expect(introducesBlock('You might also like:', 4, '• Latvia signs grid deal')).toBe(false);
    expect(introducesBlock('Most read:', 2, '• Latvia signs grid deal')).toBe(false);
    expect(introducesBlock('The survey found that:', 4, 'Prices rose.')).toBe(false);
  });

  it('reads a list as statements when a sentence introduces it or most items are figures, never a question', () => {
    expect(listItemsAreProse(['• 11,400 licences in 2024', '• 62% in the centre', '• Most are flats'], false)).toEqual([true, true, true]);
    expect(listItemsAreProse(['1. Ten things to do this weekend', '2. Prices fall again'], false)).toEqual([false, false]);
    expect(listItemsAreProse(['• rents rose', '• Is it fair?'], true)).toEqual([true, false]);
  });

  it('finds the bullet or number opening the line before an offset', () => {
    const body = 'Found:\n• 21% skipped meals\n  - 38% pay more\n12. Notes\nA - B';
    expect(followsBullet(body, body.indexOf('21%'))).toBe(true);
    expect(followsBullet(body, body.indexOf('38%'))).toBe(true);
    expect(followsBullet(body, body.indexOf('Notes'))).toBe(true);
    expect(followsBullet(body, body.indexOf('B'))).toBe(false);
    expect(followsBullet(body, body.indexOf('Found'))).toBe(false);
  });

  it('tells demands ("calling on the government to:") from what someone will do ("has pledged to:")', () => {
    expect(introducesDemands('The charity is calling on the government to:')).toBe(true);
    expect(introducesDemands('Campaigners want ministers to:')).toBe(true);
    expect(introducesDemands('The government has pledged to:')).toBe(false);
    expect(introducesDemands('The council plans to:')).toBe(false);
    expect(introducesDemands('The survey found that:')).toBe(false);
  });
});
