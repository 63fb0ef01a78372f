import { apiKeyWith, Q, REFERENCE_ARTICLE, submitAndExtract, userWithRole, type ArticleView, type TestUser } from './support/factories';
import { Stack } from './support/stack';
import { outboxDrained, submit, take, W } from './support/workflow';

/** The reference article as another site would run it: a new lede, a few words changed, one figure changed. */
function editedCopy(body: string): string {
  const edited = body
    .replace('emphasized that cluster munitions would be used solely', 'stressed that cluster munitions would be used solely')
    .replace('citing changes in the security situation', 'citing a change in the security situation')
    .replace('supported by 99 members of parliament', 'supported by 98 members of parliament');
  return `Vilnius, Thursday. Reporting by our correspondent.\n\n${edited}`;
}

const APPEARANCES = `query($id: ID!) { claim(id: $id) { id status canonicalClaim { id status }
  appearances { claim { id article { id } } similarity }
  suggestions { similarity claim { id status publishedVerdict { rating } } } } }`;
const SIMILAR = `query($text: String!, $first: Int) { similarClaims(text: $text, first: $first) { similarity claim { id status finalVerdict { rating } publishedVerdict { rating } } } }`;

interface AppearanceView {
  claim: {
    id: string;
    status: string;
    canonicalClaim: { id: string; status: string } | null;
    appearances: { claim: { id: string; article: { id: string } }; similarity: number | null }[];
    suggestions: { similarity: number; claim: { id: string; status: string; publishedVerdict: { rating: string } | null } }[];
  };
}

