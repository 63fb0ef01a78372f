// Where a similarClaims search's time goes with the in-memory index (ClaimTextIndex), piece by piece, without
// HTTP: the index's search, then ClaimMatchRepository.similar given its hits; and the same search answered by
// Postgres alone, checked to return the same claims with the same similarities.
//   node --expose-gc --import tsx bench/lab/w5-memory.ts <db> [searches]
import { normaliseClaimText } from '@app/domain';
import { ClaimMatchRepository, TrigramIndex, createDataSource } from '@app/persistence';

const pct = (xs: number[], p: number): string => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!.toFixed(2);

async function main(): Promise<void> {
  const db = process.argv[2]!;
  const searches = Number(process.argv[3] ?? 200);
  const ds = await createDataSource(`postgres://postgres@127.0.0.1:5432/${db}`, 2).initialize();
  // Run with `node --expose-gc --import tsx` for the memory figures to be the index's alone.
  const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
  gc();
  const m0 = process.memoryUsage();
  const t0 = Date.now();
  const index = new TrigramIndex();
  // In pages, as ClaimTextIndex loads, so the rows read are not all alive at once.
  for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
    const rows = await ds.query<{ id: string; normalized_text: string }[]>(
      `SELECT id, normalized_text FROM claims WHERE id > $1 AND canonical_id IS NULL AND status <> 'DISMISSED' ORDER BY id LIMIT 20000`,
      [after],
    );
    for (const r of rows) index.set(r.id, r.normalized_text);
    if (rows.length < 20000) break;
    after = rows[rows.length - 1]!.id;
  }
  const buildMs = Date.now() - t0;
  gc();
  await new Promise((resolve) => setTimeout(resolve, 500));
  gc();
  const m1 = process.memoryUsage();
  const mb = (x: number): string => (x / 2 ** 20).toFixed(0);
  const memory = `heap +${mb(m1.heapUsed - m0.heapUsed)} MB, array buffers +${mb(m1.arrayBuffers - m0.arrayBuffers)} MB, rss +${mb(m1.rss - m0.rss)} MB`;
  // As bench W5 searches: stored claims with two words changed.
  const sample = (await ds.query<{ text: string }[]>(`SELECT text FROM claims ORDER BY md5(id::text) LIMIT $1`, [searches])).map((r, i) => {
    const words = r.text.split(' ');
    words[i % words.length] = 'reportedly';
    words[(i * 7 + 3) % words.length] = 'officials';
    return normaliseClaimText(words.join(' '));
  });
  const repo = new ClaimMatchRepository();
  const times = { search: [] as number[], sqlWithHits: [] as number[], postgresOnly: [] as number[] };
  let differ = 0;
  let hitsTotal = 0;
  for (const q of sample) {
    let s = process.hrtime.bigint();
    const hits = index.search(q, 0.3);
    times.search.push(Number(process.hrtime.bigint() - s) / 1e6);
    hitsTotal += hits.length;
    s = process.hrtime.bigint();
    const mine = await repo.similar(ds.manager, q, 10, 0.3, hits);
    times.sqlWithHits.push(Number(process.hrtime.bigint() - s) / 1e6);
    s = process.hrtime.bigint();
    const ref = await repo.similar(ds.manager, q, 10, 0.3);
    times.postgresOnly.push(Number(process.hrtime.bigint() - s) / 1e6);
    if (JSON.stringify(mine) !== JSON.stringify(ref)) differ++;
  }
  // The worker's matching at ingest: 40 texts at a time at the suggestion threshold, in a transaction as ClaimLinker runs it.
  let nearestDiffer = 0;
  const nearestTimes = { withHits: [] as number[], postgresOnly: [] as number[] };
  for (let i = 0; i + 40 <= sample.length; i += 40) {
    const batch = sample.slice(i, i + 40);
    const none = '00000000-0000-0000-0000-000000000000';
    let s = process.hrtime.bigint();
    const mine = await ds.transaction((em) => repo.nearestForEach(em, batch, none, 3, 0.45, batch.map((q) => index.search(q, 0.45))));
    nearestTimes.withHits.push(Number(process.hrtime.bigint() - s) / 1e6);
    s = process.hrtime.bigint();
    const ref = await ds.transaction((em) => repo.nearestForEach(em, batch, none, 3, 0.45));
    nearestTimes.postgresOnly.push(Number(process.hrtime.bigint() - s) / 1e6);
    if (JSON.stringify(mine) !== JSON.stringify(ref)) nearestDiffer++;
  }
  console.log(
    `nearestForEach, 40 texts: answers differ on ${nearestDiffer} of ${nearestTimes.withHits.length} batches; ` +
      Object.entries(nearestTimes)
        .map(([k, v]) => `${k} p50 ${pct(v, 0.5)} ms`)
        .join(', '),
  );
  console.log(
    `${db}: ${index.size} claims indexed in ${buildMs} ms, ${memory}; ${sample.length} searches, ${(hitsTotal / sample.length).toFixed(1)} hits each; ` +
      `answers differ from Postgres alone on ${differ}\n` +
      Object.entries(times)
        .map(([k, v]) => `  ${k}: p50 ${pct(v, 0.5)} ms, p95 ${pct(v, 0.95)} ms`)
        .join('\n'),
  );
  await ds.destroy();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
