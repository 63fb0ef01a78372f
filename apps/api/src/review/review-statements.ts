import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AssignmentStatus, ClaimStatus, type Rating } from '@app/domain';
import { ClaimEntity, hydrate, queryPrepared, ReviewAssignmentEntity, storedColumns, VerdictEntity } from '@app/persistence';

/*
 * The review loop's statements, written by hand and hydrated like the claim
 * repository's: each SQL statement is a round trip, and on bench W3 the api
 * spent more CPU on socket writes and TypeORM's query building than on
 * anything else. Each function is one statement, a named prepared one
 * (queryPrepared): Postgres parsed and planned each of them on every call,
 * more of its CPU than running them (docs/benchmarks.md, change 27). So each
 * names its result columns (never `*`, which a migration adding a column
 * would change under the prepared statement), and writes the statuses an
 * index's predicate names into its text: a generic plan cannot use the
 * partial index on `status = 'ACTIVE'` for `status = $n`.
 */

const ACTIVE = `'${AssignmentStatus.ACTIVE}'`;

/** Each entity's stored columns as `alias.column AS "prefix column"`, built once: the texts must not change. */
const selectLists = new Map<string, string>();
function selectList(em: EntityManager, entity: EntityTarget<ObjectLiteral>, alias: string, prefix = ''): string {
  const meta = em.connection.getMetadata(entity);
  const key = `${meta.name} ${alias} ${prefix}`;
  let list = selectLists.get(key);
  if (list === undefined) {
    list = storedColumns(meta)
      .map((c) => `${alias}.${c.databaseName} AS "${prefix}${c.databaseName}"`)
      .join(', ');
    selectLists.set(key, list);
  }
  return list;
}

export type TakeOutcome = { claim: ClaimEntity; assignment: ReviewAssignmentEntity | null; heldId: string | null } | null;

/**
 * One statement: locks the claim (FOR NO KEY UPDATE, as ClaimRepository.lock)
 * and, if it is still QUEUED under the job's sequence and the reviewer had no
 * assignment in its current round (once per round, and never a claim they
 * skipped), records their ACTIVE assignment. Returns the claim as locked and
 * the assignment, null when refused; null when the claim is gone.
 * The status and sequence are checked on the row as locked (its latest
 * version, should the lock have waited), the earlier assignments in the
 * statement's snapshot, which may predate a take that committed while it
 * waited. That take cannot be missed: an assignment is only ever inserted
 * here, with the claim moved on to IN_REVIEW in the same transaction, and a
 * claim goes back to QUEUED only under a new sequence, so the claim would no
 * longer pass the sequence check.
 * A reviewer holds one claim at a time: nothing is recorded while they hold a
 * live lease, whose id is returned as `heldId`. The caller must hold
 * lockReviewerTakes, so that no take of theirs commits after this
 * statement's snapshot. Nothing is recorded for a deactivated reviewer
 * either: a take that waited on the lock behind their deactivation (which
 * holds it too) sees it here, so no lease outlives the account.
 */
export async function takeClaim(
  em: EntityManager,
  job: { claimId: string; seq: number },
  a: Pick<ReviewAssignmentEntity, 'reviewerId' | 'jobId' | 'lockToken' | 'takenAt' | 'expiresAt'>,
): Promise<TakeOutcome> {
  const rows = await queryPrepared<Record<string, unknown>>(
    em,
    `WITH c AS (
       SELECT * FROM claims WHERE id = $1 FOR NO KEY UPDATE
     ), h AS (
       SELECT id FROM review_assignments WHERE reviewer_id = $3 AND status = ${ACTIVE} AND expires_at > $6 LIMIT 1
     ), a AS (
       INSERT INTO review_assignments (claim_id, reviewer_id, round, status, job_id, lock_token, taken_at, expires_at)
       SELECT c.id, $3, c.review_round, ${ACTIVE}, $4, $5, $6, $7 FROM c
        WHERE c.status = '${ClaimStatus.QUEUED}' AND c.queue_seq = $2 AND NOT EXISTS (SELECT 1 FROM h)
          AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = $3 AND u.deactivated_at IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM review_assignments x WHERE x.claim_id = c.id AND x.reviewer_id = $3 AND x.round = c.review_round)
       RETURNING *
     )
     SELECT ${selectList(em, ClaimEntity, 'c', CLAIM)}, ${selectList(em, ReviewAssignmentEntity, 'a')}, (SELECT id FROM h) AS "${HELD}" FROM c LEFT JOIN a ON true`,
    [job.claimId, job.seq, a.reviewerId, a.jobId, a.lockToken, a.takenAt, a.expiresAt],
    'cc_review_take',
  );
  const row = rows[0];
  if (!row) return null;
  return {
    claim: hydrate(em.connection, ClaimEntity, [unprefix(row, CLAIM)])[0]!,
    assignment: row['id'] === null ? null : hydrate(em.connection, ReviewAssignmentEntity, [row])[0]!,
    heldId: (row[HELD] as string | null) ?? null,
  };
}

const CLAIM = 'claim.';
const HELD = 'held.id';

// Key space of the per-reviewer take lock (two-int form, apart from the one-bigint locks elsewhere).
const REVIEWER_TAKE_LOCK = 0x74616b65; // 'take'

/**
 * Serialises one reviewer's takes until the transaction ends, so that two
 * concurrent takeNextClaim calls by the same reviewer cannot both find no
 * lease and record one each. A lock, not a unique index: whether a lease is
 * live depends on the clock, and an expired one stays ACTIVE until swept.
 */
