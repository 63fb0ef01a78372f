import { trackQuotes } from './quotes';
import { splitSentences } from './sentences';

const track = (text: string): Array<[string, boolean, number]> => {
  const s = splitSentences(text);
  return trackQuotes(text, s).map((q, i) => [text.slice(s[i].start, s[i].end), q.quoted, q.group]);
};

describe('trackQuotes', () => {
  it('groups the sentences of one quotation, curly or straight', () => {
    expect(track('“We are ready. The army has 5,000 troops,” she said. Then she left.')).toEqual([
      ['“We are ready.', true, 0],
      ['The army has 5,000 troops,” she said.', true, 0],
      ['Then she left.', false, -1],
    ]);
    expect(track('"One. Two," he said. "Three."')).toEqual([
      ['"One.', true, 0],
      ['Two," he said.', true, 0],
      ['"Three."', true, 1],
    ]);
  });

  it('closes an open quotation at a paragraph break', () => {
    expect(track('“We are ready.\n\nThe army is big.')).toEqual([
      ['“We are ready.', true, 0],
      ['The army is big.', false, -1],
    ]);
  });

  it('goes on over a paragraph that opens the quotation left open before it (a speech of several paragraphs)', () => {
    expect(track('“We are ready. The army is big.\n\n“It has 5,000 troops.”\n\nThe minister left.')).toEqual([
      ['“We are ready.', true, 0],
      ['The army is big.', true, 0],
      ['“It has 5,000 troops.”', true, 0],
      ['The minister left.', false, -1],
    ]);
    // A quotation closed before the break: the next one is another.
    expect(track('“We are ready.”\n\n“It has 5,000 troops.”').map((x) => x[2])).toEqual([0, 1]);
  });

  it('gives a sentence that opens a quotation going on after it the quotation\'s group', () => {
    expect(track('He said: "We are ready. The army is big." Then he left.')).toEqual([
      ['He said: "We are ready.', false, 0],
      ['The army is big."', true, 0],
      ['Then he left.', false, -1],
    ]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(track('Lithuania’s army grew. It’s big.').map((x) => x[1])).toEqual([false, false]);
  });
});
