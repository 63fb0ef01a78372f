import { splitSentences } from './sentences';

const texts = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits with wink-nlp and returns offsets into the text', () => {
    const text = 'Mr. Smith went to Washington. U.S. officials said 3.5% of voters agreed.\n\nThe end came.';
    expect(texts(text)).toEqual(['Mr. Smith went to Washington.', 'U.S. officials said 3.5% of voters agreed.', 'The end came.']);
  });

  it('ends no sentence at the dot of a clock time ("at 8.14am."), which wink-nlp splits off', () => {
    const text = 'He was pronounced dead at the scene at 8.14am. PC Kemble said so. It was 6 a.m. on Monday.';
    expect(texts(text)).toEqual(['He was pronounced dead at the scene at 8.14am.', 'PC Kemble said so.', 'It was 6 a.m. on Monday.']);
  });

  it('numbers paragraphs and never runs a sentence across a blank line, even without a full stop', () => {
    const text = 'A heading without a stop\n \nThe first paragraph ends here.\n\r\nThe second one.';
    const s = splitSentences(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(['A heading without a stop', 'The first paragraph ends here.', 'The second one.']);
    expect(s.map((x) => x.paragraph)).toEqual([0, 1, 2]);
  });

  it('glues back words wink-nlp splits at non-ASCII letters, with token offsets intact', () => {
    const text = 'Ingrida Šimonytė and Gitanas Nausėda met in Kėdainiai.';
    const [s] = splitSentences(text);
    const words = s.tokens.map((t) => t.text);
    expect(words).toEqual(['Ingrida', 'Šimonytė', 'and', 'Gitanas', 'Nausėda', 'met', 'in', 'Kėdainiai', '.']);
    for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps offsets right after emoji and long blanked stretches', () => {
    const text = `${' '.repeat(200)}\nPrices 🙂 rose by 5%.   ${' '.repeat(100)}Wages fell.`;
    const s = splitSentences(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(['Prices 🙂 rose by 5%.', 'Wages fell.']);
    for (const t of s.flatMap((x) => x.tokens)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('rejoins a quote wink-nlp cut after "?" with its attribution', () => {
    expect(texts('"Will it be ready on time?" asked one councillor. It will.')).toEqual(['"Will it be ready on time?" asked one councillor.', 'It will.']);
  });

  it('ends a sentence at a line that ended one, and leaves list bullets out of the quote', () => {
    expect(texts('Key points:\n- Prices rose 5% in May.\n- Wages fell 2% in April.\n* Rents rose 3%.')).toEqual([
      'Key points:',
      'Prices rose 5% in May.',
      'Wages fell 2% in April.',
      'Rents rose 3%.',
    ]);
  });

  it('tags parts of speech', () => {
    const [s] = splitSentences('He said prices rose.');
    expect(s.tokens.map((t) => t.pos)).toEqual(['PRON', 'VERB', 'NOUN', 'VERB', 'PUNCT']);
  });
});
