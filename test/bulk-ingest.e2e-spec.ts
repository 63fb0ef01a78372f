import { apiKeyWith, userWithRole, type TestUser } from './support/factories';
import { Stack } from './support/stack';

const SUBMIT_MANY = `mutation($inputs: [SubmitArticleInput!]!) { submitArticles(inputs: $inputs) { index accepted created article { id url } error { code message } } }`;

interface ItemResult {
  index: number;
  accepted: boolean;
  created: boolean;
  article: { id: string; url: string | null } | null;
  error: { code: string; message: string } | null;
}

const article = (n: number, extra: Record<string, unknown> = {}) => ({ title: `Bulk ${n}`, body: `The harbour handled ${n * 1000} containers in March, the port authority said.`, ...extra });

async function ndjson(stack: Stack, token: string, body: string): Promise<{ status: number; lines: Record<string, unknown>[] }> {
  const res = await fetch(`${stack.url}/ingest/articles`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' }, body });
  const text = await res.text();
  return { status: res.status, lines: text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('bulk ingest', () => {
  const stack = new Stack();
  let editor: TestUser;
  beforeAll(async () => {
    await stack.start({ env: { INGEST_BATCH_MAX: '5', INGEST_STREAM_MAX_ITEMS: '50' } });
    editor = await userWithRole(stack, 'EDITOR');
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('submitArticles accepts or refuses each item on its own, with per-item errors', async () => {
    const inputs = [article(1, { url: 'https://example.org/bulk-1' }), article(2, { title: '   ' }), article(3, { url: 'not a url' }), article(4), article(1, { title: 'Same URL again', body: 'Different text.', url: 'https://example.org/bulk-1' })];
    const { submitArticles } = await editor.client.ok<{ submitArticles: ItemResult[] }>(SUBMIT_MANY, { inputs });
    expect(submitArticles.map((r) => [r.index, r.accepted, r.created, r.error?.code ?? null])).toEqual([
      [0, true, true, null],
      [1, false, false, 'BAD_USER_INPUT'],
      [2, false, false, 'BAD_USER_INPUT'],
      [3, true, true, null],
      [4, true, false, null],
    ]);
    expect(submitArticles[1]?.error?.message).toMatch(/title/);
    expect(submitArticles[2]?.error?.message).toMatch(/url/);
    // Idempotent like submitArticle: the same URL is the same article.
    expect(submitArticles[4]?.article?.id).toBe(submitArticles[0]?.article?.id);
    expect(await stack.count('articles')).toBe(2);
  });

  it('refuses a batch over INGEST_BATCH_MAX as a whole, writing nothing', async () => {
    const before = await stack.count('articles');
    const r = await editor.client.raw(SUBMIT_MANY, { inputs: [10, 11, 12, 13, 14, 15].map((n) => article(n)) });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/limit is 5/);
    expect(await stack.count('articles')).toBe(before);
  });

  it('POST /ingest/articles takes NDJSON and answers one line per article, accepted or refused', async () => {
    const k = await apiKeyWith(stack, ['articles:write']);
    const body = [JSON.stringify(article(20, { publishedAt: '2024-05-30T10:00:00Z' })), '', 'not json', JSON.stringify(article(21, { body: '' })), JSON.stringify([1, 2]), JSON.stringify(article(20)), JSON.stringify(article(22, { publishedAt: 'yesterday' }))].join('\n');
    const before = await stack.count('articles');
    const { status, lines } = await ndjson(stack, k.key, body);
    expect(status).toBe(200);
    expect(lines.map((l) => [l['line'], l['accepted'], l['created'], (l['error'] as { code?: string } | null)?.code ?? null])).toEqual([
      [1, true, true, null],
      [2, false, false, 'BAD_USER_INPUT'],
      [3, false, false, 'BAD_USER_INPUT'],
      [4, false, false, 'BAD_USER_INPUT'],
      [5, true, false, null],
      [6, false, false, 'BAD_USER_INPUT'],
    ]);
    expect(lines[4]?.['articleId']).toBe(lines[0]?.['articleId']);
    expect(await stack.count('articles')).toBe(before + 1);
    const row = (await stack.pg.query<{ published_at: Date; submitted_by_key: string }>(`SELECT published_at, submitted_by_key FROM articles WHERE id = $1`, [lines[0]?.['articleId']])).rows[0];
    expect(row?.published_at.toISOString()).toBe('2024-05-30T10:00:00.000Z');
    expect(row?.submitted_by_key).toBe(k.id);
  });

  it('refuses an NDJSON line with text Postgres cannot store (NUL, a lone surrogate) as BAD_USER_INPUT, like submitArticle', async () => {
    const k = await apiKeyWith(stack, ['articles:write']);
    // JSON.stringify writes these as \u0000 and \ud800 escapes: valid JSON, not storable text.
    const body = [JSON.stringify(article(30, { body: 'Port\u0000 traffic rose.' })), JSON.stringify(article(31, { title: 'Nul\u0000' })), JSON.stringify(article(32, { body: 'Lone \ud800 half.' }))].join('\n');
    const before = await stack.count('articles');
    const { lines } = await ndjson(stack, k.key, body);
    expect(lines.map((l) => [l['line'], l['accepted'], (l['error'] as { code?: string } | null)?.code ?? null])).toEqual([
      [1, false, 'BAD_USER_INPUT'],
      [2, false, 'BAD_USER_INPUT'],
      [3, false, 'BAD_USER_INPUT'],
    ]);
    expect((lines[0]?.['error'] as { message: string }).message).toMatch(/NUL/);
    expect((lines[2]?.['error'] as { message: string }).message).toMatch(/surrogate/);
    expect(await stack.count('articles')).toBe(before);
  });

  it('refuses an NDJSON publishedAt that is no real date, as submitArticle does, instead of storing it changed', async () => {
    const k = await apiKeyWith(stack, ['articles:write']);
    const body = [JSON.stringify(article(40, { publishedAt: '2025-02-30T00:00:00Z' })), JSON.stringify(article(41, { publishedAt: 1700000000000 })), JSON.stringify(article(42, { publishedAt: '2025-03-06' }))].join('\n');
    const before = await stack.count('articles');
    const { lines } = await ndjson(stack, k.key, body);
    expect(lines.map((l) => [l['line'], l['accepted'], (l['error'] as { code?: string } | null)?.code ?? null])).toEqual([
      [1, false, 'BAD_USER_INPUT'],
      [2, false, 'BAD_USER_INPUT'],
      [3, true, null],
    ]);
    expect((lines[0]?.['error'] as { message: string }).message).toMatch(/publishedAt must be an ISO 8601 date/);
    expect(await stack.count('articles')).toBe(before + 1);
    const row = (await stack.pg.query<{ published_at: Date }>(`SELECT published_at FROM articles WHERE id = $1`, [lines[2]?.['articleId']])).rows[0];
    expect(row?.published_at.toISOString()).toBe('2025-03-06T00:00:00.000Z');
  });

  it('refuses an NDJSON line with a field an article does not have, naming the field, as GraphQL refuses it; only that line', async () => {
    const k = await apiKeyWith(stack, ['articles:write']);
    const body = [
      JSON.stringify(article(50)),
      JSON.stringify(article(51, { publishedat: '2025-03-06T09:00:00Z' })), // publishedAt misspelt: the date would be lost
      JSON.stringify(article(52, { claimant: 'Ona Petraitė', url: 'https://example.org/bulk-52' })),
      JSON.stringify(article(53, { title: '', author: null })),
      JSON.stringify(article(54)),
    ].join('\n');
    const before = await stack.count('articles');
    const { status, lines } = await ndjson(stack, k.key, body);
    expect(status).toBe(200);
    expect(lines.map((l) => [l['line'], l['accepted'], l['articleId'] === null, (l['error'] as { code?: string } | null)?.code ?? null])).toEqual([
      [1, true, false, null],
      [2, false, true, 'BAD_USER_INPUT'],
      [3, false, true, 'BAD_USER_INPUT'],
      [4, false, true, 'BAD_USER_INPUT'],
      [5, true, false, null],
    ]);
    const message = (i: number): string => (lines[i]?.['error'] as { message: string }).message;
    expect(message(1)).toBe('unknown field "publishedat": an article has only title, body, url, source, publishedAt');
    expect(message(2)).toMatch(/^unknown field "claimant": /);
    // An unknown field (even a null one) and the line's other faults, in one answer.
    expect(message(3)).toMatch(/^unknown field "author": .*; title must not be empty/);
    expect(await stack.count('articles')).toBe(before + 2);
    expect((await stack.pg.query(`SELECT 1 FROM articles WHERE url = 'https://example.org/bulk-52'`)).rowCount).toBe(0);
  });

  it('streams many articles, and stops reading past INGEST_STREAM_MAX_ITEMS', async () => {
    const token = editor.client.token ?? '';
    const many = Array.from({ length: 40 }, (_, i) => JSON.stringify(article(100 + i))).join('\n');
    const r = await ndjson(stack, token, many);
    expect(r.lines).toHaveLength(40);
    expect(r.lines.every((l) => l['accepted'] === true)).toBe(true);
    const tooMany = Array.from({ length: 55 }, (_, i) => JSON.stringify(article(200 + i))).join('\n');
    const t = await ndjson(stack, token, tooMany);
    expect(t.lines).toHaveLength(51);
    expect(t.lines.at(-1)?.['error']).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses another content type, and anonymous callers', async () => {
    const res = await fetch(`${stack.url}/ingest/articles`, { method: 'POST', headers: { authorization: `Bearer ${editor.client.token ?? ''}`, 'content-type': 'application/json' }, body: JSON.stringify(article(300)) });
    expect(res.status).toBe(415);
    const anon = await fetch(`${stack.url}/ingest/articles`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: JSON.stringify(article(301)) });
    expect(anon.status).toBe(401);
    expect(await anon.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.any(String) as string } });
  });
});
