import { averagePrecision, bestThreshold, prf } from './metrics';

describe('prf', () => {
  it('counts the Yes class at a threshold (score >= threshold is Yes)', () => {
    const m = prf([0.9, 0.6, 0.4, 0.2], [true, false, true, false], 0.5);
    expect(m).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, tp: 1, fp: 1, fn: 1 });
  });

  it('gives 0, not NaN, when nothing is predicted Yes', () => {
    expect(prf([0.1, 0.2], [true, false], 0.5).f1).toBe(0);
  });
});

describe('bestThreshold', () => {
  it('finds a threshold between the classes when they separate', () => {
    const scores = [0.9, 0.8, 0.3, 0.1];
    const labels = [true, true, false, false];
    const best = bestThreshold(scores, labels);
    expect(best.f1).toBe(1);
    expect(best.threshold).toBeGreaterThan(0.3);
    expect(best.threshold).toBeLessThanOrEqual(0.8);
    expect(prf(scores, labels, best.threshold).f1).toBe(1);
  });

  it('agrees with an exhaustive search', () => {
    const scores = [0.95, 0.7, 0.7, 0.6, 0.5, 0.45, 0.3, 0.2, 0.1];
    const labels = [true, false, true, true, false, true, false, true, false];
    const exhaustive = Math.max(...scores.map((t) => prf(scores, labels, t).f1));
    const best = bestThreshold(scores, labels);
    expect(best.f1).toBeCloseTo(exhaustive, 12);
    expect(prf(scores, labels, best.threshold).f1).toBeCloseTo(exhaustive, 12);
  });
});

describe('averagePrecision', () => {
  it('is 1 for a perfect ranking and the textbook value otherwise', () => {
    expect(averagePrecision([0.9, 0.8, 0.1], [true, true, false])).toBe(1);
    // Yes at ranks 1 and 3: (1/1 + 2/3) / 2.
    expect(averagePrecision([0.9, 0.8, 0.7], [true, false, true])).toBeCloseTo(5 / 6, 12);
    expect(averagePrecision([0.5, 0.4], [false, false])).toBe(0);
  });
});
