import { isHeaderRow, parseDebateTsv, parseSentenceTsv, splitTsvLine, unquoteField } from './tsv';

describe('unquoteField', () => {
  it('strips CSV quotes and undoubles inner quotes', () => {
    expect(unquoteField('"You know, I saw a movie - ""Crocodile Dundee."""')).toBe('You know, I saw a movie - "Crocodile Dundee."');
  });

  it('leaves unquoted and half-quoted text alone', () => {
    expect(unquoteField('We are consuming 50 percent.')).toBe('We are consuming 50 percent.');
    expect(unquoteField('"Whenever the President finds" - see')).toBe('"Whenever the President finds" - see');
    expect(unquoteField('"')).toBe('"');
  });
});

describe('splitTsvLine', () => {
  it('drops a trailing CR and unquotes every field', () => {
    expect(splitTsvLine('26\t"a ""b"""\tNo\r')).toEqual(['26', 'a "b"', 'No']);
  });
});

describe('isHeaderRow', () => {
  it('recognises the CheckThat! header and not a data row', () => {
    expect(isHeaderRow(['Sentence_id', 'Text', 'class_label'])).toBe(true);
    expect(isHeaderRow(['id', 'sentence'])).toBe(true);
    expect(isHeaderRow(['30313', 'Text is short.', 'No'])).toBe(false);
  });
});

describe('parseSentenceTsv', () => {
  it('skips the header, unquotes text and reads Yes/No labels', () => {
    const content = 'Sentence_id\tText\tclass_label\r\n80\tWe\'re consuming 50 percent.\tYes\r\n19099\t"Now, let\'s balance the budget."\tNo\r\n';
    expect(parseSentenceTsv(content)).toEqual([
      { id: '80', text: "We're consuming 50 percent.", label: true },
      { id: '19099', text: "Now, let's balance the budget.", label: false },
    ]);
  });

  it('accepts lines without a label and without a header', () => {
    expect(parseSentenceTsv('7\tHello everyone.\n8\t"Fine, ""ok""."\n')).toEqual([
      { id: '7', text: 'Hello everyone.', label: null },
      { id: '8', text: 'Fine, "ok".', label: null },
    ]);
  });

  it('only treats the first line as a possible header', () => {
    expect(parseSentenceTsv('1\tFirst.\tNo\nid\tText\n')).toEqual([
      { id: '1', text: 'First.', label: false },
      { id: 'id', text: 'Text', label: null },
    ]);
  });
});

describe('parseDebateTsv', () => {
  it('reads line, speaker, text and a 0/1 label', () => {
    expect(parseDebateTsv('1\tHOLT\tGood evening.\t0\n2\tTRUMP\t"Guam"\t1')).toEqual([
      { line: 1, speaker: 'HOLT', text: 'Good evening.', label: false },
      { line: 2, speaker: 'TRUMP', text: 'Guam', label: true },
    ]);
  });
});
