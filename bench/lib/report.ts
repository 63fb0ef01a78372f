import type { Row } from './context';

const num = (v: number | null, digits = 1): string => (v === null || Number.isNaN(v) ? '–' : v >= 100 ? v.toFixed(0) : v.toFixed(digits));

/** The results as a Markdown table: one line per workload and variant. */
export function markdown(rows: readonly Row[]): string {
  const head = '| workload | variant | throughput | p50 ms | p99 ms | baseline (same run) | ratio | target | met? | load1 |\n|---|---|---|---|---|---|---|---|---|---|';
  const lines = rows.map((r) => {
    const notes: string[] = [];
    if (r.extra?.['p95'] !== undefined) notes.push(`p95 ${num(r.extra['p95'] as number)} ms`);
    if (r.extra?.['sqlStatementsAtFirst']) notes.push(`SQL/req at first=1/20/100: ${Object.values(r.extra['sqlStatementsAtFirst'] as Record<string, number>).join('/')}`);
    if (r.extra?.['rssMaxMb'] !== undefined) notes.push(`RSS ${String(r.extra['rssMaxMb'])} MB`);
    if (r.extra?.['claimsPerS'] !== undefined) notes.push(`${num(r.extra['claimsPerS'] as number)} claims/s (raw ${num(r.extra['baselineClaimsPerS'] as number)})`);
    const target = notes.length ? `${r.target} (${notes.join('; ')})` : r.target;
    return `| ${r.workload} | ${r.variant} | ${num(r.throughput)} ${r.unit} | ${num(r.p50)} | ${num(r.p99)} | ${r.baseline === null ? '–' : `${num(r.baseline)} ${r.unit}`} | ${r.ratio === null ? '–' : r.ratio.toFixed(2)} | ${target} | ${r.met === null ? '–' : r.met ? 'yes' : '**no**'} | ${r.load} |`;
  });
  return [head, ...lines].join('\n');
}
