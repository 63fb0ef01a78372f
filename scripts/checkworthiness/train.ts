// Trains the check-worthiness model on train.tsv and writes
// libs/extraction/src/checkworthiness/weights.json.
// Threshold: fitted on a later era than the model saw (see LATE below), since
// the sentences the service scores are newer than any training sentence.
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
import { buildCsr, predict, selectRows, trainLogistic, type Csr, type LogisticOptions } from './logistic';
import { averagePrecision, bestThreshold, prf } from './metrics';
import { nbRatios, scaleColumns } from './nb';

// Chosen on the 2016 hold-out and dev.tsv (see docs/model-card-checkworthiness.md).
const CONFIG: FeatureConfig = { bits: 18, wordNgrams: 2, charMin: 3, charMax: 5 };
const L2 = 1e-5;
const ITERATIONS = 300;
const POSITIVE_WEIGHT = 1;
/** Add-alpha smoothing of the naive Bayes log-count ratios that scale the n-gram columns. */
const NB_ALPHA = 1;
// ClaimBuster's sentence ids run roughly in debate order; ids from 30000 on are
// the 2016 debates (2,073 sentences, 559 Yes). A model fitted on the earlier debates and
// scored on these sees the shift in style and topics that new debates bring.
const LATE = 30000;

export const WEIGHTS_PATH = resolve(REPO_ROOT, 'libs/extraction/src/checkworthiness/weights.json');

function round(x: number, digits = 6): number {
  return x === 0 ? 0 : Number(x.toPrecision(digits));
}

/** Fits on the given rows; returns weights over the raw features (NB ratios folded in). */
function fit(x: Csr, labels: readonly boolean[], denseCount: number, options: LogisticOptions): { weights: Float64Array; bias: number; iterations: number } {
  const ratios = nbRatios(x, labels, NB_ALPHA, denseCount);
  const model = trainLogistic(scaleColumns(x, ratios), labels, options);
  const weights = new Float64Array(x.dim);
  for (let j = 0; j < x.dim; j++) weights[j] = model.weights[j]! * ratios[j]!;
  return { weights, bias: model.bias, iterations: model.iterations };
}

function main(): void {
  const started = process.hrtime.bigint();
  const train = loadSplit('train');
  const dev = loadSplit('dev');
  const featurizer = new Featurizer(CONFIG);
  const denseCount = featurizer.dim - (1 << CONFIG.bits);
  const x = buildCsr(featurizer, train.map((r) => r.text));
  const labels = train.map((r) => r.label === true);
  const options = { l2: L2, iterations: ITERATIONS, positiveWeight: POSITIVE_WEIGHT };

  const early: number[] = [];
  const late: number[] = [];
  train.forEach((r, i) => (Number(r.id) < LATE ? early : late).push(i));
  const held = fit(selectRows(x, early), early.map((i) => labels[i]!), denseCount, options);
  const lateScores = predict(selectRows(x, late), held);
  const lateLabels = late.map((i) => labels[i]!);
  const lateBest = bestThreshold(lateScores, lateLabels);
  // How flat the F1 curve is around the chosen threshold: a wide band means a stable choice.
  const near = [0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3, 0.4].map((t) => `${t}: ${prf(lateScores, lateLabels, t).f1.toFixed(3)}`);

  const final = fit(x, labels, denseCount, options);
  const weights = Array.from(final.weights, (w) => round(w));
  const digest = createHash('sha256').update(JSON.stringify([CONFIG, round(final.bias), weights])).digest('hex').slice(0, 10);
  const file: LinearModelFile = {
    format: 'checkworthiness-linear-1',
    version: `nblogreg-h${CONFIG.bits}-${digest}`,
    config: CONFIG,
    threshold: round(lateBest.threshold, 4),
    bias: round(final.bias),
    weights,
  };
  writeFileSync(WEIGHTS_PATH, JSON.stringify(file) + '\n');

  // Dev is reported, scored by the stored (rounded) model exactly as the service scores.
  const model = new LinearModel(file);
  const devScores = dev.map((r) => model.score(r.text));
  const devLabels = dev.map((r) => r.label === true);
  const m = prf(devScores, devLabels, file.threshold);
  const devBest = bestThreshold(devScores, devLabels);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const f = (v: number): string => v.toFixed(3);
  console.log(`${file.version}: threshold ${file.threshold} (${final.iterations} L-BFGS iterations)`);
  console.log(`2016 hold-out (${late.length} sentences, fitted on the ${early.length} earlier): AP ${f(averagePrecision(lateScores, lateLabels))}, best F1 ${f(lateBest.f1)}`);
  console.log(`  F1 on the hold-out by threshold: ${near.join(', ')}`);
  console.log(`dev: P ${f(m.precision)} R ${f(m.recall)} F1 ${f(m.f1)}, AP ${f(averagePrecision(devScores, devLabels))} (dev alone would pick ${devBest.threshold.toFixed(4)}: F1 ${f(devBest.f1)})`);
  console.log(`${train.length} training sentences, ${x.dim} weights, ${seconds.toFixed(1)} s → ${WEIGHTS_PATH}`);
}

main();
