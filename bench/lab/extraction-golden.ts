// Extraction golden lab: dumps the engine's whole output over every input at
// hand, so that a speed-up can be checked byte for byte against the engine
// before it (`cmp` two dumps).
//   npx tsx bench/lab/extraction-golden.ts > /tmp/golden.json
// Inputs: the fixture articles (with and without their title and source, and
// re-wrapped / CRLF copies that exercise the cleaning of lines), articles
// stitched from them as the benchmarks make them, every sentence of the
// check-worthiness splits as a one-sentence article, and the 2019 debates as
// articles; then the scorer alone on every sentence.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims, scoreCheckworthiness, type ExtractionInput } from '@app/extraction';
import { FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations';
import { parseDebateTsv, parseSentenceTsv } from '../../scripts/checkworthiness/tsv';
import { benchArticles } from '../lib/articles';

const ROOT = join(__dirname, '..', '..');
const DATA = join(ROOT, '..', 'shared', 'data', 'checkworthiness');

function out(label: string, value: unknown): void {
  process.stdout.write(`${label}\t${JSON.stringify(value)}\n`);
}

function extract(label: string, input: ExtractionInput): void {
  out(label, extractClaims(input));
}

/** Hard-wraps each paragraph at `width` columns, as a press release pasted from email is. */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const lines: string[] = [];
      let cur = '';
      for (const w of line.split(' ')) {
        if (cur.length > 0 && cur.length + 1 + w.length > width) {
          lines.push(cur);
          cur = w;
        } else cur = cur.length > 0 ? `${cur} ${w}` : w;
      }
      lines.push(cur);
      return lines.join('\n');
    })
    .join('\n');
}

const fixtureDirs = [join(ROOT, 'test/fixtures'), join(ROOT, 'libs/extraction/src/__fixtures__')];
for (const dir of fixtureDirs) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const body = readFileSync(join(dir, f), 'utf8');
    const meta = FIXTURES.find((x) => x.file === f);
    extract(`fixture ${f}`, { body });
    extract(`fixture+meta ${f}`, { body, title: meta?.title ?? 'A title', source: meta?.source ?? 'Source' });
    extract(`fixture crlf ${f}`, { body: body.replace(/\n/g, '\r\n'), title: meta?.title });
    extract(`fixture wrap60 ${f}`, { body: wrap(body, 60), title: meta?.title, source: meta?.source });
    extract(`fixture upper ${f}`, { body: body.toUpperCase() });
    extract(`fixture lower ${f}`, { body: body.toLowerCase() });
  }
}

for (const a of benchArticles(300, 'golden')) extract(`stitched ${a.url}`, { body: a.body, title: a.title, source: a.source });

const sentences: string[] = [];
for (const split of ['dev-test', 'dev', 'train']) {
  for (const s of parseSentenceTsv(readFileSync(join(DATA, `${split}.tsv`), 'utf8'))) {
    sentences.push(s.text);
    extract(`${split} ${s.id}`, { body: s.text, source: 'Debate' });
  }
}

const debatesDir = join(DATA, 'debates-2019');
for (const f of readdirSync(debatesDir).filter((n) => n.endsWith('.tsv')).sort()) {
  const lines = parseDebateTsv(readFileSync(join(debatesDir, f), 'utf8'));
  for (const l of lines) sentences.push(l.text);
  // Articles of 40 turns each, one paragraph per turn, the speaker named before it.
  for (let i = 0; i < lines.length; i += 40) {
    const body = lines.slice(i, i + 40).map((l) => `${l.speaker}: ${l.text}`).join('\n\n');
    extract(`debate ${f} ${i}`, { body, title: f, source: 'Transcript' });
    extract(`debate-quoted ${f} ${i}`, { body: lines.slice(i, i + 40).map((l) => `"${l.text}" ${l.speaker} said.`).join('\n'), source: 'Transcript' });
  }
}

for (const [i, t] of sentences.entries()) out(`score ${i}`, scoreCheckworthiness(t));
