import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { normaliseClaimText } from '../libs/domain/src';
import type { createDataSource as CreateDataSource } from '../libs/persistence/src/data-source';
import type { ClaimMatchRepository as Repository } from '../libs/persistence/src/repositories/claim-match.repository';
import { REFERENCE_ARTICLE, submitAndExtract, userWithRole, type TestUser } from './support/factories';
import { eventually, Stack } from './support/stack';

// The built modules, as the api and the worker run them (the persistence index pulls in NestJS, which jest cannot load).
const dist = join(__dirname, '..', 'dist', 'libs', 'persistence', 'src');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createDataSource } = require(join(dist, 'data-source.js')) as { createDataSource: typeof CreateDataSource };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ClaimMatchRepository } = require(join(dist, 'repositories', 'claim-match.repository.js')) as { ClaimMatchRepository: typeof Repository };

const SIMILAR = `query($text: String!) { similarClaims(text: $text, first: 10) { similarity claim { id } } }`;
const SEEDED = 2000;
const BATCH = 5000;

/** Sentence-like texts: shared function words and figures, and rarer names, so that searches find a few claims each. */
function seedTexts(n: number): string[] {
  const subjects = ['the council', 'the ministry', 'unemployment', 'the hospital trust', 'ferry fares', 'the police force', 'rents in the city', 'the school board', 'wheat prices', 'the regulator'];
  const verbs = ['rose by', 'fell by', 'will cost', 'has spent', 'cut', 'recorded', 'reached', 'lost'];
  const objects = ['percent last year', 'million pounds', 'billion dollars since 2019', 'cases in the region', 'jobs across the county', 'officers on overtime'];
  const places = ['in Kaunas', 'near Hollis', 'in Millbrook', 'on Garfield Street', 'in Lakeview', 'across Sumner County', 'in Vilnius', 'in Łódź', 'в Москве'];
  return Array.from({ length: n }, (_, i) => {
    const pick = <T>(xs: T[], k: number): T => xs[(i * k + Math.floor(i / xs.length)) % xs.length]!;
    return `${pick(subjects, 7)} ${pick(verbs, 3)} ${(i * 37) % 997} ${pick(objects, 5)} ${pick(places, 11)} according to report ${i % 89}`;
  });
}

