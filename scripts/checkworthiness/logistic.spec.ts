import { Featurizer } from '../../libs/extraction/src/checkworthiness/features';
import { buildCsr, crossValidate, predict, trainLogistic } from './logistic';

const featurizer = new Featurizer({ bits: 10, wordNgrams: 2, charMin: 0, charMax: 0 });
const yes = ['Taxes rose 20 percent in 2010.', 'We lost 3 million jobs.', 'The deficit doubled to $1 trillion.', 'Crime fell 12 percent.'];
const no = ['Thank you very much.', 'Hello everyone.', 'What do you think?', 'Good evening, everybody.'];
const texts = [...yes, ...no];
const labels = texts.map((_, i) => i < yes.length);
const x = buildCsr(featurizer, texts);
const options = { l2: 1e-3, iterations: 100, positiveWeight: 1 };

describe('trainLogistic', () => {
  it('separates a toy set and generalises to a similar sentence', () => {
    const model = trainLogistic(x, labels, options);
    const p = predict(x, model);
    labels.forEach((label, i) => expect(p[i]! >= 0.5).toBe(label));
    const unseen = predict(buildCsr(featurizer, ['Prices rose 8 percent.', 'Thank you, everyone.']), model);
    expect(unseen[0]).toBeGreaterThan(unseen[1]!);
  });

  it('is deterministic', () => {
    expect(Array.from(trainLogistic(x, labels, options).weights)).toEqual(Array.from(trainLogistic(x, labels, options).weights));
  });

  it('weights a class more when asked', () => {
    const plain = trainLogistic(x, labels, options);
    const heavy = trainLogistic(x, labels, { ...options, positiveWeight: 5 });
    expect(heavy.bias).toBeGreaterThan(plain.bias);
  });
});

describe('crossValidate', () => {
  it('scores every row with a model that did not see it', () => {
    // Four folds by row number: fold f holds out yes[f] and no[f].
    const oof = crossValidate(x, labels, options, 4);
    const seen = predict(x, trainLogistic(x, labels, options));
    expect(oof.length).toBe(texts.length);
    for (let f = 0; f < 4; f++) {
      expect(oof[f]).toBeGreaterThan(oof[f + 4]!);
      // A model that never saw the sentence is less sure of it.
      expect(oof[f]).toBeLessThan(seen[f]!);
      expect(oof[f + 4]).toBeGreaterThan(seen[f + 4]!);
    }
  });
});
