// Extraction stages lab: where one extraction's time goes, stage by stage, in
// optimised code (a CPU profile with inlining smears stages into each other).
// The loop mirrors extractClaims; keep it in step when the engine changes.
//   npx tsx bench/lab/extraction-stages.ts [rounds=200]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrame } from '../../libs/extraction/src/attribution';
import { isCheckable } from '../../libs/extraction/src/candidates';
import { Discourse, SELF } from '../../libs/extraction/src/claimant';
import { claimText } from '../../libs/extraction/src/claim-text';
import { claimType } from '../../libs/extraction/src/claim-type';
import { cleanBody } from '../../libs/extraction/src/clean';
import { trackQuotes } from '../../libs/extraction/src/quotes';
import { splitSentences, type Token } from '../../libs/extraction/src/sentences';
import { scoreCheckworthiness } from '../../libs/extraction/src/checkworthiness';
import { nlp } from '../../libs/extraction/src/nlp';

const ROOT = join(__dirname, '..', '..');
const bodies = [join(ROOT, 'test/fixtures'), join(ROOT, 'libs/extraction/src/__fixtures__')].flatMap((dir) =>
  readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')),
);
const rounds = Number(process.argv[2] ?? 200);
const spent = new Map<string, bigint>();
let sink = 0;
function timed<T>(stage: string, f: () => T): T {
  const t0 = process.hrtime.bigint();
  const out = f();
  spent.set(stage, (spent.get(stage) ?? 0n) + process.hrtime.bigint() - t0);
  return out;
}

for (let r = 0; r < rounds; r++) {
  if (r === 1) spent.clear(); // the first round warms the JIT
  for (const body of bodies) {
    const { masked } = timed('clean', () => cleanBody(body));
    timed('wink readDoc alone (not in the total)', () => nlp.readDoc(masked).tokens().length());
    const sentences = timed('split (wink + tokens)', () => splitSentences(masked));
    const quotes = timed('quotes', () => trackQuotes(body, sentences));
    const discourse = new Discourse(body);
    for (const [i, sentence] of sentences.entries()) {
      discourse.startSentence(sentence.start);
      const frame = timed('frame', () => parseFrame(sentence));
      if (frame.speaker.length > 0) {
        const c = timed('resolve speaker', () => discourse.resolveSpeaker(frame.speaker));
        if (c === SELF) sink++;
      }
      timed('note mentions', () => discourse.noteMentions(sentence.tokens));
      const content: Token[] = [];
      for (const s of frame.content) for (const t of sentence.tokens) if (t.start >= s.start && t.end <= s.end) content.push(t);
      const text = timed('claim text', () => claimText(body, frame.content));
      if (!timed('checkable', () => isCheckable(sentence, frame, content, text))) continue;
      const quote = body.slice(sentence.start, sentence.end);
      sink += timed('score', () => scoreCheckworthiness(/\s\s|[\n\r\t]/.test(quote) ? quote.replace(/\s+/g, ' ') : quote));
      sink += timed('claim type', () => claimType(text)).length + (quotes[i].quoted ? 1 : 0);
    }
  }
}
const n = (rounds - 1) * bodies.length;
let total = 0n;
for (const [stage, ns] of spent) if (!stage.includes('alone')) total += ns;
for (const [stage, ns] of [...spent].sort((a, b) => Number(b[1] - a[1]))) {
  process.stdout.write(`${stage.padEnd(40)} ${(Number(ns) / n / 1000).toFixed(1).padStart(6)} µs/article  ${((Number(ns) / Number(total)) * 100).toFixed(0).padStart(3)}%\n`);
}
process.stdout.write(`total ${(Number(total) / n / 1000).toFixed(1)} µs/article (checksum ${sink})\n`);
