import type { Client } from 'pg';
import type { Cluster, Redis } from 'ioredis';
import { QueueName, QueueProducer, type JobItem } from '@app/queue';
import { seedClaims } from './seed';

// W3's operations, as each reviewer sends them (bench/drivers/review.ts, and the scripts that measure the loop).
export const TAKE = `mutation { takeNextClaim { id claim { id } } }`;
export const VERDICT = `mutation($input: SubmitVerdictInput!) { submitVerdict(input: $input) { id } }`;
const SOURCE = { url: 'https://stat.example/report/2026', title: 'Annual report', publisher: 'Statistics office', excerpt: 'The figure is in table 3.' };

/** submitVerdict's input for a taken assignment: one source, as W3 sends it. */
export const verdictInput = (assignmentId: string): Record<string, unknown> => ({ assignmentId, rating: 'MOSTLY_TRUE', rationale: 'Matches the official figures.', sources: [SOURCE] });

/** A GraphQL request that must succeed, and its SQL statement count (x-sql-statements, with SQL_STATEMENT_COUNT=1). */
export async function post(url: string, token: string, query: string, variables?: unknown): Promise<{ data: Record<string, unknown>; statements: number }> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const json = (await r.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (json.errors || !json.data) throw new Error(`GraphQL error: ${JSON.stringify(json.errors)}`);
  return { data: json.data, statements: Number(r.headers.get('x-sql-statements') ?? NaN) };
}

/**
 * `n` QUEUED claims with their review jobs, as the reconciler (W4) leaves
 * them: one review each. Close the producer returned when done.
 */
export async function queueForReview(stack: { pg: Client; redis: Redis | Cluster; queuePrefix: string }, n: number, tag: string): Promise<QueueProducer> {
  await seedClaims(stack.pg, n, 'QUEUED', tag);
  const ids = (await stack.pg.query<{ id: string }>(`SELECT id FROM claims WHERE status = 'QUEUED'`)).rows.map((r) => r.id);
  const producer = new QueueProducer(stack.redis, `{${stack.queuePrefix}}`);
  for (let from = 0; from < ids.length; from += 2000) {
    await producer.addBulk(ids.slice(from, from + 2000).map((claimId, i): JobItem => ({ queue: QueueName.ClaimReview, name: 'review-claim', data: { claimId, seq: 1 }, priority: 1 + ((from + i) % 1000) })));
  }
  return producer;
}
