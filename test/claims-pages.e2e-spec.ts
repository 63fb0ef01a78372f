import { REFERENCE_ARTICLE, submitAndExtract, userWithRole, type TestUser } from './support/factories';
import { Stack } from './support/stack';

const CLAIMS = `query($first: Int!, $after: String, $article: ID) { claims(first: $first, after: $after, filter: { articleId: $article }) {
  pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
interface Page {
  claims: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string } }[] };
}

/** The claims query's pages: following endCursor lists every claim once, in the order of one big page. */
describe('claims: pages', () => {
  const stack = new Stack();
  let editor: TestUser;
  let article: string;

  beforeAll(async () => {
    await stack.start({});
    editor = await userWithRole(stack, 'EDITOR');
    article = (await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE }, stack)).id;
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('pages through claims stored in the same microsecond (one article), each once, in order', async () => {
    // One extraction stores its claims in one statement: they share created_at, so only the id orders them.
    const { rows } = await stack.pg.query<{ n: string }>(`SELECT count(DISTINCT created_at) AS n FROM claims WHERE article_id = $1`, [article]);
    expect(rows[0]?.n).toBe('1');
    const all = (await editor.client.ok<Page>(CLAIMS, { first: 100, article })).claims.edges.map((e) => e.node.id);
    expect(all.length).toBeGreaterThan(5);
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: Page = await editor.client.ok<Page>(CLAIMS, { first: 3, after, article });
      paged.push(...page.claims.edges.map((e) => e.node.id));
      expect(page.claims.pageInfo.endCursor).toBe(page.claims.edges.at(-1)?.cursor ?? null);
      if (!page.claims.pageInfo.hasNextPage) break;
      after = page.claims.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
  });

  it('refuses a cursor it did not give out (BAD_USER_INPUT)', async () => {
    for (const after of ['garbage', Buffer.from('{"t":"2026-01-01T00:00:00.000Z","id":"x"}').toString('base64url'), Buffer.from('not-a-uuid').toString('base64url')]) {
      expect(await editor.client.code(CLAIMS, { first: 3, after })).toBe('BAD_USER_INPUT');
    }
  });
});
