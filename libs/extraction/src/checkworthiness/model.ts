// The trained model as it is stored in weights.json and as it scores.
import { Featurizer, type FeatureConfig } from './features';

/** weights.json: written by scripts/checkworthiness/train.ts, read here. */
export interface LinearModelFile {
  format: 'checkworthiness-linear-1';
  version: string;
  config: FeatureConfig;
  /** Yes when score >= threshold; fitted by the training script on a later era held out of training. */
  threshold: number;
  bias: number;
  /** One weight per feature (hashed buckets, then dense features); zeros stored as 0. */
  weights: number[];
}

export class LinearModel {
  private readonly featurizer: Featurizer;
  // float32 halves the memory the lookups touch; the file holds 6 digits, float32 keeps 7.
  private readonly weights: Float32Array;
  private readonly bias: number;

  constructor(file: LinearModelFile) {
    if (file.format !== 'checkworthiness-linear-1') throw new Error(`unknown check-worthiness model format ${String(file.format)}`);
    this.featurizer = new Featurizer(file.config);
    if (file.weights.length !== this.featurizer.dim) {
      throw new Error(`check-worthiness weights: expected ${this.featurizer.dim}, got ${file.weights.length}`);
    }
    this.weights = Float32Array.from(file.weights);
    this.bias = file.bias;
  }

  /** Probability that the sentence is check-worthy. */
  score(sentence: string): number {
    const v = this.featurizer.featurize(sentence);
    let z = this.bias;
    const w = this.weights;
    for (let k = 0; k < v.n; k++) z += w[v.idx[k]!]! * v.val[k]!;
    return 1 / (1 + Math.exp(-z));
  }
}
