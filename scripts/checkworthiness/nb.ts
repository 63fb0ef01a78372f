// Naive Bayes log-count ratios (Wang & Manning 2012, "NBSVM"): each hashed
// n-gram column is scaled by log(P(feature | Yes) / P(feature | No)) before the
// logistic regression is fitted. The model stays linear, so the ratios fold
// into the stored weights and scoring is unchanged.
import type { Csr } from './logistic';

/**
 * Ratio per column from presence counts with add-`alpha` smoothing. The last
 * `keep` columns (the dense cues) get 1: they are few and already meaningful.
 */
export function nbRatios(x: Csr, y: readonly boolean[], alpha: number, keep: number): Float64Array {
  const p = new Float64Array(x.dim).fill(alpha);
  const q = new Float64Array(x.dim).fill(alpha);
  for (let r = 0; r < x.rows; r++) {
    const counts = y[r] ? p : q;
    for (let k = x.offsets[r]!; k < x.offsets[r + 1]!; k++) counts[x.idx[k]!]! += 1;
  }
  let sp = 0;
  let sq = 0;
  for (let j = 0; j < x.dim - keep; j++) {
    sp += p[j]!;
    sq += q[j]!;
  }
  const ratio = new Float64Array(x.dim).fill(1);
  for (let j = 0; j < x.dim - keep; j++) ratio[j] = Math.log(p[j]! / sp / (q[j]! / sq));
  return ratio;
}

/** A copy of `x` with every column j multiplied by `scale[j]`. */
export function scaleColumns(x: Csr, scale: Float64Array): Csr {
  const val = new Float32Array(x.val.length);
  for (let k = 0; k < val.length; k++) val[k] = x.val[k]! * scale[x.idx[k]!]!;
  return { ...x, val };
}
