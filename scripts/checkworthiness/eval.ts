// Evaluates the committed model exactly as the service uses it:
// P/R/F1 of the Yes class on dev-test.tsv and dev.tsv at the service threshold,
// MAP over the 2019 debates, and scoring speed on this machine.
//   npm run eval:checkworthiness
import { CHECKWORTHINESS_MODEL_VERSION, CHECKWORTHINESS_THRESHOLD, scoreCheckworthiness } from '@app/extraction';
import { loadDebates, loadSplit, type Split } from './data';
import { averagePrecision, bestThreshold, prf } from './metrics';

function fmt(x: number): string {
  return x.toFixed(3);
}

function evalSplit(split: Split): string[] {
  const rows = loadSplit(split);
  const scores = rows.map((r) => scoreCheckworthiness(r.text));
  const labels = rows.map((r) => r.label === true);
  const m = prf(scores, labels, CHECKWORTHINESS_THRESHOLD);
  // The best threshold in hindsight is for information only: it is never used to pick the model.
  const oracle = bestThreshold(scores, labels);
  return [
    `${split}: ${rows.length} sentences, ${labels.filter(Boolean).length} Yes`,
    `  precision ${fmt(m.precision)}  recall ${fmt(m.recall)}  F1 ${fmt(m.f1)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`,
    `  average precision ${fmt(averagePrecision(scores, labels))}; F1 at its own best threshold ${fmt(oracle.f1)} (@${oracle.threshold.toFixed(3)}, hindsight only)`,
  ];
}

function evalDebates(): string[] {
  const debates = loadDebates();
  const aps = debates.map((d) => averagePrecision(d.lines.map((l) => scoreCheckworthiness(l.text)), d.lines.map((l) => l.label)));
  const map = aps.reduce((a, b) => a + b, 0) / aps.length;
  return [`debates-2019: ${debates.length} debates, MAP ${fmt(map)} (min AP ${fmt(Math.min(...aps))}, max AP ${fmt(Math.max(...aps))})`];
}

/** Best of five timed passes over train.tsv, so that a busy machine distorts it less. */
function speed(): string {
  const texts = loadSplit('train').map((r) => r.text);
  let sink = 0;
  for (const t of texts.slice(0, 2000)) sink += scoreCheckworthiness(t); // warm-up for the JIT
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const started = process.hrtime.bigint();
    for (const t of texts) sink += scoreCheckworthiness(t);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  const perSecond = texts.length / best;
  return `speed: ${Math.round(perSecond)} sentences/s (${((1e6 * best) / texts.length).toFixed(1)} µs each, best of 5; checksum ${sink.toFixed(0)})`;
}

console.log(`model ${CHECKWORTHINESS_MODEL_VERSION}, threshold ${CHECKWORTHINESS_THRESHOLD}`);
for (const line of [...evalSplit('dev-test'), ...evalSplit('dev'), ...evalDebates(), speed()]) console.log(line);
