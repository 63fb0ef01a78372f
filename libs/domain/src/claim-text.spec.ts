import { claimFigures, classifyMatch, normaliseClaimText, sameFigures } from './claim-text';

describe('normaliseClaimText', () => {
  it('drops case, accents, punctuation and number formatting', () => {
    expect(normaliseClaimText('  The “Seimas” voted 99–1, on 1,250 amendments; unemployment hit 4.5%! ')).toBe('the seimas voted 99 1 on 1250 amendments unemployment hit 4.5 percent');
    expect(normaliseClaimText('Lithuania’s  Seimas')).toBe(normaliseClaimText("Lithuania's seimas"));
    expect(normaliseClaimText('Pleškis said')).toBe('pleskis said');
  });
  it('keeps a sentence-final number apart from its full stop', () => {
    expect(normaliseClaimText('It cost 12.')).toBe('it cost 12');
  });
});

describe('figures', () => {
  it('lists the numbers a claim states', () => {
    expect(claimFigures(normaliseClaimText('99 members, one opposed, 3 abstained, 4.50%'))).toEqual(['99', '3', '4.5']);
  });
  it('tells claims apart that differ only in a figure', () => {
    expect(sameFigures('rate rose to 4 percent in 2020', 'in 2020 the rate rose to 4 percent')).toBe(true);
    expect(sameFigures('rate rose to 4 percent', 'rate rose to 9 percent')).toBe(false);
  });
  it('classifies a similarity into same / likely / none', () => {
    const t = { link: 0.8, suggest: 0.45 };
    expect(classifyMatch(0.9, 'a 4', 'b 4', t)).toBe('SAME');
    expect(classifyMatch(0.9, 'a 4', 'b 5', t)).toBe('LIKELY');
    expect(classifyMatch(0.5, 'a', 'b', t)).toBe('LIKELY');
    expect(classifyMatch(0.2, 'a', 'b', t)).toBe('NONE');
  });
});
