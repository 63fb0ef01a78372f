/**
 * pg_trgm's trigrams of a text, as `similarity()` counts them: words are runs of letters and digits,
 * each padded with two spaces before and one after, lower-cased; each distinct trigram once.
 * (pg_trgm hashes a trigram of non-ASCII characters into three bytes, so two such trigrams can, rarely,
 * count as one there: the index then finds a claim a little less similar than Postgres does, which is
 * why the database, not this index, has the last word on every match.)
 */
export function trigramsOf(text: string): string[] {
  const out = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    const padded = `  ${word} `;
    // By code point: pg_trgm counts characters, and a letter outside the BMP is two UTF-16 units.
    const chars = Array.from(padded);
    for (let i = 0; i + 3 <= chars.length; i++) out.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  return [...out];
}

/** A key found by `search`, with the trigram similarity of its text to the searched one. */
export interface TrigramHit {
  key: string;
  similarity: number;
}

// Lowered a hair so float rounding never drops a text Postgres would keep: the database checks every hit again.
const SLACK = 1e-6;
// The commonest trigrams, each a bit of every text's signature (so COMMON / 32 words a text), chosen again whenever the
// index has doubled since, from FIRST_CHOICE texts on. 128 covers the skipped trigrams of real-like sentences (bench W5's
// texts at 100k: 28.0 of 28.1 per search; 64 covered 25).
const COMMON = 128;
const SIG_WORDS = COMMON / 32;
const FIRST_CHOICE = 256;

/**
 * An in-memory inverted index of texts by trigram, answering "every text whose
 * pg_trgm similarity to this one is at least t" exactly, by counting shared
 * trigrams instead of scanning: the query's trigrams are read rarest first,
 * and the commonest ones, which every sentence has ("the", " th", "ing"), are
 * read only for the few texts they could still bring to t (prefix filtering:
 * a text at similarity ≥ t shares at least ceil(t·|query|) trigrams with the
 * query, so one sharing none of the rarest |query| − ceil(t·|query|) + 1 is
 * out). The skipped trigrams are then counted for those texts from a
 * signature of the commonest trigrams each text has (a bit each), not by
 * reading the text's trigrams. Pure data structure; ClaimTextIndex keeps it in
 * step with Postgres.
 * Memory is the point of its layout (it lives in every api process, under the
 * RSS target of bench W2): postings as byte-coded gaps between slots (about a
 * byte each), each text's trigram ids in one flat pool of 16-bit ids while
 * there are few enough, no copy of the texts.
 */
export class TrigramIndex {
  private readonly gramIds = new Map<string, number>();
  // Per trigram: the text slots that have it, in slot order, as gaps in a variable-length byte code (7 bits a
  // byte, the high bit set on all but a number's last byte), with the bytes used, the postings and the last slot.
  private postings: Uint8Array<ArrayBuffer>[] = [];
  private postingBytes = new Int32Array(1024);
  private postingLengths = new Int32Array(1024);
  private lastSlots = new Int32Array(1024);
  // Per text slot: where its trigram ids start in one flat pool, and how many (flat arrays: every touched slot's size
  // is read, and thousands of slots' trigrams per search), and its key (null once the key moved or went).
  private gramPool: Uint16Array<ArrayBuffer> | Int32Array<ArrayBuffer> = new Uint16Array(16 * 1024);
  private poolLength = 0;
  private slotStarts = new Int32Array(1024);
  private slotSizes = new Int32Array(1024);
  // One per slot ever made: its length is the slot count.
  private readonly slotKeys: (string | null)[] = [];
  private readonly slotOfKey = new Map<string, number>();
  // Per trigram: its bit in the signatures + 1 (0: not one of the commonest); per slot: its signature, SIG_WORDS words.
  private bitOf = new Uint8Array(1024);
  private signatures = new Int32Array(1024 * SIG_WORDS);
  private slotsAtChoice = 0;
  // The most trigrams a text has (the size of `need`'s table).
  private maxSize = 0;
  // Scratch space for a search, sized to the slots (counts, touched), the trigrams (inSkipped), the sizes (need).
  private counts = new Uint16Array(1024);
  private touched = new Int32Array(1024);
  private inSkipped = new Uint8Array(1024);
  private need = new Int32Array(64);
  private readonly skippedBits = new Int32Array(SIG_WORDS);

