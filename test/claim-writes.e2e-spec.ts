import { Queue } from 'bullmq';
import { QueueName } from '@app/queue';
import { adminClient, QW, REFERENCE_ARTICLE, submitAndExtract, userWithRole, type ArticleView } from './support/factories';
import { SEARCHABLE_CLAIM_SQL } from '../libs/persistence/src/repositories/claim-match.repository';
import { Stack } from './support/stack';
import { WebhookReceiver } from './support/webhook-receiver';

// A check-worthy sentence the reference article does not have.
const ADDED = 'The harbour handled 12,000 containers in March, the port authority said.';

interface ClaimRow {
  id: string;
  status: string;
  queue_seq: number;
  version: number;
  review_round: number;
  checkworthiness: number;
  canonical_id: string | null;
  /** The transaction and the command within it that wrote this row version. */
  written_by: string;
}
interface EventRow {
  id: string;
  claim_id: string;
  type: string;
  from_status: string | null;
  to_status: string;
  actor_id: string | null;
  data: Record<string, unknown> | null;
  written_by: string;
}

/**
 * What storing an article's new claims costs Postgres: each claim is written once. A claim stored and then
 * moved in the same transaction (queued, linked) left a second row version in every index of claims, the
 * full-text GIN and the trigram GiST included, and a dead row; the history, webhooks and jobs stay those of
 * an insert followed by the move. And a claim no search returns (a linked appearance) has no full-text entry.
 */
