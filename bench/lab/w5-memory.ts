// Where a similarClaims search's time goes with the in-memory index (ClaimTextIndex), piece by piece, without
// HTTP: the index's search, then ClaimMatchRepository.similar given its hits; and the same search answered by
// Postgres alone, checked to return the same claims with the same similarities.
//   npx tsx bench/lab/w5-memory.ts <db> [searches]
import { normaliseClaimText } from '@app/domain';
import { ClaimMatchRepository, TrigramIndex, createDataSource } from '@app/persistence';

const pct = (xs: number[], p: number): string => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!.toFixed(2);

async function main(): Promise<void> {
  const db = process.argv[2]!;
  const searches = Number(process.argv[3] ?? 200);
  const ds = await createDataSource(`postgres://postgres@127.0.0.1:5432/${db}`, 2).initialize();
  const t0 = Date.now();
  const index = new TrigramIndex();
  const rows = await ds.query<{ id: string; normalized_text: string }[]>(`SELECT id, normalized_text FROM claims WHERE canonical_id IS NULL AND status <> 'DISMISSED'`);
  for (const r of rows) index.set(r.id, r.normalized_text);
  const buildMs = Date.now() - t0;
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
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
    `${db}: ${index.size} claims indexed in ${buildMs} ms, heap ${heapMb.toFixed(0)} MB; ${sample.length} searches, ${(hitsTotal / sample.length).toFixed(1)} hits each; ` +
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
