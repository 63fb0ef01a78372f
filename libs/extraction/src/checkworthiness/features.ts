// Sentence → sparse feature vector, shared by the scorer and the training
// script so that both see exactly the same features. Word and char n-grams are
// hashed into 2^bits buckets (no vocabulary to ship); a few dense linguistic
// features follow the buckets.
import { CUE_BIT as B, CUE_MASKS } from './cues';
import { createTokens, FNV_OFFSET, hashWord, tokenize, TokenKind, type Tokens } from './tokenize';

/** Feature settings; stored with the weights so that inference matches training. */
export interface FeatureConfig {
  /** log2 of the number of hashed buckets. */
  bits: number;
  /** Longest word n-gram (1-3). */
  wordNgrams: number;
  /** Char n-gram lengths inside words (with < > boundary marks); charMax 0 turns them off. */
  charMin: number;
  charMax: number;
  /** Multiplies the dense features: a larger value regularises them less than the n-grams. */
  denseScale?: number;
  /** Length of the char n-gram group (default 1): below 1 the model leans less on spellings. */
  charScale?: number;
}

/** A sparse vector; indices may repeat (values then add up). Buffers are reused between calls. */
export interface SparseVector {
  n: number;
  idx: Int32Array;
  val: Float32Array;
}

export const DENSE_FEATURES = [
  'has-number',
  'number-count',
  'percent',
  'money',
  'year',
  'number-word',
  'comparative',
  'superlative',
  'proper-nouns',
  'acronym',
  'question',
  'exclamation',
  'first-singular',
  'first-plural',
  'second-person',
  'modal',
  'opinion',
  'past',
  'negation',
  'politeness',
  'law-vote',
  'question-start',
  'statistic-noun',
  'action-verb',
  'third-person',
  'perfect',
  'existential',
  'time',
  'topic',
  'number-unit',
  'len-1-4',
  'len-5-9',
  'len-10-19',
  'len-20-34',
  'len-35-plus',
] as const;

const D = Object.fromEntries(DENSE_FEATURES.map((name, i) => [name, i])) as Record<(typeof DENSE_FEATURES)[number], number>;

// Hash namespaces keep a unigram, a bigram and a char n-gram with equal hashes apart.
const NS_UNIGRAM = 0x1000193;
const NS_BIGRAM = 0x2000193;
const NS_TRIGRAM = 0x3000193;
const NS_CHAR = 0x4000193;
const NS_SHAPE = 0x5000193;

const NUM_TOKEN = hashWord('<num>');
const YEAR_TOKEN = hashWord('<year>');
const BOS = hashWord('<s>');
const EOS = hashWord('</s>');
const SHAPE_CAPITAL = hashWord('<Cap>');
const SHAPE_ACRONYM = hashWord('<ACR>');
const BE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'will'].map(hashWord));
const THERES = hashWord("there's");
const LT = 60;
const GT = 62;

// Module-local copies of imported bindings: tsx/esbuild's CommonJS output reads
// imports through getters, which costs more than the hashing in these loops.
const FNV0 = FNV_OFFSET;
const CUE_OF = CUE_MASKS;
const KIND_WORD: number = TokenKind.Word;
const KIND_NUMBER: number = TokenKind.Number;
const KIND_YEAR: number = TokenKind.Year;
const KIND_PUNCT: number = TokenKind.Punct;
const BIT = { ...B };
const step = (h: number, c: number): number => Math.imul(h ^ c, 16777619);

