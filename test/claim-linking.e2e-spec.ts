import { Queue } from 'bullmq';
import { reviewPriority } from '@app/domain';
import { QueueName } from '@app/queue';
import { REFERENCE_ARTICLE, submitAndExtract, userWithRole, type ArticleView, type TestUser } from './support/factories';
import { Stack } from './support/stack';

// Old enough that recency is 0: the priority depends only on check-worthiness and appearances, not on the clock.
const LONG_AGO = '2001-01-01T00:00:00.000Z';

interface ClaimRow {
  id: string;
  status: string;
  queue_seq: number;
  version: number;
  canonical_id: string | null;
  match_similarity: number | null;
  checkworthiness: number;
  span_start: number;
}
interface EventRow {
  claim_id: string;
  type: string;
  from_status: string | null;
  to_status: string;
  data: Record<string, unknown> | null;
}

/**
 * Linking to claims still waiting for review: an article that carries a known
 * claim twice links both appearances, and the waiting claim is requeued once
 * per appearance (the extraction links a whole article in one batch; these are
 * the rows it must leave, as if each link were made in turn).
 */
describe('claim linking: appearances of claims still in the queue', () => {
  const stack = new Stack();
  let editor: TestUser;
  let original: ArticleView;
  let twice: ArticleView;
  let queue: Queue;

  const claimsOf = async (articleId: string): Promise<ClaimRow[]> =>
    (
      await stack.pg.query<ClaimRow>(
        `SELECT id, status, queue_seq, version, canonical_id, match_similarity, checkworthiness, span_start FROM claims WHERE article_id = $1 ORDER BY span_start`,
        [articleId],
      )
    ).rows;
  const eventsOf = async (claimId: string): Promise<EventRow[]> =>
    (await stack.pg.query<EventRow>(`SELECT claim_id, type, from_status, to_status, data FROM claim_events WHERE claim_id = $1 ORDER BY id`, [claimId])).rows;

  beforeAll(async () => {
    await stack.start();
    queue = new Queue(QueueName.ClaimReview, { connection: stack.redis, prefix: `{${stack.queuePrefix}}` });
    editor = await userWithRole(stack, 'EDITOR');
    original = await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE, url: 'https://example.org/original', publishedAt: LONG_AGO }, stack);
    // The article again, followed by a copy with a word added (an identical sentence would be extracted once): most claims twice.
    const variant = REFERENCE_ARTICLE.replace(/\b(The|the) /g, '$1 very ');
    twice = await submitAndExtract(editor.client, { title: 'Reference, twice', body: `${REFERENCE_ARTICLE}\n\n${variant}`, url: 'https://example.org/twice', publishedAt: LONG_AGO }, stack);
  });
  afterAll(async () => {
    await queue?.close();
    await stack.stop();
  });

  it('each queued claim gets both appearances, in article order, and one new review job per appearance', async () => {
    const known = (await claimsOf(original.id)).filter((c) => c.status === 'QUEUED');
    expect(known.length).toBeGreaterThan(2);
    const copies = await claimsOf(twice.id);
    let twiceLinked = 0;
    for (const c of known) {
      const appearances = copies.filter((x) => x.canonical_id === c.id);
      if (appearances.length === 2) twiceLinked++;
      for (const a of appearances) {
        expect(a).toMatchObject({ status: 'EXTRACTED', version: 2 });
        expect(a.match_similarity).toBeGreaterThanOrEqual(0.8);
        expect((await eventsOf(a.id)).map((e) => [e.type, e.from_status, e.to_status, e.data])).toEqual([
          ['EXTRACTED', null, 'EXTRACTED', { modelVersion: expect.any(String) }],
          ['LINKED', 'EXTRACTED', 'EXTRACTED', { canonicalId: c.id, similarity: a.match_similarity }],
        ]);
      }
      // Queued once (seq 1), then requeued once per appearance.
      const k = appearances.length;
      expect(c.queue_seq).toBe(1 + k);
      if (k === 0) continue;
      const events = await eventsOf(c.id);
      expect(events.slice(-k).map((e) => [e.type, e.from_status, e.to_status, e.data])).toEqual(
        appearances.map((a) => ['APPEARANCE_ADDED', 'QUEUED', 'QUEUED', { claimId: a.id, articleId: twice.id, similarity: a.match_similarity }]),
      );
      // Job seq s counts s appearances: the current one all of them; the first was dropped; one in between, if still there, fewer.
      const priority = (appearances: number): number => reviewPriority({ checkworthiness: c.checkworthiness, articleDate: new Date(LONG_AGO), appearances, boost: 0, pinned: false, now: new Date() });
      expect((await queue.getJob(`review.${c.id}.${1 + k}`))?.opts.priority).toBe(priority(1 + k));
      expect(await queue.getJob(`review.${c.id}.1`)).toBeUndefined();
      for (let seq = 2; seq <= k; seq++) {
        const between = await queue.getJob(`review.${c.id}.${seq}`);
        if (between) expect(between.opts.priority).toBe(priority(seq));
      }
    }
    // The article carries most of its claims twice.
    expect(twiceLinked).toBeGreaterThan(2);
  });

  it('the copy queues none of the claims it shares with the original', async () => {
    const copies = await claimsOf(twice.id);
    const linked = new Set(copies.filter((c) => c.canonical_id).map((c) => c.id));
    expect(linked.size).toBeGreaterThan(4);
    expect(copies.filter((c) => linked.has(c.id) && c.status !== 'EXTRACTED')).toEqual([]);
  });

  it('a third copy links each sentence to the claim it repeats word for word, except a dismissed one, which is queued anew', async () => {
    const known = (await claimsOf(original.id)).filter((c) => c.status === 'QUEUED');
    const dismissed = known[0]!;
    await editor.client.ok(`mutation($id: ID!) { dismissClaim(id: $id) { id } }`, { id: dismissed.id });
    // A new dateline: the same body would be the same article.
    const third = await submitAndExtract(editor.client, { title: 'Reference, third run', body: `Vilnius, Friday.\n\n${REFERENCE_ARTICLE}`, url: 'https://example.org/third', publishedAt: LONG_AGO }, stack);
    expect(third.id).not.toBe(original.id);
    const copies = await claimsOf(third.id);
    const texts = await stack.pg.query<{ id: string; normalized_text: string }>(`SELECT id, normalized_text FROM claims WHERE id = ANY($1)`, [[...known, ...copies].map((c) => c.id)]);
    const textOf = new Map(texts.rows.map((r) => [r.id, r.normalized_text]));
    for (const c of known) {
      const copy = copies.find((x) => textOf.get(x.id) === textOf.get(c.id))!;
      if (c.id === dismissed.id) expect(copy).toMatchObject({ canonical_id: null, status: 'QUEUED' });
      else expect(copy).toMatchObject({ canonical_id: c.id, match_similarity: 1, status: 'EXTRACTED' });
    }
  });
});