export async function lockReviewerTakes(em: EntityManager, reviewerId: string): Promise<void> {
  await queryPrepared(em, `SELECT pg_advisory_xact_lock($1, hashtext($2))`, [REVIEWER_TAKE_LOCK, reviewerId], 'cc_review_take_lock');
}

/**
 * One statement: renews the reviewer's live lease (their oldest, should an
 * earlier version have let them take several) to expire at `expiresAt`, and
 * returns it; null when they hold none. The row is locked by the update and
 * its status and expiry checked again on its latest version, so a lease that
 * is being submitted, skipped or expired meanwhile is not renewed.
 */
export async function renewHeldLease(em: EntityManager, reviewerId: string, now: Date, expiresAt: Date): Promise<ReviewAssignmentEntity | null> {
  const rows = await queryPrepared<Record<string, unknown>>(
    em,
    `UPDATE review_assignments a SET expires_at = $3
      WHERE id = (SELECT id FROM review_assignments WHERE reviewer_id = $1 AND status = ${ACTIVE} AND expires_at > $2 ORDER BY taken_at, id LIMIT 1)
        AND status = ${ACTIVE} AND expires_at > $2
      RETURNING ${selectList(em, ReviewAssignmentEntity, 'a')}`,
    [reviewerId, now, expiresAt],
    'cc_review_renew',
  );
  return hydrate(em.connection, ReviewAssignmentEntity, rows)[0] ?? null;
}

/** The columns of `row` named with `prefix`, without it. */
function unprefix(row: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}

const PREFIX = 'assignment.';

/**
 * Locks the assignment and its claim in one statement, in the order every
 * other path takes them (assignment, then claim: skip, submit and the lease
 * sweeper), with the modes they used: FOR UPDATE of the assignment, FOR NO
 * KEY UPDATE of the claim. Null when there is no such assignment.
 */
export async function lockAssignmentWithClaim(em: EntityManager, id: string): Promise<{ assignment: ReviewAssignmentEntity; claim: ClaimEntity } | null> {
  // The assignment's columns under a prefix, so the claim's keep their own names.
  const rows = await queryPrepared<Record<string, unknown>>(
    em,
    `SELECT ${selectList(em, ReviewAssignmentEntity, 'a', PREFIX)}, ${selectList(em, ClaimEntity, 'c')} FROM review_assignments a JOIN claims c ON c.id = a.claim_id WHERE a.id = $1 FOR UPDATE OF a FOR NO KEY UPDATE OF c`,
    [id],
    'cc_review_lock',
  );
  const row = rows[0];
  if (!row) return null;
  return { assignment: hydrate(em.connection, ReviewAssignmentEntity, [unprefix(row, PREFIX)])[0]!, claim: hydrate(em.connection, ClaimEntity, [row])[0]! };
}

export interface NewVerdict {
  claimId: string;
  assignmentId: string;
  reviewerId: string;
  round: number;
  rating: Rating;
  rationale: string;
  sources: readonly { url: string; title: string | null; publisher: string | null; excerpt: string | null }[];
  endedAt: Date;
}

/**
 * One statement: reads the round's verdicts so far and, unless the reviewer
 * is among them, inserts the verdict, its sources in order, and marks the
 * assignment SUBMITTED. Returns the new verdict (null when the reviewer had
 * already given one: nothing was written) and the earlier ones. The claim
 * must be locked by an earlier statement: this one's snapshot, taken after,
 * then holds every verdict of the round, and no other can join before commit.
 */
export async function insertVerdictOnce(em: EntityManager, v: NewVerdict): Promise<{ verdict: VerdictEntity | null; earlier: VerdictEntity[] }> {
  const rows = await queryPrepared<Record<string, unknown> & { is_new: boolean }>(
    em,
    `WITH earlier AS (
       SELECT * FROM verdicts WHERE claim_id = $1 AND round = $4
     ), v AS (
       INSERT INTO verdicts (claim_id, assignment_id, reviewer_id, round, rating, rationale)
       SELECT $1, $2, $3, $4, $5, $6 WHERE NOT EXISTS (SELECT 1 FROM earlier WHERE reviewer_id = $3)
       RETURNING *
     ), s AS (
       INSERT INTO sources (verdict_id, position, url, title, publisher, excerpt)
       SELECT v.id, t.position, t.url, t.title, t.publisher, t.excerpt
         FROM v, unnest($7::int[], $8::text[], $9::text[], $10::text[], $11::text[]) AS t(position, url, title, publisher, excerpt)
     ), ended AS (
       UPDATE review_assignments SET status = $12, ended_at = $13 WHERE id = $2 AND EXISTS (SELECT 1 FROM v)
     )
     SELECT true AS is_new, ${selectList(em, VerdictEntity, 'v')} FROM v UNION ALL SELECT false AS is_new, ${selectList(em, VerdictEntity, 'earlier')} FROM earlier`,
    [
      v.claimId,
      v.assignmentId,
      v.reviewerId,
      v.round,
      v.rating,
      v.rationale,
      v.sources.map((_, position) => position),
      v.sources.map((s) => s.url),
      v.sources.map((s) => s.title),
      v.sources.map((s) => s.publisher),
      v.sources.map((s) => s.excerpt),
      AssignmentStatus.SUBMITTED,
      v.endedAt,
    ],
    'cc_review_verdict',
  );
  const verdicts = hydrate(em.connection, VerdictEntity, rows);
  const i = rows.findIndex((r) => r.is_new);
  return { verdict: i < 0 ? null : verdicts[i]!, earlier: verdicts.filter((_, j) => j !== i) };
}
