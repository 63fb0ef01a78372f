// Metrics of the Yes class and ranking metrics, as CheckThat! reports them.

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function prf(scores: ArrayLike<number>, labels: ArrayLike<boolean>, threshold: number): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < scores.length; i++) {
    const yes = scores[i]! >= threshold;
    if (yes && labels[i]) tp++;
    else if (yes) fp++;
    else if (labels[i]) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** The threshold with the best F1 (ties: the lowest); candidates are midpoints between distinct scores. */
export function bestThreshold(scores: ArrayLike<number>, labels: ArrayLike<boolean>): { threshold: number; f1: number } {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i]) positives++;
  let best = { threshold: 1, f1: 0 };
  let tp = 0;
  // Sweep from the highest score down: predicting Yes for the first k sentences.
  for (let k = 0; k < order.length; k++) {
    if (labels[order[k]!]) tp++;
    const here = scores[order[k]!]!;
    const next = k + 1 < order.length ? scores[order[k + 1]!]! : -Infinity;
    if (next === here) continue;
    const f1 = (2 * tp) / (k + 1 + positives);
    const threshold = next === -Infinity ? here : (here + next) / 2;
    if (f1 >= best.f1) best = { threshold, f1 };
  }
  return best;
}

/**
 * Average precision of the ranking by descending score. Ties are broken by the
 * original order (a stable sort), as a ranked submission file would be.
 */
export function averagePrecision(scores: ArrayLike<number>, labels: ArrayLike<boolean>): number {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  let hits = 0;
  let sum = 0;
  order.forEach((i, rank) => {
    if (!labels[i]) return;
    hits++;
    sum += hits / (rank + 1);
  });
  return hits === 0 ? 0 : sum / hits;
}
