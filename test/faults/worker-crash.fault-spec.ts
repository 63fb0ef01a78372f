import { extractClaims } from '@app/extraction';
import { Q, REFERENCE_ARTICLE, userWithRole } from '../support/factories';
import { eventually, sleep, Stack } from '../support/stack';
import { invariantViolations, queuedClaimsMissingFromQueue } from './support/checks';
import { PgServer, RedisServer } from './support/servers';

const N = 50;
const TITLE = 'Lithuania has withdrawn from the Convention on Cluster Munitions to deter Russia';
// Fifty different articles: the reference text with a different lead sentence each.
const bodyOf = (i: number): string => `Officials said on Monday that ${1000 + i} soldiers took part in exercise number ${i}.\n\n${REFERENCE_ARTICLE}`;

describe('fault: the worker is killed (-9) in the middle of extracting 50 articles', () => {
  let pg: PgServer;
  let redis: RedisServer;
  const stack = new Stack();

  beforeAll(async () => {
    [pg, redis] = await Promise.all([new PgServer().init(), RedisServer.start()]);
    // A short job lock: the killed worker's jobs are retried seconds after their lock lapses.
    await stack.start({ pgBaseUrl: pg.baseUrl, redisUrl: redis.url, env: { EXTRACTION_LOCK_MS: '3000', EXTRACTION_CONCURRENCY: '2' } });
  });
  afterAll(async () => {
    await stack.stop();
    await Promise.all([pg?.destroy(), redis?.destroy()]);
  });

  it('after a restart every article is EXTRACTED with exactly its claims, none twice', async () => {
    const editor = await userWithRole(stack, 'EDITOR');
    const ids: string[] = [];
    for (let i = 0; i < N; i++) {
      const { submitArticle } = await editor.client.ok<{ submitArticle: { id: string } }>(Q.submitArticle, { input: { title: TITLE, body: bodyOf(i), source: 'Example News' } });
      ids.push(submitArticle.id);
    }

    // Kill while some are done and some are not.
    const done = async (): Promise<number> => stack.count('articles', `status = 'EXTRACTED'`);
    await eventually(async () => (await done()) >= 3, 60000, 'the first extractions');
    stack.worker?.kill('SIGKILL');
    await new Promise<void>((resolve) => (stack.worker?.exitCode !== null || stack.worker?.signalCode !== null ? resolve() : stack.worker?.once('exit', () => resolve())));
    const atKill = await done();
    expect(atKill).toBeLessThan(N);
    await sleep(500);
    stack.worker = stack.spawn('worker', 'apps/worker/src/main.js');

    await eventually(async () => (await done()) === N, 180000, 'all 50 articles to be extracted');
    await eventually(async () => (await stack.count('outbox')) === 0, 20000, 'the outbox to drain');

    const expected = extractClaims({ body: bodyOf(0), title: TITLE, source: 'Example News' });
    for (const [i, id] of ids.entries()) {
      const want = extractClaims({ body: bodyOf(i), title: TITLE, source: 'Example News' }).claims.map((c) => `${c.spanStart}:${c.spanEnd}`).sort();
      const got = (await stack.pg.query<{ s: string }>(`SELECT span_start || ':' || span_end AS s FROM claims WHERE article_id = $1 ORDER BY 1`, [id])).rows.map((r) => r.s).sort();
      expect(got).toEqual(want);
    }
    expect(expected.claims.length).toBeGreaterThan(5);
    // Exactly one creation event per claim: a cut-off run left nothing behind.
    expect(await stack.count('claim_events', `type = 'EXTRACTED'`)).toBe(await stack.count('claims'));
    expect(await stack.count('articles', `status <> 'EXTRACTED'`)).toBe(0);
    expect(await invariantViolations(stack.pg)).toEqual([]);
    // And every claim queued by score is waiting in the review queue.
    await eventually(async () => (await queuedClaimsMissingFromQueue(stack)).length === 0, 30000, 'every QUEUED claim to be in the queue');
  });
});
