import type { INestApplicationContext } from '@nestjs/common';

/**
 * The signals that stop a Claimcheck process gracefully: a deploy's SIGTERM,
 * a terminal's Ctrl+C and its closing (SIGHUP). Only these: Nest's default
 * hooks every signal, so a SIGUSR2 sent for a heap snapshot
 * (node --heapsnapshot-signal=SIGUSR2) stopped the process instead.
 */
export const STOP_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

/** On a stop signal, Nest's shutdown hooks run (work in flight finishes); past `graceMs` the process exits anyway. */
export function stopOnSignals(app: INestApplicationContext, graceMs: number): void {
  app.enableShutdownHooks([...STOP_SIGNALS]);
  for (const sig of STOP_SIGNALS) process.once(sig, () => setTimeout(() => process.exit(1), graceMs).unref());
}
