// W2 baseline: a hand-written Fastify + pg route answering the claims page
// (20 newest claims with article, verdicts and sources) with the same JSON
// shape the GraphQL query returns. Three queries, no ORM, no GraphQL.
import Fastify from 'fastify';
import { Pool } from 'pg';
import { childConfig } from '../lib/child';

interface Config {
  databaseUrl: string;
}

interface ClaimRow {
  id: string;
  text: string;
  status: string;
  article_id: string;
  title: string;
  url: string | null;
}

async function main(): Promise<void> {
  const c = childConfig<Config>();
  const pool = new Pool({ connectionString: c.databaseUrl, max: 10 });
  const app = Fastify({ logger: false });
  app.get<{ Querystring: { first?: string } }>('/claims', async (req) => {
    const first = Math.min(100, Number(req.query.first ?? 20));
    const claims = (
      await pool.query<ClaimRow>(
        `SELECT c.id, c.text, c.status, c.article_id, a.title, a.url FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY c.created_at DESC, c.id DESC LIMIT $1`,
        [first],
      )
    ).rows;
    const ids = claims.map((r) => r.id);
    const verdicts = (await pool.query<{ id: string; claim_id: string; rating: string; rationale: string }>(`SELECT id, claim_id, rating, rationale FROM verdicts WHERE claim_id = ANY($1) ORDER BY created_at`, [ids])).rows;
    const sources = (
      await pool.query<{ verdict_id: string; url: string; title: string | null }>(`SELECT verdict_id, url, title FROM sources WHERE verdict_id = ANY($1) ORDER BY position`, [verdicts.map((v) => v.id)])
    ).rows;
    const sourcesBy = new Map<string, { url: string; title: string | null }[]>();
    for (const s of sources) sourcesBy.set(s.verdict_id, [...(sourcesBy.get(s.verdict_id) ?? []), { url: s.url, title: s.title }]);
    const verdictsBy = new Map<string, unknown[]>();
    for (const v of verdicts) verdictsBy.set(v.claim_id, [...(verdictsBy.get(v.claim_id) ?? []), { rating: v.rating, rationale: v.rationale, sources: sourcesBy.get(v.id) ?? [] }]);
    return {
      data: {
        claims: {
          edges: claims.map((r) => ({ node: { id: r.id, text: r.text, status: r.status, article: { id: r.article_id, title: r.title, url: r.url }, verdicts: verdictsBy.get(r.id) ?? [] } })),
        },
      },
    };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  process.stdout.write(`listening ${typeof addr === 'object' && addr ? addr.port : 0}\n`);
  process.once('SIGTERM', () => void app.close().then(() => pool.end()).then(() => process.exit(0)));
}

void main();