async function metric(url: string, name: string, labels = ''): Promise<number> {
  const body = await (await fetch(url)).text();
  const line = body.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('similar claims found from each process memory (ClaimTextIndex), in step with Postgres', () => {
  const stack = new Stack();
  let editor: TestUser;
  let ds: DataSource;
  let articleId: string;
  const repo = new ClaimMatchRepository();
  const apiMetrics = (): string => `${stack.url}/metrics`;
  const fromMemory = (): Promise<number> => metric(apiMetrics(), 'claimcheck_match_searches_total', 'source="memory"');
  const fromPostgres = (): Promise<number> => metric(apiMetrics(), 'claimcheck_match_searches_total', 'source="postgres"');

  /** similarClaims through the api: ids and similarities, best first. */
  async function search(text: string): Promise<{ id: string; similarity: number }[]> {
    const data = await editor.client.ok<{ similarClaims: { similarity: number; claim: { id: string } }[] }>(SIMILAR, { text });
    return data.similarClaims.map((m) => ({ id: m.claim.id, similarity: m.similarity }));
  }

  /**
   * The claims similarClaims finds for a near copy of `text` with a word the claim does not have: only the trigram
   * search can find them (the full-text one wants every word), so only the index could have proposed them.
   */
  async function foundByTrigrams(text: string): Promise<string[]> {
    return (await search(`${text} reportedly`)).filter((m) => m.similarity < 1).map((m) => m.id);
  }

  /** The same search answered by Postgres's trigram index alone (no candidates given). */
  async function searchPostgres(text: string): Promise<{ id: string; similarity: number }[]> {
    return (await repo.similar(ds.manager, normaliseClaimText(text), 10, 0.3)).map((m) => ({ id: m.claim.id, similarity: m.similarity }));
  }

  let span = 1_000_000;
  async function insertClaim(text: string): Promise<string> {
    span += 10;
    const rows = await stack.pg.query<{ id: string }>(
      `INSERT INTO claims (article_id, text, quote, span_start, span_end, claim_type, checkworthiness, status, required_reviews, queue_seq, model_version, normalized_text)
       VALUES ($1, $2, $2, $4, $4 + 1, 'OTHER', 0.9, 'EXTRACTED', 1, 0, 'test', $3) RETURNING id`,
      [articleId, text, normaliseClaimText(text), span],
    );
    return rows.rows[0]!.id;
  }

  beforeAll(async () => {
    await stack.start();
    editor = await userWithRole(stack, 'EDITOR');
    ds = await createDataSource(stack.databaseUrl, 2).initialize();
    articleId = (
      await stack.pg.query<{ id: string }>(
        `INSERT INTO articles (title, body, url, body_sha256, source, status, model_version, extracted_at)
         VALUES ('Seeded', 'seeded', 'https://seed.example/index', md5('index'), 'Seed', 'EXTRACTED', 'test', now()) RETURNING id`,
      )
    ).rows[0]!.id;
    const texts = seedTexts(SEEDED);
    // One statement, as a bulk load would write them: the api hears of each claim from the table's trigger.
    await stack.pg.query(
      `INSERT INTO claims (article_id, text, quote, span_start, span_end, claim_type, checkworthiness, status, required_reviews, queue_seq, model_version, normalized_text)
       SELECT $1, t, t, i, i + 1, 'OTHER', 0.9, 'EXTRACTED', 1, 0, 'test', n FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS x(t, n, i)`,
      [articleId, texts, texts.map(normaliseClaimText)],
    );
    await eventually(async () => (await metric(apiMetrics(), 'claimcheck_match_index_claims')) === SEEDED, 20_000, 'the api to index every seeded claim');
  });
  afterAll(async () => {
    await ds?.destroy();
    await stack.stop();
  });

  it('answers every search from memory, with the claims and similarities Postgres alone gives', async () => {
    expect(await metric(apiMetrics(), 'claimcheck_match_index_ready')).toBe(1);
    const memoryBefore = await fromMemory();
    const texts = seedTexts(SEEDED).filter((_, i) => i % 40 === 0);
    // Near copies (a word changed), short searches, and texts in other scripts.
    const queries = [...texts.map((t) => t.replace('according to', 'said')), 'ferry fares', 'rents in Łódź', 'в Москве according to report 3', 'wheat prices fell'];
    let found = 0;
    for (const q of queries) {
      const expected = await searchPostgres(q);
      expect(await search(q)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(queries.length);
    expect((await fromMemory()) - memoryBefore).toBe(queries.length);
  });

  it('finds a claim written the moment before, and follows its rewording, dismissal and return', async () => {
    // Written with a few thousand others in one statement, so that reading them all takes the api a while.
    const text = 'the harbour authority spent 4812 thousand on dredging the eastern channel';
    const batch = seedTexts(BATCH).map((t) => `${t} in the second batch`);
    const id = (
      await stack.pg.query<{ id: string }>(
        `INSERT INTO claims (article_id, text, quote, span_start, span_end, claim_type, checkworthiness, status, required_reviews, queue_seq, model_version, normalized_text)
         SELECT $1, t, t, 500000 + i, 500001 + i, 'OTHER', 0.9, 'EXTRACTED', 1, 0, 'test', n FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS x(t, n, i)
         RETURNING id, text`,
        [articleId, [...batch, text], [...batch, text].map(normaliseClaimText)],
      )
    ).rows.find((r) => (r as { text?: string }).text === text)!.id;
    // No wait: the search waits for every change committed before it.
    expect(await foundByTrigrams(text)).toContain(id);
    const reworded = 'ferry operators carried 5512 passengers across the sound at midwinter';
    await stack.pg.query(`UPDATE claims SET text = $2, normalized_text = $3 WHERE id = $1`, [id, reworded, normaliseClaimText(reworded)]);
    expect(await foundByTrigrams(reworded)).toContain(id);
    expect(await foundByTrigrams(text)).not.toContain(id);
    await stack.pg.query(`UPDATE claims SET status = 'DISMISSED' WHERE id = $1`, [id]);
    expect(await foundByTrigrams(reworded)).not.toContain(id);
    // Back from dismissal (not a move the api makes, but a row may change any way): found again, so it was indexed again.
    await stack.pg.query(`UPDATE claims SET status = 'EXTRACTED' WHERE id = $1`, [id]);
    expect(await foundByTrigrams(reworded)).toContain(id);
    await stack.pg.query(`DELETE FROM claims WHERE id = $1`, [id]);
    expect(await foundByTrigrams(reworded)).not.toContain(id);
    // A text too long to come with its notification (over 7,000 bytes) is read from the table instead.
    const phrase = 'ferry fares across the sound rose by nine percent';
    const long = await insertClaim(`${phrase} `.repeat(200).trim());
    expect(await foundByTrigrams(phrase)).toContain(long);
    await stack.pg.query(`DELETE FROM claims WHERE id = $1`, [long]);
    expect(await metric(apiMetrics(), 'claimcheck_match_index_claims')).toBe(SEEDED + BATCH);
  });

  it('asks Postgres while its listener is down, and answers from memory again once it has reloaded', async () => {
    const cut = await stack.pg.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [`claimcheck-listener-${stack.api!.pid}`]);
    expect(cut.rowCount).toBe(1);
    // Written while nothing listens: no notification will ever tell the api of it.
    const text = 'the lighthouse trust raised 7731 pounds from its summer open days';
    const id = await insertClaim(text);
    const postgresBefore = await fromPostgres();
    expect(await foundByTrigrams(text)).toContain(id);
    expect((await fromPostgres()) - postgresBefore).toBe(1);
    await eventually(async () => (await metric(apiMetrics(), 'claimcheck_match_index_ready')) === 1, 20_000, 'the index to reload');
    const memoryBefore = await fromMemory();
    expect(await foundByTrigrams(text)).toContain(id);
    expect((await fromMemory()) - memoryBefore).toBe(1);
  });

  it('the worker matches a new article against its own memory of the claims', async () => {
    const workerMetrics = `http://127.0.0.1:${stack.workerMetricsPort}/metrics`;
    const before = await metric(workerMetrics, 'claimcheck_match_searches_total', 'source="memory"');
    await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE, url: 'https://example.org/index-reference' }, stack);
    expect((await metric(workerMetrics, 'claimcheck_match_searches_total', 'source="memory"')) - before).toBe(1);
    expect(await metric(workerMetrics, 'claimcheck_match_index_claims')).toBeGreaterThan(SEEDED + BATCH);
  });
});

