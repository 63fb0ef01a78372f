// A process's CPU time from /proc, for the per-operation measures (bench/cpu-per-*.ts, bench/lab/*): steadier than
// rates on a shared machine, where other work takes cores but not this process's CPU time.
import { readFileSync } from 'node:fs';

/** utime and stime of a process, ms (fields 14 and 15 of /proc/<pid>/stat, in 10 ms ticks); throws once it is gone. */
export function cpuTimes(pid: number): { user: number; sys: number } {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return { user: Number(fields[11]) * 10, sys: Number(fields[12]) * 10 };
}

/** utime + stime of a process, ms; throws once it is gone. */
export function cpuMs(pid: number): number {
  const t = cpuTimes(pid);
  return t.user + t.sys;
}

/** As cpuTimes, null for a process gone since (a Postgres backend that closed, a server that stopped). */
export function cpuTimesIfAlive(pid: number): { user: number; sys: number } | null {
  try {
    return cpuTimes(pid);
  } catch {
    return null;
  }
}

/** As cpuMs, null for a process gone since. */
export function cpuMsIfAlive(pid: number): number | null {
  const t = cpuTimesIfAlive(pid);
  return t === null ? null : t.user + t.sys;
}
