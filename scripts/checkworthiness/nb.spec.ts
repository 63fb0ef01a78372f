import { Featurizer } from '../../libs/extraction/src/checkworthiness/features';
import { buildCsr, type Csr } from './logistic';
import { nbRatios, scaleColumns } from './nb';

const featurizer = new Featurizer({ bits: 10, wordNgrams: 1, charMin: 0, charMax: 0 });
const dense = featurizer.dim - (1 << 10);
const texts = ['Taxes rose.', 'Taxes fell.', 'Thank you.', 'Thank everyone.'];
const labels = [true, true, false, false];
const x = buildCsr(featurizer, texts);

/** The bucket of a sentence's first word (its first feature). */
const firstBucket = (m: Csr, row: number): number => m.idx[m.offsets[row]!]!;

describe('nbRatios', () => {
  const r = nbRatios(x, labels, 1, dense);

  it('is positive for words seen with Yes only and negative for words seen with No only', () => {
    expect(r[firstBucket(x, 0)]).toBeGreaterThan(0); // "taxes"
    expect(r[firstBucket(x, 2)]).toBeLessThan(0); // "thank"
  });

  it('leaves the dense cue columns unscaled', () => {
    for (let j = featurizer.dim - dense; j < featurizer.dim; j++) expect(r[j]).toBe(1);
  });

  it('scales values column by column without touching the input', () => {
    const before = Array.from(x.val);
    const scaled = scaleColumns(x, r);
    expect(Array.from(x.val)).toEqual(before);
    for (let k = 0; k < x.val.length; k++) expect(scaled.val[k]).toBeCloseTo(x.val[k]! * r[x.idx[k]!]!, 5);
  });
});