  /** Keys indexed. */
  get size(): number {
    return this.slotOfKey.size;
  }

  /** Indexes `key` under `text`, in place of any text it had. (The old text's slot stays, dead, until a reload.) */
  set(key: string, text: string): void {
    this.delete(key);
    const slot = this.addSlot(text);
    this.slotKeys[slot] = key;
    this.slotOfKey.set(key, slot);
  }

  /** Forgets `key`. */
  delete(key: string): void {
    const slot = this.slotOfKey.get(key);
    if (slot === undefined) return;
    this.slotKeys[slot] = null;
    this.slotOfKey.delete(key);
  }

  /** Forgets everything. */
  clear(): void {
    this.gramIds.clear();
    this.postings = [];
    this.postingBytes = new Int32Array(1024);
    this.postingLengths = new Int32Array(1024);
    this.lastSlots = new Int32Array(1024);
    this.gramPool = new Uint16Array(16 * 1024);
    this.poolLength = 0;
    this.slotStarts = new Int32Array(1024);
    this.slotSizes = new Int32Array(1024);
    this.slotKeys.length = 0;
    this.slotOfKey.clear();
    this.bitOf = new Uint8Array(1024);
    this.signatures = new Int32Array(1024 * SIG_WORDS);
    this.slotsAtChoice = 0;
    this.maxSize = 0;
  }

