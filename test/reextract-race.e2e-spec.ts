import type { Queue } from 'bullmq';
import type { Client } from 'pg';
import { Q, REFERENCE_ARTICLE, submitAndExtract, userWithRole, type ArticleView, type TestUser } from './support/factories';
import { backendPid, someoneWaits } from './support/locks';
import { extractionDone, raceTools, startReextraction, storedClaim } from './support/reextract';
import { eventually, Stack } from './support/stack';
import { outboxDrained, submit, take, W } from './support/workflow';

const DISMISS = `mutation($id: ID!) { dismissClaim(id: $id) { id status version } }`;

/**
 * Re-extraction (an editor's `reextractArticle`) racing the editors and
 * reviewers working on the same article's claims. The extraction is stopped
 * inside its transaction by a row lock the test holds on the first claim it
 * refreshes; meanwhile other claims of the article are dismissed, or queued,
 * taken and reviewed, through the API.
 */
describe('re-extraction racing editorial and review work on the article', () => {
  const stack = new Stack();
  let editor: TestUser;
  let reviewer: TestUser;
  let tx: Client;
  let queue: Queue;
  let closeTools: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    await stack.start();
    editor = await userWithRole(stack, 'EDITOR');
    reviewer = await userWithRole(stack, 'REVIEWER');
    ({ tx, queue, close: closeTools } = await raceTools(stack));
  });
  afterAll(async () => {
    await closeTools?.();
    await stack.stop();
  });

  const stored = (id: string) => storedClaim(stack, id);
  /** Whether a session waits for a lock the test's transaction holds. */
  const blocked = async () => someoneWaits(stack, await backendPid(tx));
  /** The claim's events after `sinceId`, oldest first. */
  const eventsSince = async (id: string, sinceId: string): Promise<{ type: string; from: string | null; to: string }[]> =>
    (await stack.pg.query<{ type: string; from: string | null; to: string }>(`SELECT type, from_status AS "from", to_status AS "to" FROM claim_events WHERE claim_id = $1 AND id > $2 ORDER BY id`, [id, sinceId])).rows;
  /** Each event starts where the one before it ended: no move was written from a status the claim no longer had. */
  const expectUnbroken = (events: { from: string | null; to: string }[], start: string): void => {
    events.forEach((e, i) => expect({ i, from: e.from }).toEqual({ i, from: i === 0 ? start : events[i - 1]!.to }));
  };

  it('a claim dismissed, and one reviewed, while the article is re-extracted keep their status, text and version', async () => {
    const article = await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE, url: 'https://example.org/reextract-race' }, stack);
    // The claim the extraction is stopped at comes before the other two both in the article (the order it
    // refreshes in) and by id (the order it locks in): it must stop there before touching either.
    const bySpan = [...article.claims].sort((a, b) => a.spanStart - b.spanStart);
    const i = bySpan.findIndex((c, k) => bySpan.slice(k + 1).filter((later) => later.id > c.id).length >= 2);
    expect(i).toBeGreaterThanOrEqual(0);
    const first = bySpan[i]!;
    const [dismissed, reviewed] = bySpan.slice(i + 1).filter((later) => later.id > first.id) as [ArticleView['claims'][number], ArticleView['claims'][number]];
    // The three as an older model left them: another reading, not queued, so the re-extraction refreshes them.
    await stack.pg.query(`UPDATE claims SET status = 'EXTRACTED', model_version = 'older-model', text = text || ' (older reading)' WHERE id = ANY($1::uuid[])`, [[first.id, dismissed.id, reviewed.id]]);
    await outboxDrained(stack);
    const lastEvent = (await stack.pg.query<{ id: string }>(`SELECT max(id)::text AS id FROM claim_events`)).rows[0]!.id;

    // The re-extraction, stopped inside its transaction at the first claim it refreshes (it has read them all by then).
    await tx.query('BEGIN');
    await tx.query(`SELECT id FROM claims WHERE id = $1 FOR UPDATE`, [first.id]);
    await startReextraction(editor.client, article.id);
    await eventually(blocked, 20000, 'the re-extraction to wait on the first claim');

    // Meanwhile: an editor dismisses one claim; another is pinned, queued, taken and reviewed.
    await editor.client.ok(DISMISS, { id: dismissed.id });
    await editor.client.ok(W.pin, { id: reviewed.id, pinned: true });
    await editor.client.ok(W.queueClaim, { id: reviewed.id });
    await outboxDrained(stack);
    const taken = await eventually(() => take(reviewer.client), 10000, 'the pinned claim to be served');
    expect(taken.claim.id).toBe(reviewed.id);
    await submit(reviewer.client, taken.id, 'FALSE');
    const dismissedBefore = await stored(dismissed.id);
    const reviewedBefore = await stored(reviewed.id);
    expect([dismissedBefore.status, reviewedBefore.status]).toEqual(['DISMISSED', 'REVIEWED']);

    await tx.query('COMMIT');
    await extractionDone(stack, editor.client, article.id);

    // The claim nobody touched took the new reading; the two decided meanwhile are exactly as they were decided.
    expect((await stored(first.id)).text).toBe(first.text);
    expect(await stored(dismissed.id)).toEqual(dismissedBefore);
    expect(await stored(reviewed.id)).toEqual(reviewedBefore);
    for (const id of [first.id, dismissed.id, reviewed.id]) expectUnbroken(await eventsSince(id, lastEvent), 'EXTRACTED');
  });

  it('retires the claims of an older model that nobody has started on and the new model no longer reads; leaves one in review alone', async () => {
    // Sentences 2 and 3 the current engine reads as two claims each ("A, but ministers insist B"; "…, said X, adding that B"); the last line is furniture it does not read.
    const body = [
      'Unemployment fell to 4.1 per cent in March, the statistics office said on Tuesday.',
      'Critics say the figure hides 200,000 people who have stopped looking for work, but ministers insist the economy added 85,000 jobs in the first quarter.',
      'The council spent £2.3 million on consultants last year, said Mayor Jane Holt, adding that the bill would be halved by 2027.',
      'Additional reporting by Sam Lee.',
    ].join('\n\n');
    const article = await submitAndExtract(editor.client, { title: 'Jobs figures', body, url: 'https://example.org/reextract-superseded' }, stack);
    const bySpan = [...article.claims].sort((a, b) => a.spanStart - b.spanStart);
    const sentence = (k: number): { start: number; end: number } => {
      const text = body.split('\n\n')[k]!;
      return { start: body.indexOf(text), end: body.indexOf(text) + text.length };
    };
    const furniture = sentence(3);
    // The current engine: one claim for sentence 1, two for 2 and 3, none for the furniture; all queued.
    expect(bySpan.map((c) => c.status)).toEqual(['QUEUED', 'QUEUED', 'QUEUED', 'QUEUED', 'QUEUED']);
    expect(bySpan.every((c) => c.spanEnd <= furniture.start)).toBe(true);
    const [first, b1, b2, c1, c2] = bySpan as [ArticleView['claims'][number], ...ArticleView['claims']];
    const newSpans = bySpan.slice(1).map((c) => ({ spanStart: c.spanStart, spanEnd: c.spanEnd }));

    // What an older engine left: one QUEUED whole-sentence claim for sentence 2 (b1's row, its job still waiting),
    // a QUEUED claim over the furniture (b2's row), and a whole-sentence claim for sentence 3 (c1's row) that a reviewer then takes.
    const older = async (id: string, span: { start: number; end: number }): Promise<void> => {
      const text = body.slice(span.start, span.end);
      await stack.pg.query(`UPDATE claims SET span_start = $2, span_end = $3, text = $4, quote = $4, normalized_text = lower($4), model_version = 'older-model' WHERE id = $1`, [id, span.start, span.end, text]);
    };
    await older(b1!.id, sentence(1));
    await older(b2!.id, furniture);
    await older(c1!.id, sentence(2));
    await stack.pg.query(`DELETE FROM claim_events WHERE claim_id = $1`, [c2!.id]);
    await stack.pg.query(`DELETE FROM claims WHERE id = $1`, [c2!.id]);
    await queue.remove(`review.${c2!.id}.1`);
    const oldJobs = [`review.${b1!.id}.1`, `review.${b2!.id}.1`];
    for (const id of oldJobs) expect(await queue.getJob(id)).toBeDefined();
    const taker = await userWithRole(stack, 'REVIEWER');
    await editor.client.ok(W.pin, { id: c1!.id, pinned: true });
    await outboxDrained(stack);
    const taken = await eventually(() => take(taker.client), 10000, 'the pinned claim to be served');
    expect(taken.claim.id).toBe(c1!.id);
    const inReview = await stored(c1!.id);
    expect(inReview.status).toBe('IN_REVIEW');
    const firstBefore = await stored(first.id);

    await startReextraction(editor.client, article.id);
    await extractionDone(stack, editor.client, article.id);

    const after = (await editor.client.ok<{ article: ArticleView }>(Q.article, { id: article.id })).article.claims;
    const at = (span: { spanStart: number; spanEnd: number }) => after.find((c) => c.spanStart === span.spanStart && c.spanEnd === span.spanEnd);
    // The new model's four clause claims are all there, queued (sentence 2's and 3's, new rows).
    for (const span of newSpans) expect({ span, status: at(span)?.status }).toEqual({ span, status: 'QUEUED' });
    const modelVersion = (await stack.pg.query<{ model_version: string }>(`SELECT model_version FROM articles WHERE id = $1`, [article.id])).rows[0]!.model_version;
    const superseded = async (id: string) =>
      (await stack.pg.query(`SELECT type, from_status AS "from", to_status AS "to", actor_id AS actor, data FROM claim_events WHERE claim_id = $1 ORDER BY id DESC LIMIT 1`, [id])).rows[0];
    // The whole-sentence claim is retired, naming the two clause claims over its words; the furniture claim too, naming none.
    expect((await stored(b1!.id)).status).toBe('DISMISSED');
    expect(await superseded(b1!.id)).toEqual({ type: 'SUPERSEDED', from: 'QUEUED', to: 'DISMISSED', actor: null, data: { modelVersion, by: [at(newSpans[0]!)!.id, at(newSpans[1]!)!.id] } });
    expect((await stored(b2!.id)).status).toBe('DISMISSED');
    expect(await superseded(b2!.id)).toEqual({ type: 'SUPERSEDED', from: 'QUEUED', to: 'DISMISSED', actor: null, data: { modelVersion, by: [] } });
    // The claim in review, and the one the new model reads the same, are exactly as they were.
    expect(await stored(c1!.id)).toEqual(inReview);
    expect(await stored(first.id)).toEqual(firstBefore);
    // The retired claims' review jobs are gone from the queue (dropped after the commit), so no reviewer is served them.
    for (const id of oldJobs) await eventually(async () => (await queue.getJob(id)) === undefined, 10000, `job ${id} to be dropped`);
  });

  it('a claim taken into review while the re-extraction waits for its lock is not retired; the others are', async () => {
    const body = ['Critics say the figure hides 310,000 people who have stopped looking for work, but ministers insist the economy added 97,000 jobs in the second quarter.', 'Additional reporting by Ana Cruz.'].join('\n\n');
    const article = await submitAndExtract(editor.client, { title: 'More jobs figures', body, url: 'https://example.org/reextract-superseded-race' }, stack);
    expect(article.claims.map((c) => c.status)).toEqual(['QUEUED', 'QUEUED']);
    // An older engine's claims, both QUEUED, both gone from the current reading: the whole sentence and the furniture line.
    const [low, high] = [...article.claims].sort((a, b) => (a.id < b.id ? -1 : 1)) as [ArticleView['claims'][number], ArticleView['claims'][number]];
    const spans = [{ start: 0, end: body.indexOf('\n\n') }, { start: body.indexOf('Additional'), end: body.length }];
    for (const [k, id] of [low.id, high.id].entries()) {
      const text = body.slice(spans[k]!.start, spans[k]!.end);
      await stack.pg.query(`UPDATE claims SET span_start = $2, span_end = $3, text = $4, quote = $4, normalized_text = lower($4), model_version = 'older-model' WHERE id = $1`, [id, spans[k]!.start, spans[k]!.end, text]);
    }
    await outboxDrained(stack);
    for (const job of await queue.getJobs(['waiting', 'prioritized'])) if (job.id !== `review.${high.id}.1`) await queue.remove(job.id!);
    expect(await queue.getJob(`review.${high.id}.1`)).toBeDefined();
    const lastEvent = (await stack.pg.query<{ id: string }>(`SELECT max(id)::text AS id FROM claim_events`)).rows[0]!.id;

    // The re-extraction locks the claims it retires in id order: stopped at the lower id, the higher is not locked yet.
    await tx.query('BEGIN');
    await tx.query(`SELECT id FROM claims WHERE id = $1 FOR UPDATE`, [low.id]);
    await startReextraction(editor.client, article.id);
    await eventually(blocked, 20000, 'the re-extraction to wait on the first claim');
    // Meanwhile a reviewer takes the other one (its job the only one waiting: a take of the lower one's job would wait on the test's lock).
    // A pin meanwhile: test/reextract-kept.e2e-spec.ts.
    const taker = await userWithRole(stack, 'REVIEWER');
    const taken = await eventually(() => take(taker.client), 10000, 'the pinned claim to be served');
    expect(taken.claim.id).toBe(high.id);
    const inReview = await stored(high.id);
    expect(inReview.status).toBe('IN_REVIEW');

    await tx.query('COMMIT');
    await extractionDone(stack, editor.client, article.id);

    expect((await stored(low.id)).status).toBe('DISMISSED');
    expect(await stored(high.id)).toEqual(inReview);
    expectUnbroken(await eventsSince(low.id, lastEvent), 'QUEUED');
    expectUnbroken(await eventsSince(high.id, lastEvent), 'QUEUED');
    expect((await eventsSince(high.id, lastEvent)).map((e) => e.type)).not.toContain('SUPERSEDED');
  });
});
