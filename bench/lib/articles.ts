import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface BenchArticle {
  title: string;
  body: string;
  url: string;
  source: string;
}

function fixtures(): string[] {
  const dirs = [join(ROOT, 'test/fixtures'), join(ROOT, 'libs/extraction/src/__fixtures__')];
  return dirs.flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')));
}

// A deterministic generator: the same run always submits the same articles.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * `n` distinct articles of about 800 words, stitched from the repository's
 * fixture articles with their figures changed: each is new to the service
 * (no duplicate body or URL), and its claims resemble earlier ones without
 * being the same (other figures), as a news feed's would.
 */
export function benchArticles(n: number, runTag: string, seed = 42): BenchArticle[] {
  const texts = fixtures();
  const rand = rng(seed);
  const out: BenchArticle[] = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    let words = 0;
    while (words < 800) {
      const t = texts[Math.floor(rand() * texts.length)]!;
      parts.push(t.trim());
      words += t.split(/\s+/).length;
    }
    const body = parts.join('\n\n').replace(/\d+/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + rand())))));
    out.push({ title: `Bench article ${runTag}-${i}`, body: `${body}\n\n(Bench copy ${runTag}-${i}.)`, url: `https://bench.example/${runTag}/${i}`, source: 'Bench' });
  }
  return out;
}
