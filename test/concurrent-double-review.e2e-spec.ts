import { submitAndExtract, userWithRole, type TestUser } from './support/factories';
import { Stack, sleep } from './support/stack';
import { outboxDrained, submit, take, W } from './support/workflow';

const CLAIMS = 200;
const REVIEWERS = 20;

const SUBJECTS = ['unemployment rate', 'inflation rate', 'defence budget', 'average rent', 'hospital waiting list', 'school budget', 'police headcount', 'fuel price', 'export volume', 'housing stock'];
const PLACES = ['Vilnius', 'Kaunas', 'Klaipeda', 'Siauliai', 'Panevezys', 'Alytus', 'Marijampole', 'Utena', 'Telsiai', 'Taurage'];
const SPEAKERS = ['the ministry said', 'the statistics office reported', 'the mayor claimed', 'the opposition said', 'officials stated'];

/** A synthetic news article of many distinct, figure-bearing (check-worthy) sentences. */
function syntheticArticle(n: number, offset: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = offset + i;
    const subject = SUBJECTS[k % SUBJECTS.length]!;
    const place = PLACES[Math.floor(k / SUBJECTS.length) % PLACES.length]!;
    const speaker = SPEAKERS[k % SPEAKERS.length]!;
    lines.push(`The ${subject} in ${place} rose by ${(k % 97) + 3}.${k % 10} percent to ${1000 + k * 37} in ${1990 + (k % 35)}, ${speaker}.`);
  }
  return lines.join(' ');
}

describe('20 reviewers pulling concurrently from 200 claims that need 2 reviews each', () => {
  const stack = new Stack();
  let editor: TestUser;
  let reviewers: TestUser[];
  let claimIds: string[];

  beforeAll(async () => {
    await stack.start({ env: { REQUIRED_REVIEWS: '2' } });
    editor = await userWithRole(stack, 'EDITOR');
    reviewers = [];
    for (let i = 0; i < REVIEWERS; i++) reviewers.push(await userWithRole(stack, 'REVIEWER'));
    for (let a = 0; a < 5; a++) {
      await submitAndExtract(editor.client, { title: `Regional figures ${a}`, body: syntheticArticle(50, a * 50) }, stack);
    }
    // Exactly CLAIMS claims waiting: queue more by hand, or dismiss the surplus.
    const queued = (await stack.pg.query<{ id: string }>(`SELECT id FROM claims WHERE status = 'QUEUED' ORDER BY id`)).rows.map((r) => r.id);
    const extracted = (await stack.pg.query<{ id: string }>(`SELECT id FROM claims WHERE status = 'EXTRACTED' AND canonical_id IS NULL ORDER BY id`)).rows.map((r) => r.id);
    for (const id of extracted.slice(0, Math.max(0, CLAIMS - queued.length))) await editor.client.ok(W.queueClaim, { id });
    for (const id of queued.slice(CLAIMS)) await editor.client.ok(`mutation($id: ID!) { dismissClaim(id: $id) { id } }`, { id });
    await outboxDrained(stack);
    claimIds = (await stack.pg.query<{ id: string }>(`SELECT id FROM claims WHERE status = 'QUEUED'`)).rows.map((r) => r.id);
  }, 300_000);
  afterAll(async () => {
    await stack.stop();
  });

  it('every claim gets exactly 2 verdicts from 2 different reviewers; no review slot is handed out twice', async () => {
    expect(claimIds).toHaveLength(CLAIMS);
    const open = () => stack.count('claims', `status IN ('QUEUED', 'IN_REVIEW')`);
    const deadline = Date.now() + 240_000;
    const work = async (r: TestUser): Promise<number> => {
      let done = 0;
      while (Date.now() < deadline) {
        const t = await take(r.client);
        if (t) {
          await submit(r.client, t.id, 'MOSTLY_TRUE');
          done++;
        } else if ((await open()) === 0) {
          return done;
        } else {
          await sleep(50 + Math.floor(Math.random() * 100));
        }
      }
      return done;
    };
    const counts = await Promise.all(reviewers.map(work));
    expect(counts.reduce((s, n) => s + n, 0)).toBe(CLAIMS * 2);

    const perClaim = await stack.pg.query<{ claim_id: string; verdicts: number; reviewers: number }>(
      `SELECT c.id AS claim_id, count(v.id)::int AS verdicts, count(DISTINCT v.reviewer_id)::int AS reviewers
         FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id WHERE c.id = ANY($1) GROUP BY c.id`,
      [claimIds],
    );
    expect(perClaim.rows).toHaveLength(CLAIMS);
    expect(perClaim.rows.filter((r) => r.verdicts !== 2 || r.reviewers !== 2)).toEqual([]);
    expect(await stack.count('claims', `id = ANY($1) AND status = 'REVIEWED'`, [claimIds])).toBe(CLAIMS);
    expect(await stack.count('final_verdicts', `claim_id = ANY($1) AND kind = 'CONSENSUS'`, [claimIds])).toBe(CLAIMS);
    // No two leases on one claim ever overlapped, and every lease that became a verdict was its reviewer's only one on that claim.
    expect(
      await stack.count(
        'review_assignments a1 JOIN review_assignments a2 ON a1.claim_id = a2.claim_id AND a1.id < a2.id',
        `a1.taken_at < coalesce(a2.ended_at, now()) AND a2.taken_at < coalesce(a1.ended_at, now())`,
      ),
    ).toBe(0);
    expect(await stack.count('(SELECT claim_id, reviewer_id FROM review_assignments GROUP BY claim_id, reviewer_id, round HAVING count(*) > 1) d')).toBe(0);

    // Everyone worked; the stats see every verdict and full agreement with the final verdicts.
    const { reviewerStats } = await editor.client.ok<{ reviewerStats: { verdicts: number; agreementWithFinal: number | null; medianSecondsToVerdict: number | null }[] }>(
      `query { reviewerStats { verdicts agreementWithFinal medianSecondsToVerdict } }`,
    );
    expect(reviewerStats.reduce((s, r) => s + r.verdicts, 0)).toBe(CLAIMS * 2);
    expect(reviewerStats.every((r) => r.agreementWithFinal === 1 && (r.medianSecondsToVerdict ?? -1) >= 0)).toBe(true);
  }, 300_000);
});
