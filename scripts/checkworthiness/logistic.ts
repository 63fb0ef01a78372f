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

/** The given rows of `x`, in the given order. */
export function selectRows(x: Csr, rows: readonly number[]): Csr {
  let nnz = 0;
  for (const r of rows) nnz += x.offsets[r + 1]! - x.offsets[r]!;
  const offsets = new Int32Array(rows.length + 1);
  const idx = new Int32Array(nnz);
  const val = new Float32Array(nnz);
  let at = 0;
  rows.forEach((r, i) => {
    const from = x.offsets[r]!;
    const to = x.offsets[r + 1]!;
    idx.set(x.idx.subarray(from, to), at);
    val.set(x.val.subarray(from, to), at);
    at += to - from;
    offsets[i + 1] = at;
  });
  return { rows: rows.length, dim: x.dim, offsets, idx, val };
}

/** Probability of Yes for every row of `x`. */
export function predict(x: Csr, model: LogisticModel): Float64Array {
  const out = new Float64Array(x.rows);
  for (let r = 0; r < x.rows; r++) out[r] = 1 / (1 + Math.exp(-margin(x, r, model.weights, model.bias)));
  return out;
}

/**
 * Out-of-fold probabilities: row i is scored by a model fitted without fold i mod k.
 * Deterministic folds, so the result depends on the data order only.
 */
export function crossValidate(x: Csr, y: readonly boolean[], opts: LogisticOptions, folds: number): Float64Array {
  const out = new Float64Array(x.rows);
  for (let f = 0; f < folds; f++) {
    const fit: number[] = [];
    const held: number[] = [];
    for (let r = 0; r < x.rows; r++) (r % folds === f ? held : fit).push(r);
    const model = trainLogistic(selectRows(x, fit), fit.map((r) => y[r]!), opts);
    const scores = predict(selectRows(x, held), model);
    held.forEach((r, i) => (out[r] = scores[i]!));
  }
  return out;
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
  /** L-BFGS iterations run before convergence or the cap. */
  iterations: number;
}

export function margin(x: Csr, r: number, weights: Float64Array, bias: number): number {
  let z = bias;
  for (let k = x.offsets[r]!; k < x.offsets[r + 1]!; k++) z += weights[x.idx[k]!]! * x.val[k]!;
  return z;
}

/** Mean weighted log-loss plus penalty; writes the gradient (bias last) into `grad`. */
function lossAndGradient(x: Csr, y: Uint8Array, rowWeight: Float64Array, theta: Float64Array, l2: number, grad: Float64Array): number {
  const { dim, offsets, idx, val } = x;
  const bias = theta[dim]!;
  grad.fill(0);
  let loss = 0;
  for (let r = 0; r < x.rows; r++) {
    const end = offsets[r + 1]!;
    let z = bias;
    for (let k = offsets[r]!; k < end; k++) z += theta[idx[k]!]! * val[k]!;
    const c = rowWeight[r]!;
    const s = y[r] ? z : -z;
    // log(1 + e^-s) without overflow.
    loss += c * (s > 0 ? Math.log1p(Math.exp(-s)) : -s + Math.log1p(Math.exp(s)));
    const d = c * (1 / (1 + Math.exp(-z)) - y[r]!);
    for (let k = offsets[r]!; k < end; k++) grad[idx[k]!]! += d * val[k]!;
    grad[dim]! += d;
  }
  let penalty = 0;
  for (let j = 0; j < dim; j++) {
    penalty += theta[j]! * theta[j]!;
    grad[j]! += l2 * theta[j]!;
  }
  return loss + 0.5 * l2 * penalty;
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
  const labels = Uint8Array.from(y, (v) => (v ? 1 : 0));
  // Each row's share of the mean loss, Yes rows counting positiveWeight times.
  const rowWeight = Float64Array.from(y, (v) => (v ? opts.positiveWeight : 1));
  const total = rowWeight.reduce((a, b) => a + b, 0);
  for (let r = 0; r < rowWeight.length; r++) rowWeight[r]! /= total;
  const f = (point: Float64Array, g: Float64Array): number => lossAndGradient(x, labels, rowWeight, point, opts.l2, g);
  const next = new Float64Array(n);
  const nextGrad = new Float64Array(n);
  let loss = f(theta, grad);
  let it = 0;
  for (; it < opts.iterations; it++) {
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
      nextLoss = f(next, nextGrad);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextLoss < loss)) break;
    // A full history gives up its oldest correction, and its buffers with it.
    const full = s.length === m;
    const sNew = full ? s.shift()! : new Float64Array(n);
    const yNew = full ? yk.shift()! : new Float64Array(n);
    if (full) rho.shift();
    for (let i = 0; i < n; i++) {
      sNew[i] = next[i]! - theta[i]!;
      yNew[i] = nextGrad[i]! - grad[i]!;
    }
    const sy = dot(sNew, yNew);
    if (sy > 1e-12) {
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
  return { weights: theta.subarray(0, x.dim), bias: theta[x.dim]!, iterations: it };
}
