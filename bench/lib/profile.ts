import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

// The native frames of a socket or file write: a syscall each, the loop's main cost.
const WRITES = new Set(['writev', 'writeBuffer', 'writeUtf8String', 'writeLatin1String', 'writeString']);
const pkgOf = (url: string): string => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.includes('/dist/') ? 'app' : '');

/** Self time of the newest profile in `dir` within `window`, by function and by package (node_modules/<name>, or the app's own code). */
export function printProfile(dir: string, window: { from: number; to: number }, pick: (file: string) => boolean = () => true): void {
  const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile') && pick(f)).sort().at(-1);
  if (!file) return void process.stdout.write(`no profile in ${dir}\n`);
  const p = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map(p.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id] as const)));
  const writers = new Map<string, number>();
  const fns = new Map<string, number>();
  const pkgs = new Map<string, number>();
  let total = 0;
  let at = p.startTime;
  p.samples.forEach((id, i) => {
    const us = p.timeDeltas[i] ?? 0;
    at += us;
    if (at < window.from || at > window.to) return;
    const f = byId.get(id)!.callFrame;
    total += us;
    const where = f.url.replace(/^file:\/\//, '');
    const pkg = pkgOf(where) || (where.startsWith('node:') ? 'node' : f.url ? 'other' : f.functionName);
    const fn = `${f.functionName || '(anonymous)'} ${where.replace(/.*node_modules\//, '').replace(/.*\/dist\//, 'dist/')}:${f.lineNumber + 1}`;
    fns.set(fn, (fns.get(fn) ?? 0) + us);
    if (WRITES.has(f.functionName)) {
      // Charged to the nearest package on the stack (pg, ioredis, fastify, sonic-boom for pino…).
      let up = parent.get(id);
      while (up !== undefined && !pkgOf(byId.get(up)!.callFrame.url)) up = parent.get(up);
      const by = up === undefined ? '?' : pkgOf(byId.get(up)!.callFrame.url);
      writers.set(by, (writers.get(by) ?? 0) + us);
    }
    pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + us);
  });
  const top = (m: Map<string, number>, n: number): string =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`).join('\n');
  process.stdout.write(`${file}: ${(total / 1e6).toFixed(1)} s sampled\nby package:\n${top(pkgs, 15)}\nby function (self):\n${top(fns, 40)}\nsocket and file writes by caller:\n${top(writers, 8)}\n`);
}
