import bcrypt from 'bcryptjs';
import { Q } from '../support/factories';
import type { GqlClient } from '../support/gql-client';
import { eventually, sleep, Stack } from '../support/stack';
import { invariantViolations, queuedClaimsMissingFromQueue, seedQueuedClaims } from './support/checks';
import { PgServer, RedisServer } from './support/servers';

// The numbers; FAULT_REVIEWERS / FAULT_CLAIMS shrink them for a quick local run.
const REVIEWERS = Number(process.env['FAULT_REVIEWERS'] ?? 200);
const CLAIMS = Number(process.env['FAULT_CLAIMS'] ?? 2000);
const STALL_MS = 60_000;

/**
 * 200 reviewers hammer takeNextClaim / submitVerdict over 2,000 claims, half
 * of which need two reviews: no claim is ever held by two reviewers at once,
 * and each ends with exactly the reviews it requires, each by a different reviewer.
 */
describe('fault: 200 concurrent reviewer loops over 2,000 claims', () => {
  let pg: PgServer;
  let redis: RedisServer;
  const stack = new Stack();
  const clients: GqlClient[] = [];

  beforeAll(async () => {
    [pg, redis] = await Promise.all([new PgServer().init(), RedisServer.start()]);
    await stack.start({ pgBaseUrl: pg.baseUrl, redisUrl: redis.url, worker: false });
    await seedQueuedClaims(stack.pg, CLAIMS / 2, { requiredReviews: 1 });
    await seedQueuedClaims(stack.pg, CLAIMS / 2, { requiredReviews: 2 });
    // Setup, not the thing under test: reviewers are inserted directly, then sign in through the API.
    const hash = await bcrypt.hash('reviewer-password', 4);
    await stack.pg.query(
      `INSERT INTO users (email, name, password_hash, role) SELECT 'loop' || g || '@test.local', 'Loop ' || g, $1, 'REVIEWER' FROM generate_series(1, $2) g`,
      [hash, REVIEWERS],
    );
    stack.worker = stack.spawn('worker', 'apps/worker/src/main.js');
    for (let i = 1; i <= REVIEWERS; i += 20) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(20, REVIEWERS - i + 1) }, (_, k) => stack.gql().ok<{ login: { token: string } }>(Q.login, { email: `loop${i + k}@test.local`, password: 'reviewer-password' })),
      );
      clients.push(...batch.map((b) => stack.gql(b.login.token)));
    }
    await eventually(async () => (await queuedClaimsMissingFromQueue(stack)).length === 0, 60000, 'the seeded claims to be enqueued');
  });
  afterAll(async () => {
    await stack.stop();
    await Promise.all([pg?.destroy(), redis?.destroy()]);
  });

  it('never hands a claim to two reviewers at once; every claim gets exactly the reviews it requires', async () => {
    // No fixed deadline: on a busy 2-core machine 5,000+ GraphQL writes take minutes, and timing is for the
    // benchmarks. The run ends when every claim is reviewed, or fails when reviews stop coming for a minute (a stall).
    const held = new Map<string, number>();
    const doubles: string[] = [];
    const codes = new Map<string, number>();
    let reviews = 0;
    let done = false;
    let lastProgress = Date.now();
    let lastReviews = 0;
    const count = (code: string | undefined): void => void codes.set(code ?? 'none', (codes.get(code ?? 'none') ?? 0) + 1);

    const monitor = (async () => {
      while (!done && Date.now() - lastProgress < STALL_MS) {
        await sleep(500);
        if (reviews > lastReviews) [lastReviews, lastProgress] = [reviews, Date.now()];
        done = (await stack.count('claims', `status <> 'REVIEWED'`)) === 0;
      }
      done = true;
    })();

    const loop = async (me: number, client: GqlClient): Promise<void> => {
      while (!done) {
        const t = await client.raw<{ takeNextClaim: { id: string; claim: { id: string } } | null }>(`mutation { takeNextClaim { id claim { id } } }`);
        if (t.errors?.length) count(t.errors[0]?.extensions?.code);
        const a = t.data?.takeNextClaim;
        if (!a) {
          // Nothing for this reviewer right now (or the api is saturated): back off like a person would.
          await sleep(200 + Math.random() * 300);
          continue;
        }
        const other = held.get(a.claim.id);
        if (other !== undefined) doubles.push(`${a.claim.id} held by ${other} and ${me}`);
        held.set(a.claim.id, me);
        // "Reviewing": while this loop holds the claim, no other loop may be handed it.
        await sleep(Math.random() * 20);
        // Let go before submitting: once the verdict commits the claim may rightly go to someone else.
        held.delete(a.claim.id);
        for (let attempt = 0; ; attempt++) {
          const v = await client.raw(Q.submitVerdict, { input: { assignmentId: a.id, rating: 'TRUE', rationale: 'Checked.', sources: [{ url: 'https://example.org/record' }] } });
          if (!v.errors?.length) {
            reviews++;
            break;
          }
          count(v.errors[0]?.extensions?.code);
          // Overload may surface as SERVICE_UNAVAILABLE: a client retries the same lease.
          if (v.errors[0]?.extensions?.code !== 'SERVICE_UNAVAILABLE' || attempt > 20) break;
          await sleep(200);
        }
      }
    };

    const started = Date.now();
    await Promise.all(clients.map((c, i) => loop(i, c)));
    await monitor;
    const seconds = (Date.now() - started) / 1000;
    console.log(`${reviews} reviews by ${REVIEWERS} loops in ${seconds.toFixed(1)} s; errors: ${JSON.stringify(Object.fromEntries(codes))}`);

    expect(doubles).toEqual([]);
    expect(codes.get('INTERNAL_SERVER_ERROR') ?? 0).toBe(0);
    expect(await stack.count('claims', `status <> 'REVIEWED'`)).toBe(0);
    expect(reviews).toBe(CLAIMS / 2 + 2 * (CLAIMS / 2));
    expect(await stack.count('verdicts')).toBe(reviews);
    const wrong = await stack.pg.query(`SELECT c.id FROM claims c WHERE (SELECT count(*) FROM verdicts v WHERE v.claim_id = c.id) <> c.required_reviews LIMIT 5`);
    expect(wrong.rows).toEqual([]);
    const twiceBySame = await stack.pg.query(`SELECT claim_id FROM verdicts GROUP BY claim_id, reviewer_id HAVING count(*) > 1 LIMIT 5`);
    expect(twiceBySame.rows).toEqual([]);
    expect(await invariantViolations(stack.pg)).toEqual([]);
  }, 30 * 60 * 1000);
});
