import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past the live data after a full GC: 1.3×
 * instead of its default (up to 4× on a fast machine). Under many concurrent
 * requests the objects of requests in flight outlive the young generation and
 * are promoted; with the default factor V8 then grows the old space to
 * 180–260 MB around ~60 MB of live data rather than collect it, and the api
 * sat at 370–470 MB of RSS serving claims pages (docs/benchmarks.md, change 13).
 * This is not a cap: a burst of large articles still gets all the heap it
 * needs (a --max-old-space-size low enough to help killed the api on one).
 * V8 reads the flag at each full GC, so setting it at startup, here, covers
 * every way the api is launched (npm start, the container, the tests).
 */
export const HEAP_GROWING_PERCENT = 30;

/** Sets the factor, unless the process was started with its own (`node --heap-growing-percent=N`): that one wins. */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv, setFlags: (flags: string) => void = setFlagsFromString): void {
  if (execArgv.some((a) => /^--heap[-_]growing[-_]percent(=|$)/.test(a))) return;
  setFlags(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
