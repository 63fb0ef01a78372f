import { claimText } from './claim-text';

const spans = (body: string, ...pieces: string[]): Array<{ start: number; end: number }> =>
  pieces.map((p) => {
    const start = body.indexOf(p);
    if (start < 0) throw new Error(`"${p}" not in body`);
    return { start, end: start + p.length };
  });

describe('claimText', () => {
  it('keeps the statement as written, without its closing full stop', () => {
    const body = 'The decision was supported by 99 members of parliament.';
    expect(claimText(body, spans(body, body))).toBe('The decision was supported by 99 members of parliament');
  });

  it('keeps the case of the first letter, so a statement lifted out of a frame starts in lower case', () => {
    const body = 'He said the use of such munitions reduces costs.';
    expect(claimText(body, spans(body, 'the use of such munitions reduces costs'))).toBe('the use of such munitions reduces costs');
  });

  it('drops a comma the frame leaves before the statement', () => {
    const body = 'The researchers warn that, if emissions are not cut, the Alps could lose four fifths of their ice.';
    expect(claimText(body, spans(body, ', if emissions are not cut, the Alps could lose four fifths of their ice'))).toBe(
      'if emissions are not cut, the Alps could lose four fifths of their ice',
    );
  });

  it('drops wrapping quotation marks and the comma before the attribution', () => {
    const body = '“Prices rose by 18 percent last year,” she said.';
    expect(claimText(body, spans(body, '“Prices rose by 18 percent last year'))).toBe('Prices rose by 18 percent last year');
    const quoteOnly = '"Imported power made up 70% of consumption."';
    expect(claimText(quoteOnly, spans(quoteOnly, quoteOnly))).toBe('Imported power made up 70% of consumption');
  });

  it('joins the two halves of a statement around a frame in the middle', () => {
    const body = '"The plan is ready," he said, "and it will cost 5 million."';
    expect(claimText(body, spans(body, '"The plan is ready', '"and it will cost 5 million."'))).toBe('The plan is ready and it will cost 5 million');
  });

  it('collapses hard wraps and keeps an ellipsis', () => {
    const body = 'Šilainiai bridge\nwill reopen   in May…';
    expect(claimText(body, spans(body, body))).toBe('Šilainiai bridge will reopen in May…');
  });

  it('keeps quotation marks that open and close inside the statement', () => {
    const body = 'The minister called the plan "reckless" on Monday.';
    expect(claimText(body, spans(body, body))).toBe('The minister called the plan "reckless" on Monday');
  });
});
