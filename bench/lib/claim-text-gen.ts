import { normaliseClaimText } from '@app/domain';
import { benchArticles } from './articles';

/**
 * Claim texts with the statistics of real claims, for seeding W5 (matching).
 *
 * Why not words drawn uniformly from the fixture articles (the first seed):
 * that vocabulary is ~1,850 words, each as likely as the next, so every
 * trigram of a search is in a large share of the claims and a trigram index
 * has nothing selective to start from. Real sentences are Zipfian: a head of
 * function words (the, of, to …, whose trigrams are everywhere) and a long
 * tail of names, places, organisations and figures (whose trigrams are rare).
 * How close this gets to real sentences is measured in docs/w5-matching-findings.md
 * (trigram document frequencies and similarity of unrelated pairs against
 * ~27k labelled debate sentences).
 *
 * Deterministic: the same seed gives the same texts.
 */

/** mulberry32: small, fast, seedable; Math.random cannot be seeded. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A string's 32-bit FNV-1a hash: turns a seed tag into a PRNG seed. */
export function hashSeed(tag: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < tag.length; i++) h = Math.imul(h ^ tag.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Samples ranks 0..n-1 with P(k) ∝ 1/(k+1)^s (binary search in the cumulative weights). */
class Zipf {
  private readonly cdf: Float64Array;
  constructor(n: number, s: number) {
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) this.cdf[k] = sum += 1 / Math.pow(k + 1, s);
    for (let k = 0; k < n; k++) this.cdf[k]! /= sum;
  }
  sample(r: number): number {
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cdf[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// The head of English by frequency (function words and the commonest verbs,
// adverbs and nouns of news and political speech): in real sentences these
// make up about half the words, and their trigrams are in most claims.
const HEAD = (
  'the to and of a in that is for it we on have be are with was not this as they by our but at from he has will more ' +
  'than people i you an or their there all been would percent year had one about which its were can who what new so ' +
  'million if said do when only now also up out time over his them years this most no just last two after first many ' +
  'government because these into other some like billion country states state now her she us three country could every ' +
  'back down since per under number since between before make made get going said any how even those still against ' +
  'should world american americans president tax jobs money health care country nation public week day today cent ' +
  'record higher lower half less much rate rates increase cut cuts budget plan law bill vote voted support program ' +
  'national federal local city year ago while where did does way well being own same each through here then very'
)
  .split(' ')
  .filter((w, i, all) => all.indexOf(w) === i);

/** Words of three letters or more in the fixture articles, most common first (ties alphabetical). */
function fixtureWords(): string[] {
  const counts = new Map<string, number>();
  for (const a of benchArticles(5, 'vocab', 7)) for (const w of a.body.toLowerCase().split(/[^a-z]+/)) if (w.length > 2) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([w]) => w);
}

/** Fixture-article words that are not head words: news content words, most common first. */
function contentWords(): string[] {
  return fixtureWords().filter((w) => !HEAD.includes(w));
}

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'ch', 'cl', 'dr', 'fr', 'gr', 'kr', 'pl', 'sh', 'st', 'tr', 'th', 'sch', 'zh', ''];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'ai', 'ea', 'ie', 'ou', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'm', 't', 'k', 'nd', 'rt', 'st', 'ck', 'ng', 'sk', 'tz', 'x'];
const SUFFIXES = ['', '', '', 'son', 'ton', 'ville', 'berg', 'ski', 'ova', 'ez', 'ia', 'land', 'ford', 'ham', 'ism', 'tion', 'ing', 'ers'];

/**
 * The long tail: made-up proper names, places, organisations and rare nouns,
 * built from syllables so their trigrams are as varied as real names'. Not
 * real words, but what matters to a trigram index is how rare they are.
 */
function tailWords(n: number, rand: () => number): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < n) {
    const syllables = rand() < 0.6 ? 1 : 2;
    let w = '';
    for (let i = 0; i < syllables; i++) w += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
    w += pick(SUFFIXES);
    if (w.length < 3 || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
}

/** A figure as claims state them: a year, a percentage, an amount or a count. */
function figure(rand: () => number): string {
  const r = rand();
  if (r < 0.3) return String(1950 + Math.floor(rand() * 77));
  if (r < 0.55) return `${(rand() * 60).toFixed(rand() < 0.5 ? 0 : 1)} percent`;
  if (r < 0.8) return `${Math.floor(1 + rand() * 999)} ${rand() < 0.6 ? 'million' : 'billion'}`;
  return String(Math.floor(Math.exp(rand() * 13)));
}

export interface ClaimTextOptions {
  /** Words in the generated tail vocabulary (names, places, rare nouns). */
  tail?: number;
  /** Claims per story: claims of one story share a few names (as an article's claims do). */
  story?: number;
}

/**
 * `n` claim texts (display form) and their normalised form (what matching
 * compares), one at a time (a million at once would be a few hundred MB). Each word is drawn from one ranked vocabulary — head, then
 * fixture content words, then the generated tail — with Zipf's law
 * (P(rank k) ∝ 1/k^1.15); one claim in two states a figure; claims of the same
 * story reuse its names. Lengths are log-normal around 17 words (6–45), like
 * check-worthy sentences.
 */
export function* realisticClaimTexts(n: number, seed: number, opts: ClaimTextOptions = {}): Generator<{ text: string; normalized: string }> {
  const rand = prng(seed);
  // The vocabulary does not depend on `seed`: seeding more claims later (W5
  // grows the table size by size) must draw from the same language.
  const vocab = [...HEAD, ...contentWords(), ...tailWords(opts.tail ?? 200_000, prng(7))];
  const zipf = new Zipf(vocab.length, 1.15);
  const storySize = opts.story ?? 20;
  let storyNames: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % storySize === 0) storyNames = Array.from({ length: 4 }, () => vocab[HEAD.length + 2000 + Math.floor(rand() * (vocab.length - HEAD.length - 2000))]!);
    // Box–Muller: a log-normal length.
    const normal = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    const len = Math.min(45, Math.max(6, Math.round(Math.exp(Math.log(17) + 0.4 * normal))));
    const words: string[] = [];
    const figureAt = rand() < 0.5 ? Math.floor(rand() * len) : -1;
    for (let k = 0; k < len; k++) {
      if (k === figureAt) words.push(figure(rand));
      else if (rand() < 0.06) words.push(storyNames[Math.floor(rand() * storyNames.length)]!);
      else words.push(vocab[zipf.sample(rand())]!);
    }
    const text = words.join(' ');
    const display = text.charAt(0).toUpperCase() + text.slice(1) + '.';
    yield { text: display, normalized: normaliseClaimText(display) };
  }
}

/**
 * The first seed, kept to compare with (BENCH_SEED_TEXT=uniform): 12–23 words
 * drawn uniformly from the fixture articles' ~1,850 words, then a figure. On
 * it every trigram of a search is common: the hard case for a trigram index.
 * The normalised form is the text itself (lower case, no punctuation already).
 */
export function* uniformClaimTexts(n: number, seed: number): Generator<{ text: string; normalized: string }> {
  const rand = prng(seed);
  const vocab = fixtureWords();
  for (let g = 1; g <= n; g++) {
    const words = Array.from({ length: 12 + (g % 12) }, () => vocab[Math.floor(rand() * vocab.length)]!);
    const text = `${words.join(' ')} ${g % 997}`;
    yield { text, normalized: text };
  }
}
