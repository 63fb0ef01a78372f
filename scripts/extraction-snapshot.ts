// Dumps extractClaims output over every article text we have, so that a change
// meant to be behaviour-neutral (a speed-up) can be checked byte for byte:
//   npx tsx scripts/extraction-snapshot.ts > /tmp/before.json   (then diff)
// Articles: the .txt fixtures, and, when the check-worthiness data is present
// (outside the repo, see scripts/checkworthiness/data.ts), debate transcripts
// cut into articles of 40 lines — real prose with quotes, names and pronouns.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '@app/extraction';
import { dataDir, loadDebates, REPO_ROOT } from './checkworthiness/data';

interface Article {
  name: string;
  body: string;
  title?: string;
}

function fixtures(): Article[] {
  const out: Article[] = [];
  for (const dir of ['test/fixtures', 'libs/extraction/src/__fixtures__']) {
    const abs = join(REPO_ROOT, dir);
    for (const f of readdirSync(abs).filter((n) => n.endsWith('.txt')).sort()) {
      out.push({ name: `${dir}/${f}`, body: readFileSync(join(abs, f), 'utf8') });
    }
  }
  return out;
}

function debates(): Article[] {
  if (!existsSync(join(dataDir(), 'debates-2019'))) return [];
  const out: Article[] = [];
  for (const d of loadDebates()) {
    for (let i = 0; i < d.lines.length; i += 40) {
      const lines = d.lines.slice(i, i + 40);
      // Two shapes: plain paragraphs, and "SPEAKER: text" lines hard-wrapped as one block.
      out.push({ name: `${d.name}#${i}`, body: lines.map((l) => l.text).join('\n\n') });
      out.push({ name: `${d.name}#${i}/speakers`, body: lines.map((l) => `${l.speaker}: ${l.text}`).join('\n'), title: lines[0]?.text });
    }
  }
  return out;
}

const articles = [...fixtures(), ...debates()];
const out = articles.map((a) => ({ name: a.name, ...extractClaims({ body: a.body, title: a.title, source: 'snapshot' }) }));
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
process.stderr.write(`${articles.length} articles, ${out.reduce((n, a) => n + a.claims.length, 0)} claims\n`);
