import type { ClaimReview, WithContext } from 'schema-dts';
import { claimReviewProblems } from './support/claim-review-validator';
import { publish, Q, REFERENCE_ARTICLE, submitAndExtract, userWithRole, aSource, type ArticleView, type TestUser } from './support/factories';
import { sleep, Stack, stopProcess } from './support/stack';
import { W } from './support/workflow';

const ARTICLE = { title: 'Lithuania has withdrawn from the Convention on Cluster Munitions to deter Russia', body: REFERENCE_ARTICLE, url: 'https://example.org/lt-cluster', source: 'Example News', publishedAt: '2024-07-18T08:00:00.000Z' };

describe('ClaimReview out', () => {
  const stack = new Stack();
  let editor: TestUser;
  let article: ArticleView;
  let pledgeId: string;
  let otherId: string;

  const get = async (path: string) => {
    const res = await fetch(`${stack.url}${path}`);
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    await stack.start({ env: { ORGANIZATION_NAME: 'Claimcheck Test Desk', ORGANIZATION_URL: 'https://desk.example' } });
    editor = await userWithRole(stack, 'EDITOR');
    const reviewer = await userWithRole(stack, 'REVIEWER');
    article = await submitAndExtract(editor.client, ARTICLE, stack);
    const pledge = article.claims.find((c) => /solely for defensive purposes/.test(c.quote));
    if (!pledge) throw new Error('the pledge claim was not extracted');
    pledgeId = pledge.id;
    if (pledge.status !== 'QUEUED') await editor.client.ok(`mutation($id: ID!) { queueClaim(id: $id) { id } }`, { id: pledgeId });
    // Review claims in queue order until the pledge has its verdict.
    const reviewed: string[] = [];
    for (let i = 0; i < 30 && !reviewed.includes(pledgeId); i++) {
      const { takeNextClaim } = await reviewer.client.ok<{ takeNextClaim: { id: string; claim: { id: string } } | null }>(Q.takeNext);
      if (!takeNextClaim) break;
      const rating = takeNextClaim.claim.id === pledgeId ? 'MISLEADING' : 'TRUE';
      await reviewer.client.ok(Q.submitVerdict, { input: { assignmentId: takeNextClaim.id, rating, rationale: 'Checked against the record.', sources: [aSource] } });
      reviewed.push(takeNextClaim.claim.id);
    }
    otherId = reviewed.find((id) => id !== pledgeId) ?? '';
    expect(reviewed).toContain(pledgeId);
    expect(otherId).not.toBe('');
    await publish(editor, otherId);
    await sleep(20);
    await publish(editor, pledgeId);
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('serves the reference article’s published claim as ClaimReview that validates', async () => {
    const r = await get(`/claims/${pledgeId}/claimreview.json`);
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^application\/ld\+json/);
    expect(claimReviewProblems(r.body)).toEqual([]);
    const [published] = (await stack.pg.query<{ at: Date }>(`SELECT published_at AS at FROM published_verdicts WHERE claim_id = $1 AND withdrawn_at IS NULL`, [pledgeId])).rows;
    const pledge = article.claims.find((c) => c.id === pledgeId);
    // The whole document, typed by schema-dts: what the test expects is itself a valid ClaimReview.
    const expected: WithContext<ClaimReview> = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `https://desk.example/fact-checks/${pledgeId}`,
      claimReviewed: pledge?.text ?? '',
      datePublished: published?.at.toISOString() ?? '',
      author: { '@type': 'Organization', name: 'Claimcheck Test Desk', url: 'https://desk.example' },
      reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Misleading' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Renus Pleshkis' },
        datePublished: ARTICLE.publishedAt,
        appearance: [{ '@type': 'CreativeWork', url: ARTICLE.url, headline: ARTICLE.title, datePublished: ARTICLE.publishedAt, publisher: { '@type': 'Organization', name: 'Example News' } }],
        firstAppearance: { '@type': 'CreativeWork', url: ARTICLE.url, headline: ARTICLE.title, datePublished: ARTICLE.publishedAt, publisher: { '@type': 'Organization', name: 'Example News' } },
      },
    };
    expect(r.body).toEqual(expected);
    // The same document as Claim.claimReview over GraphQL; null for a claim not published.
    const { claim } = await editor.client.ok<{ claim: { claimReview: unknown } }>(`query($id: ID!) { claim(id: $id) { claimReview } }`, { id: pledgeId });
    expect(claim.claimReview).toEqual(expected);
    const unpublished = article.claims.find((c) => c.id !== pledgeId && c.id !== otherId);
    const other = await editor.client.ok<{ claim: { claimReview: unknown } }>(`query($id: ID!) { claim(id: $id) { claimReview } }`, { id: unpublished?.id });
    expect(other.claim.claimReview).toBeNull();
  });

  it('answers 404 for a claim that is not published, or not there', async () => {
    const unpublished = article.claims.find((c) => c.id !== pledgeId && c.id !== otherId);
    for (const id of [unpublished?.id, '00000000-0000-4000-8000-000000000000', 'nonsense']) {
      const r = await get(`/claims/${id}/claimreview.json`);
      expect(r.status).toBe(404);
      expect(r.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });

  it('feeds published claims newest first, paginated, with a since filter', async () => {
    const all = await get('/feeds/claimreview.json');
    expect(all.status).toBe(200);
    const items = all.body['items'] as { url: string; datePublished: string }[];
    expect(items.map((i) => i.url)).toEqual([`https://desk.example/fact-checks/${pledgeId}`, `https://desk.example/fact-checks/${otherId}`]);
    for (const i of items) expect(claimReviewProblems(i)).toEqual([]);
    const page1 = await get('/feeds/claimreview.json?first=1');
    const info = page1.body['pageInfo'] as { hasNextPage: boolean; next: string };
    expect((page1.body['items'] as unknown[]).length).toBe(1);
    expect(info.hasNextPage).toBe(true);
    const page2 = await get(info.next);
    expect((page2.body['items'] as { url: string }[]).map((i) => i.url)).toEqual([`https://desk.example/fact-checks/${otherId}`]);
    expect((page2.body['pageInfo'] as { hasNextPage: boolean }).hasNextPage).toBe(false);
    const since = await get(`/feeds/claimreview.json?since=${encodeURIComponent(items[0]?.datePublished ?? '')}`);
    expect((since.body['items'] as { url: string }[]).map((i) => i.url)).toEqual([`https://desk.example/fact-checks/${pledgeId}`]);
    expect((await get('/feeds/claimreview.json?since=yesterday')).status).toBe(400);
    expect((await get('/feeds/claimreview.json?since=2026-02-30')).status).toBe(400); // not read as 2 March
    expect((await get('/feeds/claimreview.json?after=garbage')).status).toBe(400);
    expect((await get('/feeds/claimreview.json?first=1000')).status).toBe(400);
  });

  it('refuses a cursor from another list (claims, articles, the feed) with BAD_USER_INPUT, as integrations.md promises', async () => {
    const CLAIMS = `query($after: String) { claims(first: 1, after: $after) { pageInfo { endCursor } } }`;
    const ARTICLES = `query($after: String) { articles(first: 1, after: $after) { pageInfo { endCursor } } }`;
    const cursors = {
      claims: (await editor.client.ok<{ claims: { pageInfo: { endCursor: string } } }>(CLAIMS)).claims.pageInfo.endCursor,
      articles: (await editor.client.ok<{ articles: { pageInfo: { endCursor: string } } }>(ARTICLES)).articles.pageInfo.endCursor,
      feed: ((await get('/feeds/claimreview.json?first=1')).body['pageInfo'] as { endCursor: string }).endCursor,
    };
    // Each list takes its own cursor …
    expect(await editor.client.ok(CLAIMS, { after: cursors.claims })).toBeTruthy();
    expect(await editor.client.ok(ARTICLES, { after: cursors.articles })).toBeTruthy();
    expect((await get(`/feeds/claimreview.json?after=${cursors.feed}`)).status).toBe(200);
    // … and no other: all three are a (time, id) pair, so without a mark of their list one would read as another's.
    for (const other of [cursors.articles, cursors.feed]) expect(await editor.client.code(CLAIMS, { after: other })).toBe('BAD_USER_INPUT');
    for (const other of [cursors.claims, cursors.feed]) expect(await editor.client.code(ARTICLES, { after: other })).toBe('BAD_USER_INPUT');
    for (const other of [cursors.claims, cursors.articles]) {
      const r = await get(`/feeds/claimreview.json?after=${other}`);
      expect([r.status, r.body]).toEqual([400, { error: { code: 'BAD_USER_INPUT', message: 'after is not a cursor this API gave out' } }]);
    }
  });

  describe('withdrawals (runs last: it unpublishes and reopens the two published claims)', () => {
    interface Withdrawal {
      claimId: string;
      url: string;
      publishedVersion: number;
      publishedAt: string;
      withdrawnAt: string;
    }
    const url = (id: string) => `https://desk.example/fact-checks/${id}`;
    const withdrawals = async (query = '') => {
      const r = await get(`/feeds/claimreview-withdrawals.json${query}`);
      return { ...r, items: r.body['items'] as Withdrawal[], pageInfo: r.body['pageInfo'] as { hasNextPage: boolean; endCursor: string | null; next: string | null } };
    };
    const feedUrls = async (query = '') => ((await get(`/feeds/claimreview.json${query}`)).body['items'] as { url: string }[]).map((i) => i.url);
    const publication = async (claimId: string, version: number) =>
      (await stack.pg.query<{ published_at: Date; withdrawn_at: Date | null }>(`SELECT published_at, withdrawn_at FROM published_verdicts WHERE claim_id = $1 AND version = $2`, [claimId, version])).rows[0]!;

    it('a withdrawn fact check answers 410 with NOT_FOUND, when and which version, and the withdrawals feed lists it, newest first, paged, with since', async () => {
      expect((await withdrawals()).items).toEqual([]);
      const feedCursor = ((await get('/feeds/claimreview.json?first=1')).body['pageInfo'] as { endCursor: string }).endCursor;
      await editor.client.ok(W.unpublish, { id: otherId });
      const other = await publication(otherId, 1);
      const otherWithdrawal: Withdrawal = { claimId: otherId, url: url(otherId), publishedVersion: 1, publishedAt: other.published_at.toISOString(), withdrawnAt: other.withdrawn_at!.toISOString() };

      // The fact check's own URL says it is gone, not merely missing: a crawler drops its copy.
      const one = await get(`/claims/${otherId}/claimreview.json`);
      expect([one.status, one.body]).toEqual([
        410,
        { error: { code: 'NOT_FOUND', message: `The fact check for claim ${otherId} was withdrawn at ${otherWithdrawal.withdrawnAt}`, withdrawnAt: otherWithdrawal.withdrawnAt, publishedVersion: 1, url: url(otherId) } },
      ]);
      expect(await feedUrls()).toEqual([url(pledgeId)]);
      const w = await withdrawals();
      expect([w.status, w.type]).toEqual([200, 'application/json; charset=utf-8']);
      expect(w.items).toEqual([otherWithdrawal]);

      // Reopening a published claim withdraws it too.
      await sleep(20);
      await editor.client.ok(W.reopen, { id: pledgeId });
      const pledge = await publication(pledgeId, 1);
      const pledgeWithdrawal: Withdrawal = { claimId: pledgeId, url: url(pledgeId), publishedVersion: 1, publishedAt: pledge.published_at.toISOString(), withdrawnAt: pledge.withdrawn_at!.toISOString() };
      expect((await get(`/claims/${pledgeId}/claimreview.json`)).status).toBe(410);
      expect(await feedUrls()).toEqual([]);
      expect((await withdrawals()).items).toEqual([pledgeWithdrawal, otherWithdrawal]);

      // Paged like the feed, and since keeps the withdrawals at or after it.
      const page1 = await withdrawals('?first=1');
      expect(page1.items).toEqual([pledgeWithdrawal]);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = await withdrawals(page1.pageInfo.next?.replace('/feeds/claimreview-withdrawals.json', '') ?? '');
      expect([page2.items, page2.pageInfo.hasNextPage, page2.pageInfo.next]).toEqual([[otherWithdrawal], false, null]);
      expect((await withdrawals(`?since=${encodeURIComponent(pledgeWithdrawal.withdrawnAt)}`)).items).toEqual([pledgeWithdrawal]);
      expect((await withdrawals(`?since=${encodeURIComponent(otherWithdrawal.withdrawnAt)}`)).items).toEqual([pledgeWithdrawal, otherWithdrawal]);
      expect((await withdrawals(`?since=${encodeURIComponent(new Date(Date.now() + 60000).toISOString())}`)).items).toEqual([]);

      // The same refusals as the feed, and neither takes the other's cursor.
      for (const bad of ['?since=yesterday', '?since=2026-02-30', '?after=garbage', '?first=1000', '?first=0']) {
        const r = await withdrawals(bad);
        expect([bad, r.status, (r.body['error'] as { code: string }).code]).toEqual([bad, 400, 'BAD_USER_INPUT']);
      }
      expect((await withdrawals(`?after=${feedCursor}`)).body).toEqual({ error: { code: 'BAD_USER_INPUT', message: 'after is not a cursor this API gave out' } });
      expect((await get(`/feeds/claimreview.json?after=${page1.pageInfo.endCursor ?? ''}`)).status).toBe(400);
    });

    it('a republished claim is back in the feed, with dateModified, and leaves the withdrawals feed', async () => {
      const [before] = (await withdrawals()).items.filter((i) => i.claimId === otherId);
      expect(before).toBeDefined();
      await sleep(20);
      await publish(editor, otherId);
      const republished = await publication(otherId, 2);
      // A reader polling both since its last poll gets the claim back.
      expect(await feedUrls(`?since=${encodeURIComponent(before?.withdrawnAt ?? '')}`)).toEqual([url(otherId)]);
      const one = await get(`/claims/${otherId}/claimreview.json`);
      expect(one.status).toBe(200);
      expect(claimReviewProblems(one.body)).toEqual([]);
      expect(one.body).toMatchObject({ url: url(otherId), datePublished: before?.publishedAt, dateModified: republished.published_at.toISOString() });
      // Live again: its old withdrawal is no longer news (a reader applying it after the feed would drop a live fact check).
      expect((await withdrawals()).items.map((i) => i.claimId)).toEqual([pledgeId]);
    });

    it('a publication keeps the URL it was given when CLAIMREVIEW_URL_TEMPLATE changes: its ClaimReview and its withdrawal (410, feed, claim.unpublished) name it; a new publication takes the new one', async () => {
      // A new site layout: the api restarts with another template, on the same database.
      const moved = (id: string) => `https://desk.example/checks/${id}`;
      await stopProcess(stack.api);
      stack.api = stack.spawn('api', 'apps/api/src/main.js', { CLAIMREVIEW_URL_TEMPLATE: 'https://desk.example/checks/{id}' });
      await stack.waitReady();

      // otherId is live (published before the change), pledgeId withdrawn (likewise).
      expect((await get(`/claims/${otherId}/claimreview.json`)).body).toMatchObject({ url: url(otherId) });
      expect(await feedUrls()).toEqual([url(otherId)]);
      await editor.client.ok(W.unpublish, { id: otherId });
      const gone = await get(`/claims/${otherId}/claimreview.json`);
      expect([gone.status, (gone.body['error'] as { url: string }).url]).toEqual([410, url(otherId)]);
      expect((await withdrawals()).items.map((i) => [i.claimId, i.publishedVersion, i.url])).toEqual([
        [otherId, 2, url(otherId)],
        [pledgeId, 1, url(pledgeId)],
        [otherId, 1, url(otherId)],
      ]);
      // The claim.unpublished webhook's `details` are the event's data.
      const events = await stack.pg.query<{ type: string; data: { claimReviewUrl?: string } }>(`SELECT type, data FROM claim_events WHERE claim_id = $1 AND type IN ('PUBLISH', 'UNPUBLISH') ORDER BY at`, [otherId]);
      expect(events.rows.map((e) => [e.type, e.data.claimReviewUrl])).toEqual([
        ['PUBLISH', url(otherId)],
        ['UNPUBLISH', url(otherId)],
        ['PUBLISH', url(otherId)],
        ['UNPUBLISH', url(otherId)],
      ]);

      // Published again after the change: a new publication, under the new template.
      await publish(editor, otherId);
      expect((await get(`/claims/${otherId}/claimreview.json`)).body).toMatchObject({ url: moved(otherId) });
      expect(await feedUrls()).toEqual([moved(otherId)]);
    });
  });
});