describe('similar claims with MATCH_INDEX=false: Postgres answers every search', () => {
  const stack = new Stack();
  beforeAll(async () => {
    await stack.start({ worker: false, env: { MATCH_INDEX: 'false' } });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('finds the claim through Postgres, and keeps nothing in memory', async () => {
    const editor = await userWithRole(stack, 'EDITOR');
    const articleId = (
      await stack.pg.query<{ id: string }>(
        `INSERT INTO articles (title, body, url, body_sha256, source, status, model_version, extracted_at)
         VALUES ('Seeded', 'seeded', 'https://seed.example/off', md5('off'), 'Seed', 'EXTRACTED', 'test', now()) RETURNING id`,
      )
    ).rows[0]!.id;
    const text = 'the canal trust repaired 37 lock gates between march and october';
    const id = (
      await stack.pg.query<{ id: string }>(
        `INSERT INTO claims (article_id, text, quote, span_start, span_end, claim_type, checkworthiness, status, required_reviews, queue_seq, model_version, normalized_text)
         VALUES ($1, $2, $2, 0, 1, 'OTHER', 0.9, 'EXTRACTED', 1, 0, 'test', $3) RETURNING id`,
        [articleId, text, normaliseClaimText(text)],
      )
    ).rows[0]!.id;
    const data = await editor.client.ok<{ similarClaims: { similarity: number; claim: { id: string } }[] }>(SIMILAR, { text: `${text} reportedly` });
    expect(data.similarClaims.map((m) => m.claim.id)).toContain(id);
    const metrics = `${stack.url}/metrics`;
    expect(await metric(metrics, 'claimcheck_match_searches_total', 'source="postgres"')).toBe(1);
    expect(await metric(metrics, 'claimcheck_match_searches_total', 'source="memory"')).toBe(0);
    expect(await metric(metrics, 'claimcheck_match_index_ready')).toBe(0);
    expect(await metric(metrics, 'claimcheck_match_index_claims')).toBe(0);
  });
});