  /**
   * Every key whose text has similarity ≥ `minSimilarity` to `text` (give or
   * take float rounding: callers check again where it matters), ordered as
   * pg_trgm's `<->` and then the key order Postgres gives uuids: nearest
   * first, ties by key.
   */
  search(text: string, minSimilarity: number): TrigramHit[] {
    const t = Math.max(0, minSimilarity - SLACK);
    const grams = trigramsOf(text);
    const nA = grams.length;
    if (nA === 0) return [];
    const { postingLengths, postingBytes } = this;
    const known: number[] = [];
    for (const g of grams) {
      const id = this.gramIds.get(g);
      if (id !== undefined) known.push(id);
    }
    known.sort((x, y) => postingLengths[x]! - postingLengths[y]!);
    // The commonest `skip` lists are read only for texts the rarer ones found.
    const skip = Math.max(0, Math.min(known.length, Math.ceil(t * nA) - 1));
    const readTo = known.length - skip;
    // Those among the signatures' trigrams are counted from the signatures; any other (rare: a text unlike the rest)
    // by reading the text's trigrams.
    const { bitOf, skippedBits, inSkipped } = this;
    skippedBits.fill(0);
    let readSkipped = false;
    for (let k = readTo; k < known.length; k++) {
      const bit = bitOf[known[k]!]! - 1;
      if (bit >= 0) skippedBits[bit >> 5]! |= 1 << (bit & 31);
      else {
        inSkipped[known[k]!] = 1;
        readSkipped = true;
      }
    }
    const counts = this.counts;
    const touched = this.touched;
    let nTouched = 0;
    let toRead = 0;
    for (let k = 0; k < readTo; k++) toRead += postingLengths[known[k]!]!;
    // When most texts will be touched (real sentences share many mid-frequency trigrams), count without noting
    // which (a branch per posting), then go through every slot, which also reads the arrays in order. (`dense` is
    // the same for the whole loop, so its test costs nothing.)
    const dense = toRead > this.slotKeys.length >> 1;
    // Indexed loops over typed arrays: this is the hot loop (hundreds of thousands of postings per search at 100k texts).
    for (let k = 0; k < readTo; k++) {
      const g = known[k]!;
      const list = this.postings[g]!;
      for (let p = 0, end = postingBytes[g]!, slot = -1; p < end; ) {
        let gap = list[p++]!;
        // Most gaps take one byte.
        if (gap >= 0x80) {
          gap &= 0x7f;
          for (let shift = 7, b = 0x80; b & 0x80; shift += 7) gap |= ((b = list[p++]!) & 0x7f) << shift;
        }
        slot += gap;
        if (dense) counts[slot]++;
        else if (counts[slot]++ === 0) touched[nTouched++] = slot;
      }
    }
    const need = this.needs(nA, t, skip);
    const hits: { slot: number; similarity: number }[] = [];
    const { slotSizes, slotStarts, gramPool, slotKeys, signatures } = this;
    for (let k = 0, n = dense ? slotKeys.length : nTouched; k < n; k++) {
      const slot = dense ? k : touched[k]!;
      let shared = counts[slot]!;
      if (shared === 0) continue;
      counts[slot] = 0;
      const nB = slotSizes[slot]!;
      if (shared < need[nB]! || slotKeys[slot] === null) continue;
      for (let w = 0, at = slot * SIG_WORDS; w < SIG_WORDS; w++) shared += popcount(signatures[at + w]! & skippedBits[w]!);
      if (readSkipped) for (let i = slotStarts[slot]!, end = i + nB; i < end; i++) shared += inSkipped[gramPool[i]!]!;
      // float4, as pg_trgm computes it.
      const similarity = Math.fround(shared / (nA + nB - shared));
      if (similarity >= t) hits.push({ slot, similarity });
    }
    for (let k = readTo; k < known.length; k++) this.inSkipped[known[k]!] = 0;
    const out: TrigramHit[] = [];
    for (const h of hits) out.push({ key: slotKeys[h.slot]!, similarity: h.similarity });
    // `<->` is 1 − similarity in float4: two similarities can round to one distance, and then the key decides.
    return out.sort((a, b) => Math.fround(1 - a.similarity) - Math.fround(1 - b.similarity) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /**
   * Per text size nB, the fewest of the read trigrams a text must share to be counted exactly: with every skipped
   * one too (at most nB in all) it must reach t, upper / (nA + nB − upper) ≥ t, without the division. A table per
   * search, so that each of the (often most) texts touched costs one lookup.
   */
  private needs(nA: number, t: number, skip: number): Int32Array {
    if (this.need.length <= this.maxSize) this.need = new Int32Array(this.maxSize + 1);
    const need = this.need;
    for (let nB = 0; nB <= this.maxSize; nB++) {
      const bar = t * (nA + nB);
      let shared = Math.max(1, Math.floor(bar / (1 + t)) - skip - 1);
      while (shared <= nB && Math.min(shared + skip, nB) * (1 + t) < bar) shared++;
      need[nB] = shared <= nB ? shared : 0x7fffffff;
    }
    return need;
  }

  /** Gives the COMMON commonest trigrams their bits, and every text its signature again. */
  private chooseCommon(): void {
    const byLength = Array.from({ length: this.gramIds.size }, (_, id) => id).sort((x, y) => this.postingLengths[y]! - this.postingLengths[x]!);
    this.bitOf.fill(0);
    byLength.slice(0, COMMON).forEach((id, bit) => (this.bitOf[id] = bit + 1));
    this.signatures.fill(0);
    for (let slot = 0; slot < this.slotKeys.length; slot++) this.sign(slot);
    this.slotsAtChoice = this.slotKeys.length;
  }

  private sign(slot: number): void {
    const { bitOf, gramPool, signatures } = this;
    const at = slot * SIG_WORDS;
    for (let i = this.slotStarts[slot]!, end = i + this.slotSizes[slot]!; i < end; i++) {
      const bit = bitOf[gramPool[i]!]! - 1;
      if (bit >= 0) signatures[at + (bit >> 5)]! |= 1 << (bit & 31);
    }
  }

  private addSlot(text: string): number {
    const slot = this.slotKeys.length;
    const grams = trigramsOf(text).map((g) => this.gramId(g));
    if (this.poolLength + grams.length > this.gramPool.length) this.growPool(this.poolLength + grams.length, this.gramPool instanceof Int32Array);
    this.gramPool.set(grams, this.poolLength);
    this.slotKeys.push(null);
    for (const g of grams) this.addPosting(g, slot);
    // Every per-slot array, the search's scratch space too, grows together.
    if (slot >= this.slotSizes.length) {
      const n = this.slotSizes.length * 2;
      this.slotSizes = resized(this.slotSizes, n);
      this.slotStarts = resized(this.slotStarts, n);
      this.counts = new Uint16Array(n);
      this.touched = new Int32Array(n);
      this.signatures = resized(this.signatures, n * SIG_WORDS);
    }
    this.slotSizes[slot] = grams.length;
    this.slotStarts[slot] = this.poolLength;
    this.poolLength += grams.length;
    this.maxSize = Math.max(this.maxSize, grams.length);
    if (slot + 1 >= Math.max(FIRST_CHOICE, 2 * this.slotsAtChoice)) this.chooseCommon();
    else this.sign(slot);
    return slot;
  }

  // By half again, not double: at 100k texts the pool is tens of MB.
  private growPool(atLeast: number, wide: boolean): void {
    const length = Math.max(Math.ceil(this.gramPool.length * 1.5), atLeast);
    const kind: Uint16Array<ArrayBuffer> | Int32Array<ArrayBuffer> = wide ? new Int32Array(0) : this.gramPool;
    this.gramPool = resized(kind, length, this.gramPool.subarray(0, this.poolLength));
  }

  private gramId(gram: string): number {
    let id = this.gramIds.get(gram);
    if (id === undefined) {
      id = this.gramIds.size;
      this.gramIds.set(gram, id);
      this.postings.push(new Uint8Array(4));
      // Past 65,536 trigrams (rare: many scripts or symbols), ids need 32 bits.
      if (id > 0xffff && this.gramPool instanceof Uint16Array) this.growPool(this.gramPool.length, true);
      // Every per-trigram array grows together.
      if (id >= this.postingLengths.length) {
        const n = this.postingLengths.length * 2;
        this.postingLengths = resized(this.postingLengths, n);
        this.postingBytes = resized(this.postingBytes, n);
        this.lastSlots = resized(this.lastSlots, n);
        this.inSkipped = resized(this.inSkipped, n);
        this.bitOf = resized(this.bitOf, n);
      }
      this.lastSlots[id] = -1;
    }
    return id;
  }

  private addPosting(gram: number, slot: number): void {
    let list = this.postings[gram]!;
    let at = this.postingBytes[gram]!;
    // Slots only grow, so the gap to the last one is positive; at most five bytes for a 32-bit gap.
    if (at + 5 > list.length) this.postings[gram] = list = resized(list, Math.max(at + 5, Math.ceil(list.length * 1.5)));
    let gap = slot - this.lastSlots[gram]!;
    while (gap >= 0x80) {
      list[at++] = (gap & 0x7f) | 0x80;
      gap >>>= 7;
    }
    list[at++] = gap;
    this.postingBytes[gram] = at;
    this.postingLengths[gram]!++;
    this.lastSlots[gram] = slot;
  }
}

/** Bits set in a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

type Growable = Uint8Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Int32Array<ArrayBuffer>;

/** A new array of `kind`'s type and `length` elements, starting with `contents` (by default all of `kind`). */
function resized<T extends Growable>(kind: T, length: number, contents: ArrayLike<number> = kind): T {
  const out = new (kind.constructor as new (n: number) => T)(length);
  out.set(contents);
  return out;
}
