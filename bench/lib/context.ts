import { cpus, loadavg } from 'node:os';
import type { Stack } from '../../test/support/stack';

export interface Row {
  workload: string;
  variant: string;
  throughput: number | null;
  unit: string;
  p50: number | null;
  p99: number | null;
  baseline: number | null;
  ratio: number | null;
  target: string;
  met: boolean | null;
  load: string;
  extra?: Record<string, unknown>;
}

export interface Sizes {
  w1Articles: [number, number, number];
  w3DurationS: number;
  w2DurationS: number;
  w4Claims: number;
  w5Claims: number[];
  w5DurationS: number;
}

export const QUICK: Sizes = { w1Articles: [5, 15, 30], w3DurationS: 4, w2DurationS: 3, w4Claims: 10_000, w5Claims: [20_000], w5DurationS: 4 };
export const FULL: Sizes = { w1Articles: [30, 100, 200], w3DurationS: 15, w2DurationS: 10, w4Claims: 100_000, w5Claims: [100_000, 1_000_000], w5DurationS: 15 };

/** What every workload gets: the running service, an admin token, where rows go. */
export interface Ctx {
  stack: Stack;
  graphqlUrl: string;
  adminToken: string;
  adminId: string;
  sizes: Sizes;
  rows: Row[];
  redisUrl: string;
  /** Queue prefix of the baselines: the same Redis, apart from the service's keys. */
  rawPrefix: string;
}

export const load1 = (): string => loadavg()[0]!.toFixed(2);

export function machine(): { cpu: string; cores: number; node: string } {
  return { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version };
}

export function ratio(value: number | null, baseline: number | null): number | null {
  return value !== null && baseline ? value / baseline : null;
}
