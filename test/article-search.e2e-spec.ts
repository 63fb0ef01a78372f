import { apiKeyWith, Q, userWithRole, type TestUser } from './support/factories';
import { Stack } from './support/stack';

const ARTICLES = `query($search: String, $first: Int!, $after: String) { articles(search: $search, first: $first, after: $after) {
  pageInfo { hasNextPage endCursor } edges { cursor node { id title url source } } } }`;
interface Page {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; title: string; url: string | null; source: string | null } }[];
}

/** The articles query: what the claims browser's article picker searches with. */
describe('articles: search and pages', () => {
  const stack = new Stack();
  let editor: TestUser;
  let reviewer: TestUser;
  // Submitted oldest first; the query lists newest first.
  const inputs = [
    { title: 'Lithuania to leave cluster munitions convention', url: 'https://www.lrt.lt/en/news-in-english/19/cluster', source: 'LRT', body: 'The Seimas voted 99 to 4 to leave the convention.' },
    { title: 'Inflation at 3% in May, statistics office says', url: 'https://stat.example.org/releases/2026_05_cpi', source: 'Statistics Office', body: 'Consumer prices rose 3 percent in May.' },
    { title: 'Unemployment falls to 4.1 percent', url: 'https://news.example.com/economy/jobs-may', source: 'Example News', body: 'Unemployment fell to 4.1 percent in May.' },
    { title: 'Cluster bombs: what the convention says', url: null, source: 'Explainer Desk', body: 'The convention was signed by 111 states in 2008.' },
    { title: 'Budget deficit narrows', url: 'https://news.example.com/economy/deficit', source: null, body: 'The deficit fell to 2 percent of GDP.' },
  ];
  const ids: string[] = [];

  beforeAll(async () => {
    await stack.start({ worker: false });
    editor = await userWithRole(stack, 'EDITOR');
    reviewer = await userWithRole(stack, 'REVIEWER');
    for (const input of inputs) ids.push((await editor.client.ok<{ submitArticle: { id: string } }>(Q.submitArticle, { input })).submitArticle.id);
  });
  afterAll(async () => {
    await stack.stop();
  });

  const search = async (s: string | null, first = 10, client = editor.client): Promise<string[]> =>
    (await client.ok<{ articles: Page }>(ARTICLES, { search: s, first })).articles.edges.map((e) => e.node.title);
  const titles = (...i: number[]) => i.map((n) => inputs[n]!.title);

  it('lists every article newest first without a search', async () => {
    expect(await search(null)).toEqual(titles(4, 3, 2, 1, 0));
    expect(await search('   ')).toEqual(titles(4, 3, 2, 1, 0));
  });

  it('finds articles by a word of their title, in any case', async () => {
    expect(await search('MUNITIONS')).toEqual(titles(0));
    expect(await search('convention')).toEqual(titles(3, 0));
    expect(await search('nothing-like-this')).toEqual([]);
  });

  it('finds articles by a fragment of their URL, and by their source', async () => {
    expect(await search('lrt.lt/en/news')).toEqual(titles(0));
    expect(await search('news.example.com/economy')).toEqual(titles(4, 2));
    expect(await search('https://www.lrt.lt/en/news-in-english/19/cluster')).toEqual(titles(0));
    expect(await search('explainer')).toEqual(titles(3));
  });

  it('keeps the articles with every word, wherever each one is, and takes LIKE wildcards literally', async () => {
    expect(await search('convention lrt')).toEqual(titles(0)); // a title word and a source word
    expect(await search('  cluster   convention ')).toEqual(titles(3, 0));
    expect(await search('convention deficit')).toEqual([]);
    expect(await search('3%')).toEqual(titles(1));
    expect(await search('%')).toEqual(titles(1));
    expect(await search('2026_05')).toEqual(titles(1));
    expect(await search('_')).toEqual(titles(1));
  });

  it('pages through the matches with cursors, each article once, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { articles }: { articles: Page } = await editor.client.ok<{ articles: Page }>(ARTICLES, { search: 'example', first: 1, after });
      seen.push(...articles.edges.map((e) => e.node.id));
      pages++;
      if (!articles.pageInfo.hasNextPage) break;
      expect(articles.pageInfo.endCursor).toBe(articles.edges.at(-1)?.cursor);
      after = articles.pageInfo.endCursor;
    }
    expect(seen).toEqual([ids[4], ids[2], ids[1]]);
    expect(pages).toBe(3);
    const first2 = await editor.client.ok<{ articles: Page }>(ARTICLES, { first: 2 });
    expect(first2.articles.edges).toHaveLength(2);
    expect(first2.articles.pageInfo.hasNextPage).toBe(true);
  });

  it('pages exactly through articles stored in the same microsecond (the cursor is not cut to milliseconds)', async () => {
    // A bulk ingest can store several articles within one millisecond; a JS Date would lose the microseconds.
    await stack.pg.query(`UPDATE articles SET created_at = '2026-01-02 03:04:05.123456+00' WHERE id = ANY($1)`, [ids.slice(0, 3)]);
    await stack.pg.query(`UPDATE articles SET created_at = '2026-01-02 03:04:05.123789+00' WHERE id = $1`, [ids[3]]);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { articles }: { articles: Page } = await editor.client.ok<{ articles: Page }>(ARTICLES, { first: 1, after });
      seen.push(...articles.edges.map((e) => e.node.id));
      after = articles.pageInfo.hasNextPage ? articles.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(ids.length);
    expect(new Set(seen)).toEqual(new Set(ids));
    expect(seen.slice(0, 2)).toEqual([ids[4], ids[3]]);
  });

  it('reads the body only when asked for, and then the whole of it', async () => {
    const r = await editor.client.ok<{ articles: { edges: { node: { body: string } }[] } }>(`{ articles(search: "munitions") { edges { node { body } } } }`);
    expect(r.articles.edges.map((e) => e.node.body)).toEqual([inputs[0]!.body]);
  });

  it('is open to every signed-in user and to API keys with articles:read, and to no other key', async () => {
    expect(await search('munitions', 10, reviewer.client)).toEqual(titles(0));
    const reader = await apiKeyWith(stack, ['articles:read']);
    expect(await search('munitions', 10, reader.client)).toEqual(titles(0));
    const claimsOnly = await apiKeyWith(stack, ['claims:read']);
    expect(await claimsOnly.client.code(ARTICLES, { search: 'munitions', first: 10 })).toBe('FORBIDDEN');
    const writer = await apiKeyWith(stack, ['articles:write']);
    expect(await writer.client.code(ARTICLES, { search: 'munitions', first: 10 })).toBe('FORBIDDEN');
    expect(await stack.gql().code(ARTICLES, { search: 'munitions', first: 10 })).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a page of 0', { first: 0 }],
    ['a page over 50', { first: 51 }],
    ['a search over 200 characters', { search: 'a'.repeat(201), first: 10 }],
    ['a search with a NUL character', { search: 'cluster\u0000', first: 10 }],
    ['a cursor it never gave out', { first: 10, after: 'garbage' }],
    ['a cursor that is not base64 of an id', { first: 10, after: Buffer.from('{"t":"2026-01-01","id":"x"}').toString('base64url') }],
    ['a search that is not a string', { search: 42, first: 10 }],
  ])('refuses %s with BAD_USER_INPUT', async (_what, variables) => {
    expect(await editor.client.code(ARTICLES, variables)).toBe('BAD_USER_INPUT');
  });

  it('takes a search of exactly 200 characters and a page of 50', async () => {
    expect(await search('a'.repeat(200))).toEqual([]);
    expect(await search(null, 50)).toHaveLength(ids.length);
  });
});
