import { Queue } from 'bullmq';
import { Client } from 'pg';
import { QueueName } from '@app/queue';
import type { GqlClient } from './gql-client';
import { Q } from './factories';
import { eventually, type Stack } from './stack';
import { outboxDrained } from './workflow';

/** What the re-extraction specs compare before and after: a claim's row, as stored. */
export interface StoredClaim {
  id: string;
  status: string;
  text: string;
  version: number;
  model_version: string;
  span_start: number;
  span_end: number;
  pinned: boolean;
  boost: number;
  queue_seq: number;
}

export async function storedClaim(stack: Stack, id: string): Promise<StoredClaim> {
  return (await stack.pg.query<StoredClaim>(`SELECT id, status, text, version, model_version, span_start, span_end, pinned, boost, queue_seq FROM claims WHERE id = $1`, [id])).rows[0]!;
}

/** An editor's `reextractArticle`; returns at once (the worker runs it). */
export async function startReextraction(editor: GqlClient, articleId: string): Promise<void> {
  await editor.ok(`mutation($id: ID!) { reextractArticle(articleId: $id) { id } }`, { id: articleId });
}

/** Waits for the article's extraction to finish, and for its review jobs to reach Redis. */
export async function extractionDone(stack: Stack, client: GqlClient, articleId: string): Promise<void> {
  await eventually(async () => (await client.ok<{ article: { status: string } }>(Q.article, { id: articleId })).article.status === 'EXTRACTED', 30000, 'the re-extraction to finish');
  await outboxDrained(stack);
}

/** A connection of the test's own, to hold row locks in a transaction, and the review queue, to look at jobs. */
export async function raceTools(stack: Stack): Promise<{ tx: Client; queue: Queue; close: () => Promise<void> }> {
  const tx = new Client({ connectionString: stack.databaseUrl });
  await tx.connect();
  const queue = new Queue(QueueName.ClaimReview, { connection: stack.redis, prefix: `{${stack.queuePrefix}}` });
  const close = async (): Promise<void> => {
    await queue.close();
    await tx.end();
  };
  return { tx, queue, close };
}
