import { krippendorffAlpha } from './agreement';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
// 4 observers, 12 units, values 1–5 with missing data. The paper reports
// α_nominal = 0.743, α_ordinal = 0.815, α_interval = 0.849.
const _ = null;
const observers = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
const units = observers[0]!.map((_v, u) => observers.map((o) => o[u] ?? null));

describe("Krippendorff's alpha", () => {
  it('reproduces the worked example from the literature', () => {
    const nominal = krippendorffAlpha(units, 'nominal');
    expect(nominal.alpha).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(units, 'ordinal').alpha).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(units, 'interval').alpha).toBeCloseTo(0.849, 3);
    // Unit 12 has a single value and does not count; the other 11 hold 40 pairable values.
    expect(nominal.pairableUnits).toBe(11);
    expect(nominal.pairableValues).toBeCloseTo(40, 10);
  });

  it('is 1 for perfect agreement with variation, and undefined without variation or pairs', () => {
    expect(krippendorffAlpha([[1, 1], [3, 3], [5, 5]], 'ordinal').alpha).toBe(1);
    expect(krippendorffAlpha([[2, 2], [2, 2]], 'ordinal').alpha).toBeNull();
    expect(krippendorffAlpha([[2], [4, null]], 'ordinal').alpha).toBeNull();
    expect(krippendorffAlpha([], 'ordinal').alpha).toBeNull();
  });

  it('ordinal alpha punishes far disagreements more than near ones', () => {
    const near = krippendorffAlpha([[1, 1], [3, 3], [5, 5], [4, 5]], 'ordinal').alpha ?? 0;
    const far = krippendorffAlpha([[1, 1], [3, 3], [5, 5], [1, 5]], 'ordinal').alpha ?? 0;
    expect(near).toBeGreaterThan(far);
    // Systematic disagreement goes below zero.
    expect(krippendorffAlpha([[1, 5], [5, 1], [1, 5]], 'ordinal').alpha ?? 0).toBeLessThan(0);
  });
});