describe('claim writes: a new claim is written once, in its final state', () => {
  const stack = new Stack();
  let receiver: WebhookReceiver;
  let queue: Queue;
  let article: ArticleView;

  beforeAll(async () => {
    await stack.start({ env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
    queue = new Queue(QueueName.ClaimReview, { connection: stack.redis, prefix: `{${stack.queuePrefix}}` });
    receiver = await new WebhookReceiver().start();
    const admin = await adminClient(stack);
    await admin.ok(QW.createWebhook, { input: { url: receiver.url, events: ['claim.queued'] } });
    const editor = await userWithRole(stack, 'EDITOR');
    article = await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE, url: 'https://example.org/claim-writes' }, stack);
  });
  afterAll(async () => {
    await queue?.close();
    await receiver?.stop();
    await stack.stop();
  });

  const written = async (articleId: string): Promise<{ claims: ClaimRow[]; events: EventRow[] }> => {
    const claims = (
      await stack.pg.query<ClaimRow>(
        `SELECT id, status, queue_seq, version, review_round, checkworthiness, canonical_id, xmin::text || '/' || cmin::text AS written_by FROM claims WHERE article_id = $1 ORDER BY span_start`,
        [articleId],
      )
    ).rows;
    const events = (
      await stack.pg.query<EventRow>(
        `SELECT e.id, e.claim_id, e.type, e.from_status, e.to_status, e.actor_id, e.data, e.xmin::text || '/' || e.cmin::text AS written_by
           FROM claim_events e JOIN claims c ON c.id = e.claim_id WHERE c.article_id = $1 ORDER BY e.id`,
        [articleId],
      )
    ).rows;
    return { claims, events };
  };

  /** The rows insert-then-move left, each claim's row written once: by the command that wrote its EXTRACTED event. */
  const expectWrittenOnce = ({ claims, events }: { claims: ClaimRow[]; events: EventRow[] }): void => {
    // One statement writes the claim and its EXTRACTED event: an UPDATE later in the transaction has the same xmin, but a later command id.
    for (const c of claims) {
      const extracted = events.find((e) => e.claim_id === c.id && e.type === 'EXTRACTED');
      expect([c.id, c.written_by]).toEqual([c.id, extracted?.written_by]);
    }
    for (const c of claims.filter((x) => x.status === 'QUEUED')) {
      expect(c).toMatchObject({ queue_seq: 1, version: 2, review_round: 1, canonical_id: null });
      expect(events.filter((e) => e.claim_id === c.id).map((e) => [e.type, e.from_status, e.to_status, e.actor_id, e.data])).toEqual([
        ['EXTRACTED', null, 'EXTRACTED', null, { modelVersion: expect.any(String) }],
        ['QUEUED_BY_SCORE', 'EXTRACTED', 'QUEUED', null, { checkworthiness: c.checkworthiness }],
      ]);
    }
    for (const c of claims.filter((x) => x.status !== 'QUEUED')) expect(c).toMatchObject({ status: 'EXTRACTED', queue_seq: 0, version: c.canonical_id ? 2 : 1 });
  };

  it('every new claim’s row is the one its insert wrote (no update for the queue move), in the state insert-then-queue left', async () => {
    const rows = await written(article.id);
    const queued = rows.claims.filter((c) => c.status === 'QUEUED');
    expect(queued.length).toBeGreaterThan(3);
    expectWrittenOnce(rows);
    // The history in the order an insert of all of them and then one queue move of the check-worthy ones wrote it.
    expect(rows.events.map((e) => [e.type, e.claim_id])).toEqual([...rows.claims.map((c) => ['EXTRACTED', c.id]), ...queued.map((c) => ['QUEUED_BY_SCORE', c.id])]);
  });

  it('each queued claim of the first article is announced (claim.queued) and has its review job, at queue sequence 1', async () => {
    const queued = article.claims.filter((c) => c.status === 'QUEUED');
    const hooks = (
      await stack.pg.query<{ data: { claim: { id: string; status: string }; transition: unknown; actorId: unknown; details: unknown } }>(
        `SELECT data FROM webhook_events WHERE type = 'claim.queued' AND data->'claim'->>'articleId' = $1`,
        [article.id],
      )
    ).rows;
    expect(hooks.map((h) => h.data.claim.id).sort()).toEqual(queued.map((c) => c.id).sort());
    for (const h of hooks) {
      const claim = queued.find((c) => c.id === h.data.claim.id)!;
      expect(h.data).toEqual({
        claim: { id: claim.id, articleId: article.id, text: claim.text, claimant: claim.claimant, checkworthiness: claim.checkworthiness, status: 'QUEUED' },
        transition: { action: 'queue', from: 'EXTRACTED', to: 'QUEUED' },
        actorId: null,
        details: { checkworthiness: claim.checkworthiness },
      });
    }
    for (const c of queued) expect([c.id, (await queue.getJob(`review.${c.id}.1`))?.data]).toEqual([c.id, { claimId: c.id, seq: 1 }]);
  });

  it('an article that repeats known claims and adds one: links and queue moves in the order they were written before', async () => {
    const editor = await userWithRole(stack, 'EDITOR');
    const again = await submitAndExtract(editor.client, { title: 'Reference, and more', body: `${REFERENCE_ARTICLE}\n\n${ADDED}`, url: 'https://example.org/claim-writes-2' }, stack);
    const rows = await written(again.id);
    const linked = rows.claims.filter((c) => c.canonical_id);
    const queued = rows.claims.filter((c) => c.status === 'QUEUED');
    expect(linked.length).toBeGreaterThan(3);
    expect(queued.length).toBeGreaterThan(0);
    expectWrittenOnce(rows);
    // All the EXTRACTED events (claims in article order), then the links (in the known claims' order), then the queue moves.
    expect(rows.events.map((e) => [e.type, e.claim_id])).toEqual([
      ...rows.claims.map((c) => ['EXTRACTED', c.id]),
      ...rows.events.filter((e) => e.type === 'LINKED').map((e) => ['LINKED', e.claim_id]),
      ...queued.map((c) => ['QUEUED_BY_SCORE', c.id]),
    ]);
    expect(rows.events.filter((e) => e.type === 'LINKED').map((e) => e.claim_id).sort()).toEqual(linked.map((c) => c.id).sort());
  });

  // Its one reader, the full-text branch of similarClaims, filters on SEARCHABLE_CLAIM_SQL: a linked appearance is never returned, so it needs no entry.
  it('the full-text index holds only the claims a search may return, and the full-text search can still read it', async () => {
    const { rows } = await stack.pg.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE tablename = 'claims' AND indexname = 'claims_normalized_text_fts_idx'`);
    expect(rows.map((r) => r.indexdef)).toEqual([
      `CREATE INDEX claims_normalized_text_fts_idx ON public.claims USING gin (to_tsvector('english'::regconfig, normalized_text)) WITH (fastupdate=off) WHERE ((canonical_id IS NULL) AND (status <> 'DISMISSED'::claim_status))`,
    ]);
    // The other partial indexes dropped (rolled back after) and sequential scans off: the planner reads the full-text
    // index if, and only if, the query's predicate implies the index's; without SEARCHABLE_CLAIM_SQL it cannot.
    const plan = async (where: string): Promise<string> => JSON.stringify((await stack.pg.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) SELECT c.id FROM claims c WHERE ${where}`)).rows[0]!['QUERY PLAN']);
    const fullText = `to_tsvector('english', c.normalized_text) @@ plainto_tsquery('english', 'harbour containers')`;
    await stack.pg.query('BEGIN');
    try {
      await stack.pg.query('DROP INDEX claims_canonical_text_trgm_idx, claims_canonical_text_hash_idx');
      await stack.pg.query('SET LOCAL enable_seqscan = off');
      expect(await plan(`${fullText} AND ${SEARCHABLE_CLAIM_SQL}`)).toContain('"Index Name":"claims_normalized_text_fts_idx"');
      expect(await plan(fullText)).not.toContain('claims_normalized_text_fts_idx');
    } finally {
      await stack.pg.query('ROLLBACK');
    }
  });
});
