// Compares model variants without touching dev-test: fits on train sentences
// with id < 30000 and scores the 2016 debates (id >= 30000, a later era, as the
// unseen data will be), then fits on all of train and scores dev.tsv.
//   npx tsx scripts/checkworthiness/experiment.ts <variant>...
import type { FeatureConfig } from '../../libs/extraction/src/checkworthiness/features';
import { Featurizer } from '../../libs/extraction/src/checkworthiness/features';
import { loadSplit } from './data';
import { buildCsr, predict, selectRows, trainLogistic, type Csr } from './logistic';
import { averagePrecision, bestThreshold, prf } from './metrics';
import { nbRatios, scaleColumns } from './nb';

interface Variant {
  config: FeatureConfig;
  l2: number;
  positiveWeight?: number;
  nb?: number; // NB smoothing alpha; undefined = no NB scaling
  beta?: number; // adds beta * the NB logit (an NB + logreg ensemble)
  iterations?: number;
}

const BASE: FeatureConfig = { bits: 18, wordNgrams: 2, charMin: 3, charMax: 5 };
const VARIANTS: Record<string, Variant> = {
  base: { config: BASE, l2: 3e-5 },
  l2x3: { config: BASE, l2: 1e-4 },
  l2d3: { config: BASE, l2: 1e-5 },
  pw2: { config: BASE, l2: 3e-5, positiveWeight: 2 },
  nochar: { config: { ...BASE, charMax: 0 }, l2: 3e-5 },
  char05: { config: { ...BASE, charScale: 0.5 }, l2: 3e-5 },
  dense3: { config: { ...BASE, denseScale: 3 }, l2: 3e-5 },
  nb: { config: BASE, l2: 3e-5, nb: 1 },
  nbl2x3: { config: BASE, l2: 1e-4, nb: 1 },
  nbl2x10: { config: BASE, l2: 3e-4, nb: 1 },
  w3: { config: { ...BASE, wordNgrams: 3 }, l2: 3e-5 },
  nbl2d3: { config: BASE, l2: 1e-5, nb: 1 },
  nbw3: { config: { ...BASE, wordNgrams: 3 }, l2: 3e-5, nb: 1 },
  nbpw2: { config: BASE, l2: 3e-5, nb: 1, positiveWeight: 2 },
  nbd3: { config: { ...BASE, denseScale: 3 }, l2: 3e-5, nb: 1 },
  nba05: { config: BASE, l2: 3e-5, nb: 0.5 },
  nbw3l2d3: { config: { ...BASE, wordNgrams: 3 }, l2: 1e-5, nb: 1 },
  nbl2d10: { config: BASE, l2: 3e-6, nb: 1, iterations: 400 },
  ens02: { config: BASE, l2: 1e-5, nb: 1, beta: 0.2 },
  ens05: { config: BASE, l2: 1e-5, nb: 1, beta: 0.5 },
};

const LATE = 30000;

function run(name: string, v: Variant): void {
  const started = Date.now();
  const train = loadSplit('train');
  const dev = loadSplit('dev');
  const f = new Featurizer(v.config);
  const all = buildCsr(f, [...train.map((r) => r.text), ...dev.map((r) => r.text)]);
  const labels = [...train, ...dev].map((r) => r.label === true);
  const idx = (pred: (i: number) => boolean): number[] => labels.map((_, i) => i).filter(pred);
  const early = idx((i) => i < train.length && Number(train[i]!.id) < LATE);
  const late = idx((i) => i < train.length && Number(train[i]!.id) >= LATE);
  const trainRows = idx((i) => i < train.length);
  const devRows = idx((i) => i >= train.length);
  const opts = { l2: v.l2, iterations: v.iterations ?? 300, positiveWeight: v.positiveWeight ?? 1 };
  const fitScore = (fitRows: number[], testRows: number[]): { scores: Float64Array; its: number } => {
    let x: Csr = selectRows(all, fitRows);
    let t: Csr = selectRows(all, testRows);
    const y = fitRows.map((r) => labels[r]!);
    if (v.nb !== undefined) {
      const r = nbRatios(x, y, v.nb, f.dim - (1 << v.config.bits));
      x = scaleColumns(x, r);
      t = scaleColumns(t, r);
    }
    const m = trainLogistic(x, y, opts);
    if (v.beta !== undefined) for (let j = 0; j < 1 << v.config.bits; j++) m.weights[j]! += v.beta;
    return { scores: predict(t, m), its: m.iterations };
  };
  const a = fitScore(early, late);
  const lateLabels = late.map((r) => labels[r]!);
  const lateBest = bestThreshold(a.scores, lateLabels);
  const b = fitScore(trainRows, devRows);
  const devLabels = devRows.map((r) => labels[r]!);
  const devBest = bestThreshold(b.scores, devLabels);
  const atLate = prf(b.scores, devLabels, lateBest.threshold);
  const s = (x: number): string => x.toFixed(3);
  console.log(
    `${name.padEnd(10)} late AP ${s(averagePrecision(a.scores, lateLabels))} F1* ${s(lateBest.f1)}@${s(lateBest.threshold)} | ` +
      `dev AP ${s(averagePrecision(b.scores, devLabels))} F1* ${s(devBest.f1)}@${s(devBest.threshold)} F1@late ${s(atLate.f1)} | its ${a.its}/${b.its} ${((Date.now() - started) / 1000).toFixed(0)}s`,
  );
}

for (const name of process.argv.slice(2)) {
  const v = VARIANTS[name];
  if (!v) throw new Error(`unknown variant ${name}`);
  run(name, v);
}
