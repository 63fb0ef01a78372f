import { Client } from 'pg';
import { Q, REFERENCE_ARTICLE, submitAndExtract, userWithRole, type ArticleView, type TestUser } from './support/factories';
import { eventually, Stack } from './support/stack';
import { outboxDrained, submit, take, W } from './support/workflow';

const DISMISS = `mutation($id: ID!) { dismissClaim(id: $id) { id status version } }`;

interface StoredClaim {
  id: string;
  status: string;
  text: string;
  version: number;
  model_version: string;
}

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

  beforeAll(async () => {
    await stack.start();
    editor = await userWithRole(stack, 'EDITOR');
    reviewer = await userWithRole(stack, 'REVIEWER');
    tx = new Client({ connectionString: stack.databaseUrl });
    await tx.connect();
  });
  afterAll(async () => {
    await tx.end();
    await stack.stop();
  });

  const stored = async (id: string): Promise<StoredClaim> => (await stack.pg.query<StoredClaim>(`SELECT id, status, text, version, model_version FROM claims WHERE id = $1`, [id])).rows[0]!;
  const blocked = async (): Promise<boolean> =>
    (await stack.pg.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rowCount! > 0;
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
    await editor.client.ok(`mutation($id: ID!) { reextractArticle(articleId: $id) { id } }`, { id: article.id });
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
    await eventually(async () => (await editor.client.ok<{ article: { status: string } }>(Q.article, { id: article.id })).article.status === 'EXTRACTED', 30000, 'the re-extraction to finish');
    await outboxDrained(stack);

    // The claim nobody touched took the new reading; the two decided meanwhile are exactly as they were decided.
    expect((await stored(first.id)).text).toBe(first.text);
    expect(await stored(dismissed.id)).toEqual(dismissedBefore);
    expect(await stored(reviewed.id)).toEqual(reviewedBefore);
    for (const id of [first.id, dismissed.id, reviewed.id]) expectUnbroken(await eventsSince(id, lastEvent), 'EXTRACTED');
  });
});
