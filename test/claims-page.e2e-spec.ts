import { adminClient, apiKeyWith, REFERENCE_ARTICLE, reviewNext, submitAndExtract, userWithRole, type TestUser } from './support/factories';
import type { GqlClient } from './support/gql-client';
import { Stack } from './support/stack';

// The claims page reads its claims' articles, verdicts and sources in its own
// statement and primes the loaders (apps/api/src/claims/claims-page.ts).
// `claim(id)` reads the same fields through the loaders alone: both must give
// every caller the same data, blind review and field access included.
const NODE = `id text status reviewRound article { id title url source status createdAt } verdicts { id rating rationale round createdAt sources { url title publisher excerpt } }`;
const PAGE = `query($first: Int!) { claims(first: $first) { edges { node { ${NODE} } } } }`;
const ONE = `query($id: ID!) { claim(id: $id) { ${NODE} } }`;

interface Node {
  id: string;
  verdicts: { sources: unknown[] }[] | null;
}

describe('claims page', () => {
  const stack = new Stack();
  let admin: GqlClient;
  let reviewer: TestUser;
  let reviewedId: string;
  let claimCount: number;

  beforeAll(async () => {
    // Two reviews per claim: after one verdict the round is still open, so blind review hides it from others.
    await stack.start({ env: { SQL_STATEMENT_COUNT: '1', REQUIRED_REVIEWS: '2', REQUIRED_REVIEWS_HIGH_SCORE: '2' } });
    admin = await adminClient(stack);
    const editor = await userWithRole(stack, 'EDITOR');
    await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE }, stack);
    reviewer = await userWithRole(stack, 'REVIEWER');
    reviewedId = await reviewNext(reviewer, 'MOSTLY_TRUE');
    claimCount = await stack.count('claims');
  });
  afterAll(async () => {
    await stack.stop();
  });

  /** The response and the x-sql-statements header of one query. */
  async function post(client: GqlClient, query: string, variables: Record<string, unknown>): Promise<{ body: { data: unknown; errors?: { extensions?: { code?: string } }[] }; statements: number }> {
    const res = await fetch(client.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(client.token ? { authorization: `Bearer ${client.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { body: (await res.json()) as never, statements: Number(res.headers.get('x-sql-statements')) };
  }

  it('gives each caller the same claims, articles, verdicts and sources as the loaders do', async () => {
    const other = await userWithRole(stack, 'REVIEWER');
    const withVerdicts = await apiKeyWith(stack, ['claims:read', 'verdicts:read']);
    const callers = { admin, reviewer: reviewer.client, otherReviewer: other.client, key: withVerdicts.client };
    const seen: Record<string, Node> = {};
    for (const [name, client] of Object.entries(callers)) {
      const page = await client.ok<{ claims: { edges: { node: Node }[] } }>(PAGE, { first: 100 });
      expect(page.claims.edges).toHaveLength(claimCount);
      for (const { node } of page.claims.edges) {
        const one = await client.ok<{ claim: Node }>(ONE, { id: node.id });
        expect([name, node]).toEqual([name, one.claim]);
      }
      seen[name] = page.claims.edges.find((e) => e.node.id === reviewedId)!.node;
    }
    // Not a comparison of empty lists: the verdict and its source are there for those who may see them…
    expect(seen['admin']?.verdicts).toHaveLength(1);
    expect(seen['admin']?.verdicts?.[0]?.sources).toHaveLength(1);
    expect(seen['reviewer']?.verdicts).toHaveLength(1);
    // …and blind review still hides the open round from a reviewer who has not given a verdict, and from a key.
    expect(seen['otherReviewer']?.verdicts).toEqual([]);
    expect(seen['key']?.verdicts).toEqual([]);
  });

  it('answers a page of list fields only (fewer claim columns read) as claim(id) does, blind review of a decided round included', async () => {
    // Bench W2's node: every field of it is in LIST_FIELDS (apps/api/src/claims/list-columns.ts).
    const LIST_NODE = `id text status article { id title url } verdicts { rating rationale round sources { url title } }`;
    const other = await userWithRole(stack, 'REVIEWER');
    // The round decided, as a second verdict would leave it: blind review now shows its verdict to a reviewer who gave
    // none — from the claim's status and round, which the page must still read.
    const { rows } = await stack.pg.query<{ status: string }>(`SELECT status FROM claims WHERE id = $1`, [reviewedId]);
    await stack.pg.query(`UPDATE claims SET status = 'REVIEWED' WHERE id = $1`, [reviewedId]);
    try {
      for (const [name, client] of Object.entries({ admin, reviewer: reviewer.client, otherReviewer: other.client })) {
        const page = await client.ok<{ claims: { edges: { node: Node }[] } }>(`query($first: Int!) { claims(first: $first) { edges { node { ${LIST_NODE} } } } }`, { first: 100 });
        expect(page.claims.edges).toHaveLength(claimCount);
        for (const { node } of page.claims.edges) {
          const one = await client.ok<{ claim: Node }>(`query($id: ID!) { claim(id: $id) { ${LIST_NODE} } }`, { id: node.id });
          expect([name, node]).toEqual([name, one.claim]);
        }
        expect([name, page.claims.edges.find((e) => e.node.id === reviewedId)!.node.verdicts]).toEqual([name, [expect.objectContaining({ rating: 'MOSTLY_TRUE' })]]);
      }
    } finally {
      await stack.pg.query(`UPDATE claims SET status = $2 WHERE id = $1`, [reviewedId, rows[0]!.status]);
    }
  });

  it('refuses verdicts to an API key without verdicts:read on a page too, and still gives it the articles', async () => {
    const k = await apiKeyWith(stack, ['claims:read']);
    const r = await post(k.client, PAGE, { first: 20 });
    expect(r.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(r.body.data)).not.toContain('MOSTLY_TRUE');
    expect(r.statements).toBe(1);
    // The article is still there for it.
    const articles = await k.client.ok<{ claims: { edges: { node: { article: { title: string } } }[] } }>(`query { claims(first: 2) { edges { node { article { title } } } } }`);
    expect(articles.claims.edges.map((e) => e.node.article.title)).toEqual(['Reference', 'Reference']);
  });

  it('reads a page in one statement, whatever its size and the relations it asks for; the count only when asked', async () => {
    for (const first of [1, 20, 100]) {
      const full = await post(admin, PAGE, { first });
      expect(full.body.errors).toBeUndefined();
      expect([first, full.statements]).toEqual([first, 1]);
    }
    expect((await post(admin, `query($first: Int!) { claims(first: $first) { edges { node { id } } } }`, { first: 20 })).statements).toBe(1);
    // Through a fragment, with aliases: still one statement, with the relations primed.
    const fragment = `query($first: Int!) { page: claims(first: $first) { ...P } } fragment P on ClaimConnection { edges { node { a: article { title } ... on Claim { verdicts { sources { url } } } } } }`;
    const viaFragment = await post(admin, fragment, { first: 20 });
    expect(viaFragment.body.errors).toBeUndefined();
    expect(viaFragment.statements).toBe(1);
    expect((await post(admin, `query { claims(first: 5) { totalCount edges { node { id } } } }`, {})).statements).toBe(2);
  });

  it('pages through claims stored by one statement without skipping or repeating any', async () => {
    // An extraction stores its claims in one INSERT: they share created_at to the microsecond.
    const shared = await stack.pg.query<{ n: string }>(`SELECT count(*) AS n FROM claims GROUP BY created_at ORDER BY n DESC LIMIT 1`);
    expect(Number(shared.rows[0]!.n)).toBeGreaterThan(2);
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < claimCount; i++) {
      const page: { claims: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await admin.ok(
        `query($after: String) { claims(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      ids.push(...page.claims.edges.map((e) => e.node.id));
      if (!page.claims.pageInfo.hasNextPage) break;
      after = page.claims.pageInfo.endCursor;
    }
    const all = (await stack.pg.query<{ id: string }>(`SELECT id FROM claims ORDER BY created_at DESC, id DESC`)).rows.map((r) => r.id);
    expect(ids).toEqual(all);
  });

  it('gives each edge its cursor when asked, without the end cursor, and pages on from it as from the end cursor', async () => {
    const both = await admin.ok<{ claims: { edges: { cursor: string }[]; pageInfo: { endCursor: string } } }>(`query { claims(first: 3) { edges { cursor } pageInfo { endCursor } } }`);
    const edges = await admin.ok<{ claims: { edges: { cursor: string; node: { id: string } }[] } }>(`query { claims(first: 3) { edges { cursor node { id } } } }`);
    expect(edges.claims.edges.map((e) => e.cursor)).toEqual(both.claims.edges.map((e) => e.cursor));
    const after = edges.claims.edges.at(-1)!.cursor;
    expect(after).toBe(both.claims.pageInfo.endCursor);
    const next = await admin.ok<{ claims: { edges: { node: { id: string } }[] } }>(`query($after: String) { claims(first: 2, after: $after) { edges { node { id } } } }`, { after });
    const all = (await stack.pg.query<{ id: string }>(`SELECT id FROM claims ORDER BY created_at DESC, id DESC LIMIT 5`)).rows.map((r) => r.id);
    expect([...edges.claims.edges.map((e) => e.node.id), ...next.claims.edges.map((e) => e.node.id)]).toEqual(all);
  });

  it('filters as before the statement was hand-written: each filter against the same condition in SQL', async () => {
    const any = (await stack.pg.query<{ article_id: string; claimant: string; created_at: Date }>(`SELECT article_id, claimant, created_at FROM claims WHERE claimant IS NOT NULL LIMIT 1`)).rows[0]!;
    const word = any.claimant.split(' ')[0]!;
    // A word of one of that claimant's claims: with the claimant's word, in either order, and not next to it.
    const text = (await stack.pg.query<{ text: string }>(`SELECT text FROM claims WHERE claimant = $1 LIMIT 1`, [any.claimant])).rows[0]!.text;
    const textWord = text.split(/\W+/).find((w) => w.length >= 6)!;
    const cases: [Record<string, unknown>, string, unknown[]][] = [
      [{ status: 'QUEUED' }, `status = 'QUEUED'`, []],
      [{ articleId: any.article_id }, `article_id = $1`, [any.article_id]],
      [{ minScore: 0.5 }, `checkworthiness >= 0.5`, []],
      [{ search: word }, `(text ILIKE $1 OR claimant ILIKE $1)`, [`%${word}%`]],
      [{ claimant: word }, `claimant ILIKE $1`, [`%${word}%`]],
      [{ search: `${textWord} ${word}` }, `(text ILIKE $1 OR claimant ILIKE $1) AND (text ILIKE $2 OR claimant ILIKE $2)`, [`%${textWord}%`, `%${word}%`]],
      [{ search: ` ${word}   ${textWord} ` }, `(text ILIKE $1 OR claimant ILIKE $1) AND (text ILIKE $2 OR claimant ILIKE $2)`, [`%${textWord}%`, `%${word}%`]],
      [{ search: '100%_' }, `(text ILIKE $1 OR claimant ILIKE $1)`, ['%100\\%\\_%']],
      [{ createdFrom: any.created_at.toISOString(), status: 'QUEUED' }, `created_at >= $1 AND status = 'QUEUED'`, [any.created_at]],
      [{ createdTo: any.created_at.toISOString() }, `created_at < $1`, [any.created_at]],
      [{ rating: 'MOSTLY_TRUE' }, `EXISTS (SELECT 1 FROM published_verdicts p WHERE p.claim_id = claims.id AND p.withdrawn_at IS NULL AND p.rating = 'MOSTLY_TRUE')`, []],
    ];
    let nonEmpty = 0;
    for (const [filter, where, params] of cases) {
      const r = await admin.ok<{ claims: { totalCount: number; edges: { node: { id: string } }[] } }>(
        `query($f: ClaimFilter) { claims(first: 100, filter: $f) { totalCount edges { node { id } } } }`,
        { f: filter },
      );
      const expected = (await stack.pg.query<{ id: string }>(`SELECT id FROM claims WHERE ${where} ORDER BY created_at DESC, id DESC`, params)).rows.map((x) => x.id);
      expect([filter, r.claims.edges.map((e) => e.node.id), r.claims.totalCount]).toEqual([filter, expected, expected.length]);
      if (expected.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(5);
  });
});
