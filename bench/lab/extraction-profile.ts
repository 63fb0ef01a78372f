// Extraction profile lab: the bench's corpus through `extractClaims` in a loop,
// for a CPU profile of the engine alone.
//   node --cpu-prof --cpu-prof-dir=/tmp/prof -r ./node_modules/tsx/dist/cjs/index.cjs bench/lab/extraction-profile.ts [rounds=10]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '@app/extraction';

const ROOT = join(__dirname, '..', '..');
const bodies = [join(ROOT, 'test/fixtures'), join(ROOT, 'libs/extraction/src/__fixtures__')].flatMap((dir) =>
  readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')),
);
const rounds = Number(process.argv[2] ?? 10);
let sink = 0;
const c0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) for (let k = 0; k < 140; k++) for (const body of bodies) sink += extractClaims({ body, source: 'lab' }).claims.length;
const c = process.cpuUsage(c0);
process.stdout.write(`${rounds * 140 * bodies.length} extractions, ${((c.user + c.system) / 1000).toFixed(0)} ms CPU (checksum ${sink})\n`);
