import type { Queue } from 'bullmq';
import type { Client } from 'pg';
import { adminClient, Q, QW, REFERENCE_ARTICLE, submitAndExtract, userWithRole, type ArticleView, type TestUser } from './support/factories';
import { backendPid, someoneWaits } from './support/locks';
import { extractionDone, raceTools, startReextraction, storedClaim, type StoredClaim } from './support/reextract';
import { eventually, Stack } from './support/stack';
import { WebhookReceiver } from './support/webhook-receiver';
import { outboxDrained, take, W } from './support/workflow';

type Claim = ArticleView['claims'][number];

/**
 * Issue #3: a re-extraction with a newer model retires (SUPERSEDED) and refreshes only the claims no
 * person has acted on. A claim an editor pinned, boosted or queued by hand, one a reviewer took and
 * skipped, one with a comment: each stays as it is, and the article.extracted event counts it as kept.
 */
describe('re-extraction keeps the claims a person has acted on', () => {
  const stack = new Stack();
  let editor: TestUser;
  let reviewer: TestUser;
  let tx: Client;
  let queue: Queue;
  let closeTools: (() => Promise<void>) | undefined;
  // article.extracted is written only when a webhook subscribes to it; the counts are read from the stored event.
  let receiver: WebhookReceiver | undefined;

  beforeAll(async () => {
    await stack.start({ env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
    editor = await userWithRole(stack, 'EDITOR');
    reviewer = await userWithRole(stack, 'REVIEWER');
    ({ tx, queue, close: closeTools } = await raceTools(stack));
    receiver = await new WebhookReceiver().start();
    await (await adminClient(stack)).ok(QW.createWebhook, { input: { url: receiver.url, events: ['article.extracted'] } });
  });
  afterAll(async () => {
    await receiver?.stop();
    await closeTools?.();
    await stack.stop();
  });

  const stored = (id: string) => storedClaim(stack, id);
  /** The claims as stored, read one after another: they share one pg client, which runs one query at a time. */
  const storedAll = async (ids: readonly string[]) => {
    const out = [];
    for (const id of ids) out.push(await stored(id));
    return out;
  };
  /** Whether a session waits for a lock the test's transaction holds. */
  const waitsForTest = async () => someoneWaits(stack, await backendPid(tx));
  const eventTypes = async (id: string): Promise<string[]> => (await stack.pg.query<{ type: string }>(`SELECT type FROM claim_events WHERE claim_id = $1 ORDER BY id`, [id])).rows.map((r) => r.type);
  /** The claims' counts in the article's latest article.extracted event. */
  const extractedCounts = async (articleId: string): Promise<Record<string, number>> =>
    (
      await stack.pg.query<{ claims: Record<string, number> }>(
        `SELECT data->'claims' AS claims FROM webhook_events WHERE type = 'article.extracted' AND data->'article'->>'id' = $1 ORDER BY created_at DESC LIMIT 1`,
        [articleId],
      )
    ).rows[0]!.claims;
  /** What an older model left: a reading of the claim's sentence one character short, which the current model does not give. */
  const olderReading = async (ids: readonly string[]): Promise<void> => {
    await stack.pg.query(
      `UPDATE claims SET span_end = span_end - 1, text = left(text, -1), quote = left(quote, -1), normalized_text = lower(left(text, -1)), model_version = 'older-model' WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  };
  const reextract = async (articleId: string): Promise<void> => {
    await startReextraction(editor.client, articleId);
    await extractionDone(stack, editor.client, articleId);
  };
  /** The promise's value, or a failure naming `what` once `ms` have passed (the test then releases its locks). */
  const within = async <T>(promise: Promise<T>, ms: number, what: string): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)));
    try {
      return await Promise.race([promise, late]);
    } finally {
      clearTimeout(timer);
    }
  };
  const claimsAt = async (articleId: string, spans: readonly Claim[]): Promise<(string | undefined)[]> => {
    const after = (await editor.client.ok<{ article: ArticleView }>(Q.article, { id: articleId })).article.claims;
    return spans.map((s) => after.find((c) => c.spanStart === s.spanStart && c.spanEnd === s.spanEnd)?.status);
  };

  it('keeps a pinned, a hand-queued, a commented and a skipped claim the new model no longer reads; retires an untouched one beside them', async () => {
    const article = await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE, url: 'https://example.org/reextract-kept' }, stack);
    const queued = article.claims.filter((c) => c.status === 'QUEUED');
    expect(queued.length).toBeGreaterThanOrEqual(5);

    // A reviewer takes the first claim served and skips it (back to QUEUED, with a new job).
    const taken = (await eventually(() => take(reviewer.client), 10000, 'a claim to be served'))!;
    await reviewer.client.ok(W.skip, { id: taken.id });
    const skipped = queued.find((c) => c.id === taken.claim.id)!;
    const [pinned, handQueued, commented, untouched] = queued.filter((c) => c !== skipped) as [Claim, Claim, Claim, Claim];
    await editor.client.ok(W.pin, { id: pinned.id, pinned: true });
    // An older model scored this one below the threshold; an editor queued it by hand.
    await stack.pg.query(`UPDATE claims SET status = 'EXTRACTED' WHERE id = $1`, [handQueued.id]);
    await queue.remove(`review.${handQueued.id}.1`);
    await editor.client.ok(W.queueClaim, { id: handQueued.id });
    await editor.client.ok(W.comment, { id: commented.id, body: 'The ministry published the figure on 3 March; check that release.' });
    await outboxDrained(stack);

    const actedOn = [pinned, handQueued, commented, skipped];
    await olderReading([...actedOn, untouched].map((c) => c.id));
    const before = await storedAll(actedOn.map((c) => c.id));
    expect(before.map((c) => c.status)).toEqual(['QUEUED', 'QUEUED', 'QUEUED', 'QUEUED']);
    const untouchedJob = `review.${untouched.id}.1`;
    expect(await queue.getJob(untouchedJob)).toBeDefined();

    await reextract(article.id);

    // The four a person acted on are exactly as they were, and nothing was recorded on them.
    expect(await storedAll(actedOn.map((c) => c.id))).toEqual(before);
    for (const c of actedOn) expect({ id: c.id, system: (await eventTypes(c.id)).filter((t) => t === 'SUPERSEDED' || t === 'REEXTRACTED') }).toEqual({ id: c.id, system: [] });
    // The untouched one is retired and its job dropped.
    expect((await stored(untouched.id)).status).toBe('DISMISSED');
    expect((await eventTypes(untouched.id)).at(-1)).toBe('SUPERSEDED');
    await eventually(async () => (await queue.getJob(untouchedJob)) === undefined, 10000, `job ${untouchedJob} to be dropped`);
    // The new model's reading of all five sentences is there beside them, queued.
    expect(await claimsAt(article.id, [...actedOn, untouched])).toEqual(['QUEUED', 'QUEUED', 'QUEUED', 'QUEUED', 'QUEUED']);
    expect(await extractedCounts(article.id)).toMatchObject({ superseded: 1, kept: 4 });
  });

  it('a claim still EXTRACTED that a person commented on keeps its reading; an untouched one beside it takes the new one', async () => {
    const body = [
      'The city sold 1,340 bus passes in April, up from 870 a year earlier, the transport office said.',
      'Mayor Rita Vale said the new tram line had cost £41 million, £6 million more than planned.',
    ].join('\n\n');
    const article = await submitAndExtract(editor.client, { title: 'Transport figures', body, url: 'https://example.org/reextract-kept-refresh' }, stack);
    expect(article.claims.length).toBeGreaterThanOrEqual(2);
    const [commented, untouched] = [...article.claims].sort((a, b) => a.spanStart - b.spanStart) as [Claim, Claim];
    // Both as an older model left them: another reading of the same words, not queued.
    await stack.pg.query(`UPDATE claims SET status = 'EXTRACTED', model_version = 'older-model', text = text || ' (older reading)' WHERE id = ANY($1::uuid[])`, [[commented.id, untouched.id]]);
    await editor.client.ok(W.comment, { id: commented.id, body: 'Worth checking against the council minutes.' });
    const before = await stored(commented.id);

    await reextract(article.id);

    expect(await stored(commented.id)).toEqual(before);
    expect(await eventTypes(commented.id)).not.toContain('REEXTRACTED');
    const refreshed = await stored(untouched.id);
    expect({ text: refreshed.text, olderModel: refreshed.model_version === 'older-model' }).toEqual({ text: untouched.text, olderModel: false });
    expect(await extractedCounts(article.id)).toMatchObject({ superseded: 0, kept: 1 });
  });

  it('a pin and a comment committed while the re-extraction waits for the claim locks are honoured', async () => {
    const body = [
      'Critics say the figure hides 120,000 people who have stopped looking for work, but ministers insist the economy added 64,000 jobs in the third quarter.',
      'The council spent £1.7 million on consultants last year, said Mayor Tom Reed, adding that the bill would be halved by 2028.',
    ].join('\n\n');
    const article = await submitAndExtract(editor.client, { title: 'Quarterly figures', body, url: 'https://example.org/reextract-kept-race' }, stack);
    const queued = article.claims.filter((c) => c.status === 'QUEUED');
    expect(queued.length).toBeGreaterThanOrEqual(3);
    // The re-extraction locks the claims it may retire in id order: stopped at the lowest, it has not locked the others yet.
    const [low, pinned, commented] = [...queued].sort((a, b) => (a.id < b.id ? -1 : 1)) as [Claim, Claim, Claim];
    await olderReading([low.id, pinned.id, commented.id]);
    await outboxDrained(stack);

    await tx.query('BEGIN');
    let pinnedBefore: StoredClaim;
    let commentedBefore: StoredClaim;
    try {
      await tx.query(`SELECT id FROM claims WHERE id = $1 FOR UPDATE`, [low.id]);
      await startReextraction(editor.client, article.id);
      await eventually(waitsForTest, 20000, 'the re-extraction to wait on the first claim');
      // Meanwhile, with the extraction holding the article's row lock. The pin writes the claim row twice (pinned, then
      // its queue sequence): the second write checks the article key, which waited for an extraction's FOR UPDATE.
      await within(editor.client.ok(W.pin, { id: pinned.id, pinned: true }), 10000, "the pin (it must not wait for the extraction's article lock)");
      await within(editor.client.ok(W.comment, { id: commented.id, body: 'The consultants bill is in the annual accounts, page 14.' }), 10000, 'the comment');
      pinnedBefore = await stored(pinned.id);
      commentedBefore = await stored(commented.id);
      expect([pinnedBefore.status, pinnedBefore.pinned, commentedBefore.status]).toEqual(['QUEUED', true, 'QUEUED']);
    } finally {
      await tx.query('COMMIT');
    }
    await extractionDone(stack, editor.client, article.id);

    expect((await stored(low.id)).status).toBe('DISMISSED');
    expect(await stored(pinned.id)).toEqual(pinnedBefore);
    expect(await stored(commented.id)).toEqual(commentedBefore);
    expect(await eventTypes(pinned.id)).not.toContain('SUPERSEDED');
    expect(await eventTypes(commented.id)).not.toContain('SUPERSEDED');
    expect(await extractedCounts(article.id)).toMatchObject({ superseded: 1, kept: 2 });
  });

  it("a comment waits for a writer holding the claim (a re-extraction's lock), so the re-extraction sees it or comes first", async () => {
    const body = 'Hospital waiting lists grew to 7.6 million in June, the health service said, up from 7.4 million in January.';
    const article = await submitAndExtract(editor.client, { title: 'Waiting lists', body, url: 'https://example.org/reextract-kept-comment-lock' }, stack);
    const claim = article.claims[0]!;
    const comments = () => stack.count('comments', 'claim_id = $1', [claim.id]);
    await tx.query('BEGIN');
    let settled = false;
    let comment: Promise<unknown> | undefined;
    try {
      // The lock ClaimRepository.lockMany takes.
      await tx.query(`SELECT id FROM claims WHERE id = $1 FOR NO KEY UPDATE`, [claim.id]);
      comment = editor.client.ok(W.comment, { id: claim.id, body: 'Check the June release.' }).finally(() => (settled = true));
      await eventually(async () => settled || (await waitsForTest()), 10000, 'the comment to finish or to wait');
      expect({ settled, comments: await comments() }).toEqual({ settled: false, comments: 0 });
    } finally {
      await tx.query('COMMIT');
    }
    await comment;
    expect(await comments()).toBe(1);
  });
});
