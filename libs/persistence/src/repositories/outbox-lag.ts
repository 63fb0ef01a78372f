import type { DataSource } from 'typeorm';

/** Age in seconds of the oldest unsent outbox row (0 when empty), and how many rows wait. */
export async function readOutboxLag(ds: DataSource): Promise<{ lagSeconds: number; rows: number }> {
  const [r] = await ds.query<{ lag: string | null; n: string }[]>(`SELECT EXTRACT(EPOCH FROM now() - min(created_at)) AS lag, count(*) AS n FROM outbox`);
  return { lagSeconds: Math.max(0, Number(r?.lag ?? 0)), rows: Number(r?.n ?? 0) };
}
