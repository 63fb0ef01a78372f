// W3 lab: the plans Postgres keeps for the review loop's named statements. After five runs of a
// prepared statement with parameters Postgres may keep a generic plan, blind to the values; each of
// the loop's statements must then still be a key lookup. This runs each of them once on a seeded
// stack's database with plan_cache_mode = force_generic_plan (so the statement is prepared with its
// generic plan), then prints `EXPLAIN EXECUTE` of it, and the same with the custom plan.
//   npx tsx bench/lab/w3-generic-plans.ts [claims=20000]
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { seedClaims } from '../lib/seed';

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 20000);
  const root = resolve(process.env['CLAIMCHECK_ROOT'] ?? join(__dirname, '..', '..'));
  const dist = (p: string): string => join(root, 'dist', p);
  const { Stack, ADMIN } = (await import(join(root, 'test', 'support', 'stack.ts'))) as typeof import('../../test/support/stack');
  const p = (await import(dist('libs/persistence/src/index.js'))) as typeof import('@app/persistence');
  const r = (await import(dist('apps/api/src/review/review-statements.js'))) as typeof import('../../apps/api/src/review/review-statements');
  const stack = new Stack();
  await stack.start({ worker: false });
  const ds: DataSource = p.createDataSource(stack.databaseUrl, 1);
  await ds.initialize();
  try {
    await seedClaims(stack.pg, n, 'QUEUED', 'plans');
    // A past of reviews as large as the claims: an ended assignment and a verdict for every other claim, by 50 reviewers.
    await stack.pg.query(`INSERT INTO users (email, name, password_hash, role) SELECT 'past' || i || '@plans.local', 'r', 'x', 'REVIEWER' FROM generate_series(1, 50) i`);
    await stack.pg.query(
      `INSERT INTO review_assignments (claim_id, reviewer_id, round, status, job_id, lock_token, taken_at, expires_at, ended_at)
       SELECT c.id, u.id, 1, 'SUBMITTED', 'past', gen_random_uuid()::text, now() - interval '1 day', now() - interval '1 day', now() - interval '1 day'
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS k FROM claims) c
         JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM users WHERE email LIKE 'past%') u ON u.k = c.k % 50
        WHERE c.k % 2 = 0`,
    );
    await stack.pg.query(`INSERT INTO verdicts (claim_id, assignment_id, reviewer_id, round, rating, rationale) SELECT claim_id, id, reviewer_id, 1, 'TRUE', 'past' FROM review_assignments`);
    await stack.pg.query('ANALYZE');
    const reviewerId = (await stack.pg.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [ADMIN.email])).rows[0]!.id;
    const claims = new p.ClaimRepository(new p.OutboxRepository(), new p.WebhookOutboxRepository(new p.OutboxRepository()));
    const plans = async (em: EntityManager, name: string, args: string): Promise<void> => {
      for (const mode of ['force_generic_plan', 'force_custom_plan']) {
        await em.query(`SET LOCAL plan_cache_mode = ${mode}`);
        const plan = (await em.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN EXECUTE ${name}(${args})`)).map((l) => l['QUERY PLAN']).join('\n');
        process.stdout.write(`--- ${name}, ${mode}\n${plan}\n`);
      }
    };
    const lit = (v: unknown): string => (v instanceof Date ? `'${v.toISOString()}'` : typeof v === 'number' ? String(v) : `'${String(v)}'`);
    await ds.transaction(async (em) => {
      await em.query('SET LOCAL plan_cache_mode = force_generic_plan');
      const now = new Date();
      const later = new Date(now.getTime() + 60_000);
      await r.renewHeldLease(em, reviewerId, now, later);
      await plans(em, 'cc_review_renew', [reviewerId, now, later].map(lit).join(', '));
      await r.lockReviewerTakes(em, reviewerId);
      await plans(em, 'cc_review_take_lock', `1, ${lit(reviewerId)}`);
      const claim = (await stack.pg.query<{ id: string; queue_seq: number }>(`SELECT id, queue_seq FROM claims WHERE status = 'QUEUED' LIMIT 1`)).rows[0]!;
      const take = [claim.id, claim.queue_seq, reviewerId, 'job-1', randomUUID(), now, later];
      const taken = await r.takeClaim(em, { claimId: claim.id, seq: claim.queue_seq }, { reviewerId, jobId: 'job-1', lockToken: String(take[4]), takenAt: now, expiresAt: later });
      await plans(em, 'cc_review_take', take.map(lit).join(', '));
      await claims.move(em, taken!.claim, 'take', { actorId: reviewerId });
      // Its arrays as literals: the statement's casts give them their types.
      await plans(em, 'cc_claim_move', `'{${claim.id}}', '{IN_REVIEW}', '{1}', '{1}', '{2}', '{TAKE}', '{QUEUED}', '{${reviewerId}}', '{NULL}', 'channel', '{}'`);
      const id = taken!.assignment!.id;
      await r.lockAssignmentWithClaim(em, id);
      await plans(em, 'cc_review_lock', lit(id));
      const v = { claimId: claim.id, assignmentId: id, reviewerId, round: 1, rating: 'TRUE' as never, rationale: 'x', sources: [{ url: 'https://example.org', title: null, publisher: null, excerpt: null }], endedAt: now };
      await r.insertVerdictOnce(em, v);
      await plans(em, 'cc_review_verdict', `${lit(claim.id)}, ${lit(id)}, ${lit(reviewerId)}, 1, 'TRUE', 'x', '{0}', '{https://example.org}', '{NULL}', '{NULL}', '{NULL}', 'SUBMITTED', ${lit(now)}`);
      throw new Error('rollback');
    }).catch((e: Error) => {
      if (e.message !== 'rollback') throw e;
    });
    // As the api runs them (plan_cache_mode auto): does Postgres keep the generic plan, or plan each run?
    await ds.transaction(async (em) => {
      const ids = (await stack.pg.query<{ id: string; queue_seq: number }>(`SELECT id, queue_seq FROM claims WHERE status = 'QUEUED' ORDER BY id LIMIT 12`)).rows;
      for (const c of ids) {
        const now = new Date();
        const later = new Date(now.getTime() + 60_000);
        await r.renewHeldLease(em, reviewerId, now, later);
        await r.lockReviewerTakes(em, reviewerId);
        // A reviewer per claim: one holding a lease is given nothing more.
        const who = (await em.query<{ id: string }[]>(`INSERT INTO users (email, name, password_hash, role) VALUES ($1, 'r', 'x', 'REVIEWER') RETURNING id`, [`${c.id}@plans.local`]))[0]!.id;
        const taken = await r.takeClaim(em, { claimId: c.id, seq: c.queue_seq }, { reviewerId: who, jobId: 'job', lockToken: randomUUID(), takenAt: now, expiresAt: later });
        await claims.move(em, taken!.claim, 'take', { actorId: who });
        await r.lockAssignmentWithClaim(em, taken!.assignment!.id);
        await r.insertVerdictOnce(em, { claimId: c.id, assignmentId: taken!.assignment!.id, reviewerId: who, round: 1, rating: 'TRUE' as never, rationale: 'x', sources: [], endedAt: now });
      }
      const kept = await em.query<{ name: string; generic_plans: number; custom_plans: number }[]>(`SELECT name, generic_plans, custom_plans FROM pg_prepared_statements ORDER BY name`);
      for (const k of kept) process.stdout.write(`${k.name}: ${k.generic_plans} generic, ${k.custom_plans} custom plans in ${ids.length} runs\n`);
      throw new Error('rollback');
    }).catch((e: Error) => {
      if (e.message !== 'rollback') throw e;
    });
  } finally {
    await ds.destroy();
    await stack.stop();
  }
}

void main();
