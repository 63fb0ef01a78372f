/** How far apart two values are, squared (Krippendorff's δ²). */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

export interface AlphaResult {
  /** Krippendorff's alpha; null when it is undefined (fewer than two pairable values, or no variation at all). */
  alpha: number | null;
  /** Units with at least two values: the only ones that count. */
  pairableUnits: number;
  /** Values in those units (n in Krippendorff's notation). */
  pairableValues: number;
  observedDisagreement: number;
  expectedDisagreement: number;
}

/**
 * Krippendorff's alpha over units of values (one array per unit, one entry per
 * coder; null = missing). Follows Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability" (2011): a coincidence matrix over pairable values, then
 * α = 1 − D_o / D_e with the metric's δ². Ordinal δ² uses the marginal counts
 * of the values between the two compared, so only the order of values matters.
 */
export function krippendorffAlpha(units: readonly (readonly (number | null | undefined)[])[], metric: AlphaMetric): AlphaResult {
  const pairable = units.map((u) => u.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))).filter((u) => u.length >= 2);
  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const k = values.length;
  const o: number[][] = values.map(() => new Array<number>(k).fill(0));
  for (const u of pairable) {
    const m = u.length;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        const row = o[index.get(u[i] as number) as number] as number[];
        const col = index.get(u[j] as number) as number;
        row[col] = (row[col] as number) + 1 / (m - 1);
      }
    }
  }
  const nc = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = nc.reduce((s, x) => s + x, 0);
  const delta2 = (c: number, d: number): number => {
    if (c === d) return 0;
    switch (metric) {
      case 'nominal':
        return 1;
      case 'interval':
        return ((values[c] as number) - (values[d] as number)) ** 2;
      case 'ordinal': {
        const [lo, hi] = c < d ? [c, d] : [d, c];
        let sum = 0;
        for (let g = lo; g <= hi; g++) sum += nc[g] as number;
        return (sum - ((nc[c] as number) + (nc[d] as number)) / 2) ** 2;
      }
    }
  };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < k; d++) {
      const dd = delta2(c, d);
      observed += (o[c]?.[d] as number) * dd;
      expected += (nc[c] as number) * (nc[d] as number) * dd;
    }
  }
  const result = { pairableUnits: pairable.length, pairableValues: n, observedDisagreement: n > 0 ? observed / n : 0, expectedDisagreement: n > 1 ? expected / (n * (n - 1)) : 0 };
  if (n < 2 || expected === 0) return { alpha: null, ...result };
  return { alpha: 1 - ((n - 1) * observed) / expected, ...result };
}
