import { Client } from 'pg';
import { REFERENCE_ARTICLE, submitAndExtract, userWithRole, type TestUser } from './support/factories';
import { backendPid, waitersOn } from './support/locks';
import { eventually, Stack } from './support/stack';
import { submit, take, W } from './support/workflow';

interface FeedItem {
  url: string;
  datePublished: string;
  dateModified?: string;
}

/**
 * The ClaimReview feed polled as docs/integrations.md tells integrations to:
 * remember the newest `dateModified ?? datePublished` seen and ask `since=`
 * it. Every publication must reach such a reader, whatever order concurrent
 * publications commit in.
 */
describe('the ClaimReview feed under concurrent publications', () => {
  const stack = new Stack();
  let editor: TestUser;
  let other: TestUser;
  let tx: Client;

  beforeAll(async () => {
    await stack.start();
    editor = await userWithRole(stack, 'EDITOR');
    other = await userWithRole(stack, 'EDITOR');
    tx = new Client({ connectionString: stack.databaseUrl });
    await tx.connect();
  });
  afterAll(async () => {
    await tx.end();
    await stack.stop();
  });

  /** Sessions waiting on the test's transaction: the first publication directly, the second behind it (the publication-order lock). */
  const waiters = async (): Promise<number> => waitersOn(stack, await backendPid(tx));
  /** One poll of the documented loop: every page since `since`. */
  const poll = async (since: string): Promise<FeedItem[]> => {
    const items: FeedItem[] = [];
    for (let path: string | null = `/feeds/claimreview.json?first=100&since=${encodeURIComponent(since)}`; path; ) {
      const page = (await (await fetch(`${stack.url}${path}`)).json()) as { items: FeedItem[]; pageInfo: { next: string | null } };
      items.push(...page.items);
      path = page.pageInfo.next;
    }
    return items;
  };
  const newest = (items: readonly FeedItem[], since: string): string =>
    items.map((i) => i.dateModified ?? i.datePublished).reduce((a, b) => (new Date(b).getTime() > new Date(a).getTime() ? b : a), since);

  it('a publication that commits after a later-started one still reaches a reader polling with since', async () => {
    await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE, url: 'https://example.org/feed-order' }, stack);
    const reviewer = await userWithRole(stack, 'REVIEWER');
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const t = await eventually(() => take(reviewer.client), 10000, 'a claim to review');
      await submit(reviewer.client, t.id, 'TRUE');
      ids.push(t.claim.id);
    }
    const [slow, fast] = ids as [string, string];
    let since = new Date(Date.now() - 1000).toISOString();
    const seen = new Set<string>();

    // The first publication, stopped inside its transaction once its version row is written (its foreign key
    // check waits on the final verdict the test holds); the second is asked for meanwhile.
    await tx.query('BEGIN');
    await tx.query(`SELECT id FROM final_verdicts WHERE claim_id = $1 FOR UPDATE`, [slow]);
    const slowDone = editor.client.ok(W.publish, { id: slow });
    await eventually(async () => (await waiters()) >= 1, 10000, 'the first publication to wait');
    let fastDone = false;
    const fastPublish = other.client.ok(W.publish, { id: fast }).then(() => (fastDone = true));
    await eventually(async () => fastDone || (await waiters()) >= 2, 10000, 'the second publication to commit or wait');

    // The reader polls in between, and after both have committed.
    const first = await poll(since);
    for (const i of first) seen.add(i.url);
    since = newest(first, since);
    await tx.query('COMMIT');
    await Promise.all([slowDone, fastPublish]);
    for (const i of await poll(since)) seen.add(i.url);

    // Both published, in whatever order: none may be missed by the reader.
    expect(ids.filter((id) => ![...seen].some((url) => url.endsWith(`/${id}`)))).toEqual([]);
  });
});
