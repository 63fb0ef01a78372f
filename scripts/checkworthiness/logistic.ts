// L2-regularised logistic regression fitted with L-BFGS. Full-batch and
// deterministic: the same rows in the same order give the same weights.
// Training internals live in the lib folder, not in @app/extraction's public API.
import type { Featurizer } from '../../libs/extraction/src/checkworthiness/features';

/** Rows of sparse features in compressed-row form. */
export interface Csr {
  rows: number;
  dim: number;
  offsets: Int32Array;
  idx: Int32Array;
  val: Float32Array;
}

export function buildCsr(featurizer: Featurizer, texts: readonly string[]): Csr {
  const offsets = new Int32Array(texts.length + 1);
  const idx: number[] = [];
  const val: number[] = [];
  texts.forEach((text, r) => {
    const v = featurizer.featurize(text);
    for (let k = 0; k < v.n; k++) {
      idx.push(v.idx[k]!);
      val.push(v.val[k]!);
    }
    offsets[r + 1] = idx.length;
  });
  return { rows: texts.length, dim: featurizer.dim, offsets, idx: Int32Array.from(idx), val: Float32Array.from(val) };
}

export interface LogisticOptions {
  /** Strength of the L2 penalty on the weights (not on the bias). */
  l2: number;
  iterations: number;
  /** Weight of a Yes row relative to a No row in the loss. */
  positiveWeight: number;
}

export interface LogisticModel {
  weights: Float64Array;
  bias: number;
}

export function margin(x: Csr, r: number, weights: ArrayLike<number>, bias: number): number {
  let z = bias;
  for (let k = x.offsets[r]!; k < x.offsets[r + 1]!; k++) z += weights[x.idx[k]!]! * x.val[k]!;
  return z;
}

/** Mean weighted log-loss plus penalty; writes the gradient (bias last) into `grad`. */
function lossAndGradient(x: Csr, y: readonly boolean[], theta: Float64Array, opts: LogisticOptions, grad: Float64Array): number {
  const dim = x.dim;
  const bias = theta[dim]!;
  grad.fill(0);
  let loss = 0;
  let total = 0;
  for (let r = 0; r < x.rows; r++) total += y[r] ? opts.positiveWeight : 1;
  for (let r = 0; r < x.rows; r++) {
    const c = (y[r] ? opts.positiveWeight : 1) / total;
    const z = margin(x, r, theta, bias);
    const s = y[r] ? z : -z;
    // log(1 + e^-s) without overflow.
    loss += c * (s > 0 ? Math.log1p(Math.exp(-s)) : -s + Math.log1p(Math.exp(s)));
    const p = 1 / (1 + Math.exp(-z));
    const d = c * (p - (y[r] ? 1 : 0));
    for (let k = x.offsets[r]!; k < x.offsets[r + 1]!; k++) grad[x.idx[k]!]! += d * x.val[k]!;
    grad[dim]! += d;
  }
  let penalty = 0;
  for (let j = 0; j < dim; j++) {
    penalty += theta[j]! * theta[j]!;
    grad[j]! += opts.l2 * theta[j]!;
  }
  return loss + 0.5 * opts.l2 * penalty;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Fits the model with L-BFGS (10 corrections) and a backtracking Armijo line search. */
export function trainLogistic(x: Csr, y: readonly boolean[], opts: LogisticOptions): LogisticModel {
  const n = x.dim + 1;
  const m = 10;
  const theta = new Float64Array(n);
  const grad = new Float64Array(n);
  const s: Float64Array[] = [];
  const yk: Float64Array[] = [];
  const rho: number[] = [];
  const dir = new Float64Array(n);
  const next = new Float64Array(n);
  const nextGrad = new Float64Array(n);
  let loss = lossAndGradient(x, y, theta, opts, grad);
  for (let it = 0; it < opts.iterations; it++) {
    // Two-loop recursion: dir = -H·grad.
    for (let i = 0; i < n; i++) dir[i] = -grad[i]!;
    const alpha: number[] = [];
    for (let k = s.length - 1; k >= 0; k--) {
      const a = rho[k]! * dot(s[k]!, dir);
      alpha[k] = a;
      const v = yk[k]!;
      for (let i = 0; i < n; i++) dir[i]! -= a * v[i]!;
    }
    const last = s.length - 1;
    const gamma = last >= 0 ? dot(s[last]!, yk[last]!) / dot(yk[last]!, yk[last]!) : 1 / Math.sqrt(dot(grad, grad));
    for (let i = 0; i < n; i++) dir[i]! *= gamma;
    for (let k = 0; k < s.length; k++) {
      const b = rho[k]! * dot(yk[k]!, dir);
      const u = s[k]!;
      for (let i = 0; i < n; i++) dir[i]! += u[i]! * (alpha[k]! - b);
    }
    const slope = dot(grad, dir);
    if (slope >= 0) break; // not a descent direction: converged as far as doubles allow
    let step = 1;
    let nextLoss = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) next[i] = theta[i]! + step * dir[i]!;
      nextLoss = lossAndGradient(x, y, next, opts, nextGrad);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextLoss < loss)) break;
    const sNew = new Float64Array(n);
    const yNew = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sNew[i] = next[i]! - theta[i]!;
      yNew[i] = nextGrad[i]! - grad[i]!;
    }
    const sy = dot(sNew, yNew);
    if (sy > 1e-12) {
      if (s.length === m) {
        s.shift();
        yk.shift();
        rho.shift();
      }
      s.push(sNew);
      yk.push(yNew);
      rho.push(1 / sy);
    }
    theta.set(next);
    grad.set(nextGrad);
    const improvement = loss - nextLoss;
    loss = nextLoss;
    if (improvement < 1e-9 * Math.max(1, Math.abs(loss))) break;
  }
  return { weights: theta.subarray(0, x.dim), bias: theta[x.dim]! };
}