/** Murmur3's finaliser: spreads combined hashes over the low bits used as buckets. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function combine(a: number, b: number): number {
  return mix(Math.imul(a, 0x9e3779b1) ^ b);
}

export class Featurizer {
  /** Number of weights the model needs: hashed buckets then dense features. */
  readonly dim: number;
  private readonly mask: number;
  private readonly dense0: number;
  private tokens: Tokens = createTokens();
  private stream = new Int32Array(130);
  private vec: SparseVector = { n: 0, idx: new Int32Array(1024), val: new Float32Array(1024) };
  private readonly denseVal = new Float32Array(DENSE_FEATURES.length);

  constructor(readonly config: FeatureConfig) {
    this.mask = (1 << config.bits) - 1;
    this.dense0 = 1 << config.bits;
    this.dim = this.dense0 + DENSE_FEATURES.length;
  }

  /** Featurizes one sentence; the returned vector is overwritten by the next call. */
  featurize(sentence: string): SparseVector {
    const t = (this.tokens = tokenize(sentence, this.tokens));
    this.reserve(t.count);
    const v = this.vec;
    v.n = 0;
    const wordStart = this.addWordNgrams(t);
    this.scale(0, wordStart);
    const charStart = v.n;
    this.addCharNgrams(t);
    this.scale(charStart, v.n, this.config.charScale ?? 1);
    this.addDense(t);
    return v;
  }

  private reserve(tokens: number): void {
    const cm = this.config.charMax;
    // Per token: word n-grams + 2 shapes + char n-grams of a token with boundary marks.
    let chars = 0;
    const t = this.tokens;
    for (let k = 0; k < tokens; k++) chars += t.end[k]! - t.start[k]! + 2;
    const need = (tokens + 2) * (this.config.wordNgrams + 2) + chars * Math.max(cm, 1) + DENSE_FEATURES.length + 8;
    if (this.vec.idx.length < need) {
      this.vec = { n: 0, idx: new Int32Array(need * 2), val: new Float32Array(need * 2) };
    }
    if (this.stream.length < tokens + 2) this.stream = new Int32Array((tokens + 2) * 2);
  }

  private push(hash: number, value: number): void {
    const v = this.vec;
    v.idx[v.n] = mix(hash) & this.mask;
    v.val[v.n] = value;
    v.n++;
  }

  /** Unit-normalises a group so that long sentences do not dominate by length. */
  private scale(from: number, to: number, length = 1): void {
    if (to <= from) return;
    const s = length / Math.sqrt(to - from);
    const val = this.vec.val;
    for (let k = from; k < to; k++) val[k] = s;
  }

  private addWordNgrams(t: Tokens): number {
    const s = this.stream;
    const n = t.count;
    s[0] = BOS;
    for (let k = 0; k < n; k++) {
      const kind = t.kind[k]!;
      s[k + 1] = kind === KIND_NUMBER ? NUM_TOKEN : kind === KIND_YEAR ? YEAR_TOKEN : t.hash[k]!;
    }
    s[n + 1] = EOS;
    for (let k = 1; k <= n; k++) {
      this.push(s[k]! ^ NS_UNIGRAM, 1);
      // Shapes: proper-noun-like capitals past the first word, and acronyms.
      if (t.allCaps[k - 1]) this.push(combine(NS_SHAPE, SHAPE_ACRONYM), 1);
      else if (k > 1 && t.capital[k - 1]) this.push(combine(NS_SHAPE, SHAPE_CAPITAL), 1);
    }
    if (this.config.wordNgrams >= 2) {
      for (let k = 0; k <= n; k++) this.push(combine(s[k]! ^ NS_BIGRAM, s[k + 1]!), 1);
    }
    if (this.config.wordNgrams >= 3) {
      for (let k = 0; k + 2 <= n + 1; k++) this.push(combine(combine(s[k]! ^ NS_TRIGRAM, s[k + 1]!), s[k + 2]!), 1);
    }
    return this.vec.n;
  }

  private addCharNgrams(t: Tokens): void {
    const { charMin, charMax } = this.config;
    if (charMax <= 0) return;
    const chars = t.chars;
    for (let k = 0; k < t.count; k++) {
      if (t.kind[k] === KIND_PUNCT) continue;
      const a = t.start[k]!;
      const len = t.end[k]! - a + 2; // with the < and > marks
      for (let i = 0; i < len; i++) {
        let h = FNV0 ^ NS_CHAR;
        for (let m = 1; m <= charMax && i + m <= len; m++) {
          const p = i + m - 1;
          const c = p === 0 ? LT : p === len - 1 ? GT : chars[a + p - 1]!;
          h = step(h, c);
          if (m >= charMin) this.push(h, 1);
        }
      }
    }
  }

  private addDense(t: Tokens): void {
    const d = this.denseVal;
    d.fill(0);
    const n = t.count;
    let numbers = 0;
    let proper = 0;
    for (let k = 0; k < n; k++) {
      const kind = t.kind[k]!;
      const h = t.hash[k]!;
      if (kind === KIND_NUMBER || kind === KIND_YEAR) numbers++;
      if (kind === KIND_YEAR) d[D.year] = 1;
      if (kind === KIND_WORD) {
        if (t.allCaps[k]) d[D.acronym] = 1;
        else if (k > 0 && t.capital[k]) proper++;
        if (!d[D.past] && endsWithEd(t, k)) d[D.past] = 1;
      }
      const m = CUE_OF.get(h);
      if (m === undefined) continue;
      if (m & BIT.percent) d[D.percent] = 1;
      if (m & BIT.money) d[D.money] = 1;
      if (m & BIT.numberWord) d[D['number-word']] = 1;
      if (m & BIT.comparative) d[D.comparative] = 1;
      if (m & BIT.superlative) d[D.superlative] = 1;
      if (m & BIT.firstSingular) d[D['first-singular']] = 1;
      if (m & BIT.firstPlural) d[D['first-plural']] = 1;
      if (m & BIT.second) d[D['second-person']] = 1;
      if (m & BIT.modal) d[D.modal] = 1;
      if (m & BIT.opinion) d[D.opinion] = 1;
      if (m & BIT.past) d[D.past] = 1;
      if (m & BIT.negation) d[D.negation] = 1;
      if (m & BIT.politeness) d[D.politeness] = 1;
      if (m & BIT.lawVote) d[D['law-vote']] = 1;
      if (m & BIT.statisticNoun) d[D['statistic-noun']] = 1;
      if (m & BIT.actionVerb) d[D['action-verb']] = 1;
      if (m & BIT.thirdPerson) d[D['third-person']] = 1;
      if (m & BIT.time) d[D.time] = 1;
      if (m & BIT.topic) d[D.topic] = 1;
      // "has risen", "have cut", "had voted": a completed action.
      if ((m & BIT.perfect) !== 0 && k + 1 < n && (endsWithEd(t, k + 1) || ((CUE_OF.get(t.hash[k + 1]!) ?? 0) & (BIT.past | BIT.actionVerb)) !== 0)) {
        d[D.perfect] = 1;
      }
      // "there are 12 million", "there were no", "there's": an existence claim.
      if ((m & BIT.existential) !== 0 && (h === THERES || (k + 1 < n && BE.has(t.hash[k + 1]!)))) d[D.existential] = 1;
      // "12 million people", "5 percent": a number with its unit.
      const unit = (m & (BIT.statisticNoun | BIT.percent | BIT.money)) !== 0;
      if (unit && k > 0 && (t.kind[k - 1] === KIND_NUMBER || ((CUE_OF.get(t.hash[k - 1]!) ?? 0) & BIT.numberWord) !== 0)) {
        d[D['number-unit']] = 1;
      }
    }
    if (numbers > 0) d[D['has-number']] = 1;
    d[D['number-count']] = Math.min(numbers, 4) / 4;
    d[D['proper-nouns']] = Math.min(proper, 5) / 5;
    if (n > 0 && t.kind[n - 1] === KIND_PUNCT) {
      const last = t.chars[t.start[n - 1]!];
      if (last === 63) d[D.question] = 1;
      if (last === 33) d[D.exclamation] = 1;
    }
    if (n > 0 && ((CUE_OF.get(t.hash[0]!) ?? 0) & BIT.questionStart) !== 0) d[D['question-start']] = 1;
    const lenFeature = n <= 4 ? D['len-1-4'] : n <= 9 ? D['len-5-9'] : n <= 19 ? D['len-10-19'] : n <= 34 ? D['len-20-34'] : D['len-35-plus'];
    d[lenFeature] = 1;
    const v = this.vec;
    const scale = this.config.denseScale ?? 1;
    for (let k = 0; k < d.length; k++) {
      if (d[k] === 0) continue;
      v.idx[v.n] = this.dense0 + k;
      v.val[v.n] = d[k]! * scale;
      v.n++;
    }
  }
}

function endsWithEd(t: Tokens, k: number): boolean {
  const e = t.end[k]!;
  return e - t.start[k]! >= 5 && t.chars[e - 1] === 100 && t.chars[e - 2] === 101;
}
