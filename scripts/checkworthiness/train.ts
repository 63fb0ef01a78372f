// Trains the check-worthiness model on train.tsv, picks the threshold from
// 5-fold cross-validation on train.tsv pooled with dev.tsv, and writes
// libs/extraction/src/checkworthiness/weights.json.
// Reproducible: no randomness, fixed data order, weights rounded to 6
// significant digits, so the same data gives a byte-identical file.
//   npm run train:checkworthiness        (CHECKWORTHINESS_DATA=<dir> to move the data)
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureConfig } from '../../libs/extraction/src/checkworthiness/features';
import { Featurizer } from '../../libs/extraction/src/checkworthiness/features';
import { LinearModel, type LinearModelFile } from '../../libs/extraction/src/checkworthiness/model';
import { loadSplit, REPO_ROOT } from './data';
import { buildCsr, crossValidate, trainLogistic } from './logistic';
import { bestThreshold, prf } from './metrics';

// Chosen on dev.tsv (see docs/model-card-checkworthiness.md).
const CONFIG: FeatureConfig = { bits: 18, wordNgrams: 2, charMin: 3, charMax: 5 };
const L2 = 3e-5;
const ITERATIONS = 300;
const POSITIVE_WEIGHT = 1;
// The threshold maximises F1 over out-of-fold train predictions plus dev: 5,600
// Yes sentences instead of dev's 238 make it far less noisy, and train's
// crowd-sourced labels are closer to unseen data than dev's unusually clean ones.
const FOLDS = 5;

export const WEIGHTS_PATH = resolve(REPO_ROOT, 'libs/extraction/src/checkworthiness/weights.json');

function round(x: number, digits = 6): number {
  return x === 0 ? 0 : Number(x.toPrecision(digits));
}

function main(): void {
  const started = process.hrtime.bigint();
  const train = loadSplit('train');
  const dev = loadSplit('dev');
  const featurizer = new Featurizer(CONFIG);
  const x = buildCsr(featurizer, train.map((r) => r.text));
  const labels = train.map((r) => r.label === true);
  const options = { l2: L2, iterations: ITERATIONS, positiveWeight: POSITIVE_WEIGHT };
  const outOfFold = crossValidate(x, labels, options, FOLDS);
  const fit = trainLogistic(x, labels, options);
  const weights = Array.from(fit.weights, (w) => round(w));
  const digest = createHash('sha256').update(JSON.stringify([CONFIG, round(fit.bias), weights])).digest('hex').slice(0, 10);
  const file: LinearModelFile = {
    format: 'checkworthiness-linear-1',
    version: `logreg-h${CONFIG.bits}-${digest}`,
    config: CONFIG,
    threshold: 0.5,
    bias: round(fit.bias),
    weights,
  };
  // Threshold from the stored (rounded) model, so it is exactly what the service computes.
  const model = new LinearModel(file);
  const devScores = dev.map((r) => model.score(r.text));
  const devLabels = dev.map((r) => r.label === true);
  file.threshold = round(bestThreshold([...outOfFold, ...devScores], [...labels, ...devLabels]).threshold, 4);
  writeFileSync(WEIGHTS_PATH, JSON.stringify(file) + '\n');
  const cv = prf(outOfFold, labels, file.threshold);
  const m = prf(devScores, devLabels, file.threshold);
  const devBest = bestThreshold(devScores, devLabels);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`${file.version}: threshold ${file.threshold} (${fit.iterations} L-BFGS iterations)`);
  console.log(`train ${FOLDS}-fold CV: P ${cv.precision.toFixed(3)} R ${cv.recall.toFixed(3)} F1 ${cv.f1.toFixed(3)}`);
  console.log(`dev: P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)} (dev alone would pick ${devBest.threshold.toFixed(4)}: F1 ${devBest.f1.toFixed(3)})`);
  console.log(`${train.length} training sentences, ${x.dim} weights, ${seconds.toFixed(1)} s → ${WEIGHTS_PATH}`);
}

main();