describe('claim matching: a claim seen again is recognised', () => {
  const stack = new Stack();
  let editor: TestUser;
  let reviewer: TestUser;
  let original: ArticleView;
  let copy: ArticleView;
  const published: string[] = [];

  beforeAll(async () => {
    await stack.start();
    editor = await userWithRole(stack, 'EDITOR');
    reviewer = await userWithRole(stack, 'REVIEWER');
    original = await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE, url: 'https://example.org/original' }, stack);
    // Review and publish every queued claim of the original.
    for (let t = await take(reviewer.client); t; t = await take(reviewer.client)) {
      await submit(reviewer.client, t.id, 'TRUE');
      await editor.client.ok(W.publish, { id: t.claim.id });
      published.push(t.claim.id);
    }
    await outboxDrained(stack);
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('the reference article under another URL with small edits queues nothing already published; its claims are new appearances', async () => {
    expect(published.length).toBeGreaterThan(3);
    copy = await submitAndExtract(editor.client, { title: 'Lithuania quits cluster munitions treaty', body: editedCopy(REFERENCE_ARTICLE), url: 'https://example.com/other-site' }, stack);
    expect(copy.id).not.toBe(original.id);

    // Every published claim is carried by the copy, as a linked appearance; the vote (figure changed) is the exception.
    const linked = await stack.pg.query<{ canonical_id: string; status: string }>(`SELECT canonical_id, status FROM claims WHERE article_id = $1 AND canonical_id IS NOT NULL`, [copy.id]);
    expect(linked.rows.every((r) => r.status === 'EXTRACTED')).toBe(true);
    const vote = original.claims.find((c) => /99 members/.test(c.quote))!;
    const expected = published.filter((id) => id !== vote.id).sort();
    expect(linked.rows.map((r) => r.canonical_id).sort()).toEqual(expect.arrayContaining(expected));

    // No duplicate queue entries: nothing from the copy that matches a published claim is queued, and Redis agrees with Postgres.
    const dupes = await stack.pg.query(
      `SELECT n.id FROM claims n JOIN claims p ON p.status = 'PUBLISHED' AND similarity(n.normalized_text, p.normalized_text) >= 0.8 AND p.normalized_text !~ '99'
        WHERE n.article_id = $1 AND n.status = 'QUEUED'`,
      [copy.id],
    );
    expect(dupes.rows).toEqual([]);
    const stats = (await editor.client.ok<{ queueStats: { waiting: number; queueDepth: number } }>(W.stats)).queueStats;
    expect(stats.queueDepth).toBe(stats.waiting);

    // A published claim lists both articles; its copy points back to it.
    const sample = expected[0]!;
    const view = (await reviewer.client.ok<AppearanceView>(APPEARANCES, { id: sample })).claim;
    expect(view.appearances.map((a) => a.claim.article.id)).toEqual([original.id, copy.id]);
    expect(view.appearances[1]?.similarity).toBeGreaterThanOrEqual(0.8);
    const copyOfSample = view.appearances[1]!.claim.id;
    expect((await reviewer.client.ok<AppearanceView>(APPEARANCES, { id: copyOfSample })).claim.canonicalClaim).toEqual({ id: sample, status: 'PUBLISHED' });
  });

  it('a likely match (same words, another figure) is queued, with the published claim as a suggestion with its verdict', async () => {
    const vote = copy.claims.find((c) => /98 members/.test(c.quote))!;
    const view = (await reviewer.client.ok<AppearanceView>(APPEARANCES, { id: vote.id })).claim;
    expect(view.canonicalClaim).toBeNull();
    const original99 = original.claims.find((c) => /99 members/.test(c.quote))!;
    const suggestion = view.suggestions.find((s) => s.claim.id === original99.id);
    expect(suggestion).toBeDefined();
    expect(suggestion!.similarity).toBeGreaterThan(0.45);
    if (published.includes(original99.id)) expect(suggestion!.claim.publishedVerdict?.rating).toBe('TRUE');
  });

  it('similarClaims finds a claim from its text or from a few of its words, best first, with its verdict', async () => {
    const vote = original.claims.find((c) => /99 members/.test(c.quote))!;
    const pledge = original.claims.find((c) => c.id !== vote.id && published.includes(c.id))!;
    const { similarClaims } = await reviewer.client.ok<{ similarClaims: { similarity: number; claim: { id: string; publishedVerdict: { rating: string } | null } }[] }>(SIMILAR, { text: pledge.text, first: 3 });
    expect(similarClaims[0]?.claim.id).toBe(pledge.id);
    expect(similarClaims[0]?.similarity).toBeCloseTo(1, 5);
    expect(similarClaims[0]?.claim.publishedVerdict?.rating).toBe('TRUE');
    expect(similarClaims.length).toBeLessThanOrEqual(3);
    // Linked appearances are not listed apart: the canonical claim stands for them.
    const copies = await stack.pg.query<{ id: string }>(`SELECT id FROM claims WHERE canonical_id = $1`, [pledge.id]);
    expect(copies.rows.length).toBe(1);
    expect(similarClaims.map((s) => s.claim.id)).not.toContain(copies.rows[0]!.id);

    // A few words of it: full-text search finds it even though the trigram similarity is low.
    const few = pledge.text.split(/\s+/).filter((w) => w.length > 5).slice(0, 3).join(' ');
    const words = await reviewer.client.ok<{ similarClaims: { claim: { id: string } }[] }>(SIMILAR, { text: few });
    expect(words.similarClaims.map((s) => s.claim.id)).toContain(pledge.id);
    expect(await reviewer.client.code(SIMILAR, { text: ' ?! ' })).toBe('BAD_USER_INPUT');
    expect(await reviewer.client.code(SIMILAR, { text: 'x', first: 500 })).toBe('BAD_USER_INPUT');
    // A monitoring pipeline asks "was this checked?" with an API key: claims:read lets it search, and the published verdict comes with the claim.
    const monitor = await apiKeyWith(stack, ['claims:read']);
    const byKey = await monitor.client.ok<{ similarClaims: { claim: { id: string; publishedVerdict: { rating: string } | null } }[] }>(
      `query($text: String!) { similarClaims(text: $text, first: 3) { claim { id publishedVerdict { rating } } } }`,
      { text: pledge.text },
    );
    expect(byKey.similarClaims[0]?.claim).toEqual({ id: pledge.id, publishedVerdict: { rating: expect.any(String) as string } });
    const writer = await apiKeyWith(stack, ['articles:write']);
    const refused = await writer.client.raw(SIMILAR, { text: pledge.text });
    expect([refused.errors?.[0]?.extensions?.code, refused.errors?.[0]?.message]).toEqual(['FORBIDDEN', 'This API key needs the scope claims:read']);
    // `first` is Int! with a default, like every list's: left out it is 10, and an explicit null is refused by the schema, not by the service.
    const nullFirst = await reviewer.client.raw(SIMILAR, { text: 'x', first: null });
    expect([nullFirst.errors?.[0]?.extensions?.code, nullFirst.errors?.[0]?.message]).toEqual(['BAD_USER_INPUT', expect.stringMatching(/"first" of non-null type "Int!"/) as string]);
  });

  it('the similarity search uses the trigram index', async () => {
    await stack.pg.query(`SET enable_seqscan = off`);
    const plan = await stack.pg.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT id FROM claims c WHERE c.normalized_text % $1 AND c.canonical_id IS NULL AND c.status <> 'DISMISSED' ORDER BY c.normalized_text <-> $1, c.id LIMIT 5`,
      ['lithuania withdrew from the convention'],
    );
    expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('claims_canonical_text_trgm_idx');
  });

  it('equally similar claims are chosen by id, the same on every call, whatever their order on disk', async () => {
    // Five claims of one new article made to read alike; updated highest id first, so the table's
    // physical order is the reverse of the id order, and a LIMIT without a tie-breaker takes the wrong ones.
    const body = [
      'The city council said the new tram line carried 41,000 passengers in its first week.',
      'According to the transport ministry, bus fares rose by 12 percent in 2025.',
      'The harbour authority reported that cargo volumes fell to 3.2 million tonnes last year.',
      'Officials said the bridge repairs will cost 18 million euros.',
      'The statistics office said unemployment in the region dropped to 6.1 percent in March.',
      'The mayor said the airport handled 5 million travellers, a record.',
    ].join(' ');
    const other = await submitAndExtract(editor.client, { title: 'City figures', body, url: 'https://example.net/tie' }, stack);
    const ids = (await stack.pg.query<{ id: string }>(`SELECT id FROM claims WHERE article_id = $1 AND canonical_id IS NULL AND status <> 'DISMISSED' ORDER BY id DESC LIMIT 5`, [other.id])).rows.map((r) => r.id);
    expect(ids.length).toBe(5);
    const text = 'zebra crossings in vilnius were repainted in seventeen days';
    for (const id of ids) await stack.pg.query(`UPDATE claims SET normalized_text = $2 WHERE id = $1`, [id, text]);
    const lowest = [...ids].sort().slice(0, 2);
    for (let i = 0; i < 3; i++) {
      const { similarClaims } = await reviewer.client.ok<{ similarClaims: { similarity: number; claim: { id: string } }[] }>(SIMILAR, { text, first: 2 });
      expect(similarClaims.map((s) => s.claim.id)).toEqual(lowest);
    }
  });

  it("an article read through its claims has its body when asked for, the same as read directly", async () => {
    const viaClaim = `query($id: ID!) { claim(id: $id) { article { id title body } } }`;
    const withBody = await reviewer.client.ok<{ claim: { article: { id: string; title: string; body: string } } }>(viaClaim, { id: original.claims[0]!.id });
    expect(withBody.claim.article.id).toBe(original.id);
    expect(withBody.claim.article.body).toBe(REFERENCE_ARTICLE);
    const direct = await editor.client.ok<{ article: { body: string; claims: { article: { body: string } }[] } }>(`query($id: ID!) { article(id: $id) { body claims { article { body } } } }`, { id: original.id });
    expect(direct.article.body).toBe(REFERENCE_ARTICLE);
    expect(new Set(direct.article.claims.map((c) => c.article.body))).toEqual(new Set([REFERENCE_ARTICLE]));
  });

  it('re-extraction is idempotent and keeps reviews', async () => {
    const before = await stack.snapshot();
    const r = await editor.client.ok<{ reextractArticle: { id: string; status: string } }>(`mutation($id: ID!) { reextractArticle(articleId: $id) { id status } }`, { id: original.id });
    expect(r.reextractArticle.status).toBe('PENDING');
    await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE, url: 'https://example.org/original' }, stack);
    const after = await stack.snapshot();
    // Same model version: no new claim, no change to any claim, no verdict lost.
    expect({ ...after, claim_events: 0, outbox: 0 }).toEqual({ ...before, claim_events: 0, outbox: 0 });
    const again = await editor.client.ok<{ article: ArticleView }>(Q.article, { id: original.id });
    expect(again.article.claims.map((c) => c.id).sort()).toEqual(original.claims.map((c) => c.id).sort());
    expect(await reviewer.client.code(`mutation($id: ID!) { reextractArticle(articleId: $id) { id } }`, { id: original.id })).toBe('FORBIDDEN');
  });
});
