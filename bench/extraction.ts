// Throughput of the claim extraction engine against raw wink-nlp sentence
// splitting of the same text, in the same process, on one core.
//   npm run bench:extraction [-- --mb 4 --runs 5]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractClaims } from '@app/extraction';

interface Article {
  body: string;
  title?: string;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function corpus(targetBytes: number): Article[] {
  const root = join(__dirname, '..');
  const dirs = [join(root, 'test/fixtures'), join(root, 'libs/extraction/src/__fixtures__')];
  const base: Article[] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) base.push({ body: readFileSync(join(dir, f), 'utf8') });
  }
  const out: Article[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    for (const a of base) {
      out.push(a);
      bytes += Buffer.byteLength(a.body, 'utf8');
    }
  }
  return out;
}

/**
 * Best time (ms) of each pass over `runs` rounds, after one untimed warm-up
 * round. Passes alternate within a round so that a busy machine slows them alike.
 */
function timeInterleaved(runs: number, passes: ReadonlyArray<() => void>): number[] {
  for (const pass of passes) pass();
  const best = passes.map(() => Infinity);
  for (let r = 0; r < runs; r++) {
    passes.forEach((pass, i) => {
      const t0 = process.hrtime.bigint();
      pass();
      best[i] = Math.min(best[i], Number(process.hrtime.bigint() - t0) / 1e6);
    });
  }
  return best;
}

const articles = corpus(arg('mb', 4) * 1e6);
const runs = arg('runs', 5);
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.body, 'utf8'), 0) / 1e6;

const rawDefault = winkNLP(model);
const rawSbdPos = winkNLP(model, ['sbd', 'pos']);
let sentences = 0;
for (const a of articles) sentences += rawDefault.readDoc(a.body).sentences().length();

let sink = 0;
const names = [
  'raw wink-nlp, default pipe: `readDoc(text).sentences()`',
  'raw wink-nlp, engine pipe (sbd, pos): `readDoc(text).sentences()`',
  'engine: `extractClaims` (clean, split, attribute, type, score)',
];
const times = timeInterleaved(runs, [
  () => { for (const a of articles) sink += rawDefault.readDoc(a.body).sentences().length(); },
  () => { for (const a of articles) sink += rawSbdPos.readDoc(a.body).sentences().length(); },
  () => { for (const a of articles) sink += extractClaims({ body: a.body, title: a.title, source: 'bench' }).claims.length; },
]);
const rows: Array<[string, number]> = names.map((n, i) => [n, times[i]]);

const engineMs = rows[2][1];
const lines = [
  `Corpus: ${articles.length} articles, ${mb.toFixed(2)} MB (UTF-8), ${sentences} sentences (wink-nlp count); best of ${runs} runs after a warm-up; Node ${process.version}, one core.`,
  '',
  '| pipeline | ms | sentences/s | MB/s | engine / this |',
  '|---|---:|---:|---:|---:|',
  ...rows.map(([name, ms]) => `| ${name} | ${ms.toFixed(0)} | ${Math.round((sentences / ms) * 1000).toLocaleString('en-US')} | ${((mb / ms) * 1000).toFixed(2)} | ${((ms / engineMs) * 100).toFixed(0)}% |`),
  '',
  `Target: engine ≥ 50% of raw wink-nlp throughput (last column, raw rows). (checksum ${sink})`,
];
process.stdout.write(lines.join('\n') + '\n');
