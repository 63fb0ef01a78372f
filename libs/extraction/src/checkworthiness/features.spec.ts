import { DENSE_FEATURES, Featurizer } from './features';

const featurizer = new Featurizer({ bits: 12, wordNgrams: 2, charMin: 3, charMax: 5 });

function dense(sentence: string): Set<string> {
  const v = featurizer.featurize(sentence);
  const names = new Set<string>();
  for (let k = 0; k < v.n; k++) {
    const i = v.idx[k]! - (1 << 12);
    if (i >= 0) names.add(DENSE_FEATURES[i]!);
  }
  return names;
}

describe('Featurizer', () => {
  it('keeps every index inside the weight vector', () => {
    const v = featurizer.featurize('Unemployment fell to 3.5% in 2019, said the BLS — “great”!');
    expect(v.n).toBeGreaterThan(0);
    for (let k = 0; k < v.n; k++) {
      expect(v.idx[k]).toBeGreaterThanOrEqual(0);
      expect(v.idx[k]).toBeLessThan(featurizer.dim);
    }
  });

  it('fires the linguistic cues a check-worthy sentence carries', () => {
    expect(dense('Unemployment fell to 3.5 percent in 2019.')).toEqual(
      new Set(['has-number', 'number-count', 'percent', 'year', 'comparative', 'statistic-noun', 'action-verb', 'topic', 'number-unit', 'len-5-9']),
    );
    expect(dense('Why do you think so?')).toEqual(new Set(['question', 'question-start', 'second-person', 'opinion', 'len-5-9']));
  });

  it('marks deeds on the record, existence claims and numbers with their unit', () => {
    expect(dense('He has voted against it.')).toEqual(new Set(['third-person', 'perfect', 'action-verb', 'law-vote', 'past', 'len-5-9']));
    expect(dense('There are twelve million people without insurance.')).toEqual(
      new Set(['existential', 'number-word', 'money', 'number-unit', 'statistic-noun', 'topic', 'len-5-9']),
    );
    // "there" that does not introduce an existence claim.
    expect(dense('I was there.').has('existential')).toBe(false);
  });

  it('ignores case and typographic quotes for word features', () => {
    const a = featurizer.featurize('the budget we’re cutting');
    const first = Array.from(a.idx.subarray(0, a.n)).sort();
    const b = featurizer.featurize("The budget we're cutting");
    // Capitalisation adds no shape feature for the first word, so the two vectors match.
    expect(Array.from(b.idx.subarray(0, b.n)).sort()).toEqual(first);
  });

  it('handles an empty sentence', () => {
    expect(dense('')).toEqual(new Set(['len-1-4']));
  });
});
