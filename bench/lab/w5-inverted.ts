// Feasibility check for docs/w5-matching-findings.md §5: an exact `similarity ≥ 0.3` search
// by counting shared trigrams over an in-memory inverted index (prefix
// filtering: the commonest lists are skipped when they cannot decide), checked
// against Postgres (pg_trgm) on the same claims. Not used by the service.
//   npx tsx bench/lab/w5-inverted.ts <db> [searches]
import { Client } from 'pg';
import { normaliseClaimText } from '@app/domain';

/** pg_trgm's trigrams of a text: words are runs of letters/digits, each padded with two spaces before and one after. */
function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!w) continue;
    const p = `  ${w} `;
    for (let i = 0; i + 3 <= p.length; i++) out.add(p.slice(i, i + 3));
  }
  return out;
}

async function main(): Promise<void> {
  const db = process.argv[2]!;
  const searches = Number(process.argv[3] ?? 100);
  const pg = new Client({ connectionString: `postgres://postgres@127.0.0.1:5432/${db}` });
  await pg.connect();
  const rows = (await pg.query<{ id: string; t: string }>('SELECT id, normalized_text t FROM claims')).rows;
  const t0 = Date.now();
  const ids = new Map<string, number>();
  const docs: Int32Array[] = rows.map((r) => Int32Array.from([...trigrams(r.t)].map((g) => ids.get(g) ?? (ids.set(g, ids.size), ids.size - 1))));
  const df = new Int32Array(ids.size);
  for (const d of docs) for (const g of d) df[g]!++;
  const postings = Array.from({ length: ids.size }, (_, g) => new Int32Array(df[g]!));
  const fill = new Int32Array(ids.size);
  docs.forEach((d, i) => d.forEach((g) => (postings[g]![fill[g]!++] = i)));
  const buildMs = Date.now() - t0;
  const postingsTotal = docs.reduce((a, d) => a + d.length, 0);

  const sample = (await pg.query<{ text: string }>('SELECT text FROM claims ORDER BY md5(id::text) LIMIT $1', [searches])).rows.map((r, i) => {
    const words = r.text.split(' ');
    words[i % words.length] = 'reportedly';
    words[(i * 7 + 3) % words.length] = 'officials';
    return normaliseClaimText(words.join(' '));
  });
  const counts = new Uint16Array(docs.length);
  const inSkipped = new Uint8Array(ids.size);
  const touched = new Int32Array(docs.length);
  const lens = Int32Array.from(docs, (d) => d.length);
  // W5_NAIVE=1: read every list (no prefix filtering), to compare.
  const naive = process.env['W5_NAIVE'] === '1';
  const ms: number[] = [];
  let differ = 0;
  let read = 0;
  let touchedN = 0;
  let verified = 0;
  await pg.query(`SELECT set_config('pg_trgm.similarity_threshold', '0.3', false)`);
  for (const q of sample) {
    const s0 = process.hrtime.bigint();
    const a = [...trigrams(q)];
    const nA = a.length;
    const hits: { i: number; sim: number }[] = [];
    // Rarest first. Any claim at >= 0.3 shares at least ceil(0.3 nA) trigrams with the search
    // (c >= t(nA + nB)/(1 + t) and nB >= c give c >= t nA), so a claim sharing none of the
    // rarest known.length - s trigrams, s = ceil(0.3 nA) - 1, cannot reach 0.3: the s commonest
    // lists are never read (prefix filtering).
    const known = a.map((g) => ids.get(g)).filter((g): g is number => g !== undefined).sort((x, y) => df[x]! - df[y]!);
    const skip = Math.min(known.length, Math.ceil(Math.fround(0.3) * nA - 1e-9) - 1);
    const prefix = naive ? known : known.slice(0, known.length - skip);
    const skipped = naive ? [] : known.slice(known.length - skip);
    for (const g of skipped) inSkipped[g] = 1;
    // Indexed loops over typed arrays: for…of and number[] pushes cost 2–3× here.
    let nt = 0;
    for (const g of prefix) {
      const list = postings[g]!;
      for (let k = 0; k < list.length; k++) {
        const d = list[k]!;
        if (counts[d]!++ === 0) touched[nt++] = d;
      }
    }
    read += prefix.reduce((x, g) => x + df[g]!, 0);
    touchedN += nt;
    for (let k = 0; k < nt; k++) {
      const d = touched[k]!;
      let c = counts[d]!;
      counts[d] = 0;
      const nB = lens[d]!;
      // Upper bound first (all skipped trigrams shared), then the exact count for the few that pass.
      const upper = Math.min(c + skipped.length, nB);
      if (upper / (nA + nB - upper) < 0.3) continue;
      verified++;
      if (skipped.length) for (const g of docs[d]!) c += inSkipped[g]!;
      const sim = Math.fround(c / (nA + nB - c));
      if (sim >= 0.3) hits.push({ i: d, sim });
    }
    for (const g of skipped) inSkipped[g] = 0;
    hits.sort((x, y) => y.sim - x.sim);
    ms.push(Number(process.hrtime.bigint() - s0) / 1e6);
    // Every claim pg_trgm finds at 0.3, with its similarity (float4 in Postgres).
    const ref = (await pg.query<{ id: string; sim: number }>('SELECT id, similarity(normalized_text, $1) sim FROM claims WHERE normalized_text % $1', [q])).rows;
    const mine = new Map(hits.map((h) => [rows[h.i]!.id, h.sim]));
    const same = ref.length === mine.size && ref.every((r) => mine.has(r.id) && Math.abs(mine.get(r.id)! - Number(r.sim)) < 1e-6);
    if (!same) differ++;
  }
  ms.sort((x, y) => x - y);
  console.log(
    `${db}: ${docs.length} claims, ${ids.size} trigrams, ${postingsTotal} postings (${((postingsTotal * 4) / 2 ** 20).toFixed(0)} MB as int32), built in ${buildMs} ms; ` +
      `${sample.length} searches p50 ${ms[Math.floor(ms.length / 2)]!.toFixed(2)} ms, p95 ${ms[Math.floor(ms.length * 0.95)]!.toFixed(2)} ms; ` +
      `match set differs from pg_trgm on ${differ}; per search: ${(read / sample.length).toFixed(0)} postings read, ${(touchedN / sample.length).toFixed(0)} claims touched, ${(verified / sample.length).toFixed(0)} counted exactly`,
  );
  await pg.end();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
