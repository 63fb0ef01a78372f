import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { badInput, ClaimStatus, conflict, MAX_BOOST, MAX_REQUIRED_REVIEWS, MIN_BOOST, type Rating } from '@app/domain';
import { claimReviewUrl, publishedUrl } from '@app/integrations';
import { ClaimEntity, ClaimRepository, decideIfEnough, FinalVerdictEntity, PublishedVerdictEntity, VerdictEntity } from '@app/persistence';
import { DisputeQueueClient, jobIdOf, ReviewQueueClient } from '@app/queue';

export interface ResolveDisputeCommand {
  claimId: string;
  rating: Rating;
  rationale: string;
  verdictId?: string | null;
  version?: number | null;
}

// Transaction-level advisory lock that puts publications and withdrawals in commit order (see publish).
const PUBLICATION_ORDER_LOCK = 0x70756273; // 'pubs'

// Before a decision the requirement may change; after it, more reviews mean reopening.
const UNDECIDED: readonly ClaimStatus[] = [ClaimStatus.EXTRACTED, ClaimStatus.QUEUED, ClaimStatus.IN_REVIEW, ClaimStatus.DISMISSED];

/**
 * Editors' decisions on a claim: how many reviews it needs, resolving a
 * dispute, publishing, withdrawing, reopening, and its place in the queue.
 * Each is one transaction under the claim's row lock; each accepts the
 * `version` the editor saw and refuses a stale one with CONFLICT.
 */
@Injectable()
export class EditorialService {
  private readonly logger = new Logger(EditorialService.name);

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(ClaimRepository) private readonly claims: ClaimRepository,
    @Inject(ReviewQueueClient) private readonly reviewQueue: ReviewQueueClient,
    @Inject(DisputeQueueClient) private readonly disputes: DisputeQueueClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sets the number of independent verdicts; lowering it to the verdicts already in decides the claim now. */
  setRequiredReviews(claimId: string, count: number, version: number | null | undefined, actorId: string): Promise<ClaimEntity> {
    if (!Number.isInteger(count) || count < 1 || count > MAX_REQUIRED_REVIEWS) throw badInput(`count must be between 1 and ${MAX_REQUIRED_REVIEWS}`, { count });
    return this.ds.transaction(async (em) => {
      const claim = await this.claims.lock(em, claimId, version);
      if (!UNDECIDED.includes(claim.status)) throw conflict(`The claim is already ${claim.status}; reopen it to ask for more reviews`, { status: claim.status });
      const before = claim.requiredReviews;
      await this.claims.update(em, claim, { requiredReviews: count });
      await this.claims.record(em, claim, { actorId, type: 'REQUIRED_REVIEWS_SET', data: { from: before, to: count } });
      // A held claim is decided when it is given back (releaseClaim).
      await decideIfEnough(em, this.claims, claim, actorId);
      return claim;
    });
  }

  /** An editor's final verdict on a disputed claim; it may take over one reviewer's verdict. */
  async resolveDispute(cmd: ResolveDisputeCommand, actorId: string): Promise<ClaimEntity> {
    const claim = await this.ds.transaction(async (em) => {
      const claim = await this.claims.lock(em, cmd.claimId, cmd.version);
      if (claim.status !== ClaimStatus.DISPUTED) throw conflict(`Only a disputed claim can be resolved; this one is ${claim.status}`, { status: claim.status });
      let verdictId: string | null = null;
      if (cmd.verdictId) {
        const picked = await em.findOne(VerdictEntity, { where: { id: cmd.verdictId, claimId: claim.id, round: claim.reviewRound } });
        if (!picked) throw badInput('verdictId must name one of the verdicts in dispute on this claim', { verdictId: cmd.verdictId });
        if (picked.rating !== cmd.rating) throw badInput(`The picked verdict rates the claim ${picked.rating}, not ${cmd.rating}`);
        verdictId = picked.id;
      }
      await em.insert(FinalVerdictEntity, { claimId: claim.id, round: claim.reviewRound, rating: cmd.rating, rationale: cmd.rationale.trim(), kind: 'EDITOR', decidedBy: actorId, verdictId });
      await this.claims.move(em, claim, 'resolve', { actorId, data: { rating: cmd.rating, verdictId, round: claim.reviewRound } });
      return claim;
    });
    await this.dropDisputeJob(claim.id, claim.reviewRound);
    return claim;
  }

  /** Publishes the claim's final verdict as the next published version. */
  publish(claimId: string, version: number | null | undefined, actorId: string): Promise<ClaimEntity> {
    return this.ds.transaction(async (em) => {
      const claim = await this.claims.lock(em, claimId, version);
      if (claim.status !== ClaimStatus.REVIEWED) throw conflict(`Only a reviewed claim (agreed, or a resolved dispute) can be published; this one is ${claim.status}`, { status: claim.status });
      const final = await em.findOne(FinalVerdictEntity, { where: { claimId: claim.id, round: claim.reviewRound } });
      if (!final) throw conflict('The claim has no final verdict to publish');
      const last = await em.findOne(PublishedVerdictEntity, { where: { claimId: claim.id }, order: { version: 'DESC' } });
      const next = (last?.version ?? 0) + 1;
      // Feed readers poll with since = the newest publication time they saw (docs/integrations.md), so those
      // times must follow commit order: now() (the transaction's start) let a publication that committed last
      // carry a time before one a reader had already seen, and it was never returned to that reader.
      // Publications wait here for the one before to commit, then take the clock's time.
      await em.query(`SELECT pg_advisory_xact_lock($1)`, [PUBLICATION_ORDER_LOCK]);
      // Kept on the row: the withdrawal must name this URL even if the template changes meanwhile.
      const url = claimReviewUrl(this.config.organization, claim.id);
      await em.insert(PublishedVerdictEntity, {
        claimId: claim.id,
        version: next,
        finalVerdictId: final.id,
        rating: final.rating,
        rationale: final.rationale,
        publishedBy: actorId,
        publishedAt: () => 'clock_timestamp()',
        url,
      });
      await this.claims.move(em, claim, 'publish', { actorId, data: { publishedVersion: next, rating: final.rating, claimReviewUrl: url } });
      return claim;
    });
  }

  /** Withdraws the live publication; the claim is REVIEWED again and can be republished. */
  unpublish(claimId: string, version: number | null | undefined, actorId: string): Promise<ClaimEntity> {
    return this.ds.transaction(async (em) => {
      const claim = await this.claims.lock(em, claimId, version);
      if (claim.status !== ClaimStatus.PUBLISHED) throw conflict(`Only a published claim can be unpublished; this one is ${claim.status}`, { status: claim.status });
      const withdrawn = await this.withdraw(em, claim.id, actorId);
      await this.claims.move(em, claim, 'unpublish', { actorId, data: withdrawn });
      return claim;
    });
  }

  /** Sends a decided claim back for a new round of reviews; verdicts, decisions and publications stay in the history. */
  async reopen(claimId: string, version: number | null | undefined, actorId: string): Promise<ClaimEntity> {
    let disputedRound: number | null = null;
    const claim = await this.ds.transaction(async (em) => {
      const claim = await this.claims.lock(em, claimId, version);
      const from = claim.status;
      if (from === ClaimStatus.DISPUTED) disputedRound = claim.reviewRound;
      const withdrawn = from === ClaimStatus.PUBLISHED ? await this.withdraw(em, claim.id, actorId) : null;
      await this.claims.move(em, claim, 'reopen', { actorId, data: { previousRound: claim.reviewRound, ...withdrawn } });
      return claim;
    });
    if (disputedRound !== null) await this.dropDisputeJob(claim.id, disputedRound);
    return claim;
  }

  /** An editor's boost (points on the 0–100 priority scale); a waiting claim moves in the queue at once. */
  async boost(claimId: string, boost: number, version: number | null | undefined, actorId: string): Promise<ClaimEntity> {
    if (!Number.isInteger(boost) || boost < MIN_BOOST || boost > MAX_BOOST) throw badInput(`boost must be between ${MIN_BOOST} and ${MAX_BOOST}`, { boost });
    return this.reorder(claimId, version, actorId, { boost }, 'BOOSTED');
  }

  /** Pinned claims are served before every other. */
  async pin(claimId: string, pinned: boolean, version: number | null | undefined, actorId: string): Promise<ClaimEntity> {
    return this.reorder(claimId, version, actorId, { pinned }, pinned ? 'PINNED' : 'UNPINNED');
  }

  private async reorder(claimId: string, version: number | null | undefined, actorId: string, patch: { boost?: number; pinned?: boolean }, type: string): Promise<ClaimEntity> {
    const { claim, replaced } = await this.ds.transaction(async (em) => {
      const claim = await this.claims.lock(em, claimId, version);
      await this.claims.update(em, claim, patch);
      const replaced = await this.claims.reprioritise(em, claim, { actorId, type, data: patch });
      return { claim, replaced };
    });
    // The new job is on its way through the outbox; the old one would only be dropped as stale when fetched.
    if (replaced) await this.reviewQueue.remove(replaced).catch((e: unknown) => this.logger.debug(`Old job ${replaced} not removed: ${String(e)}`));
    return claim;
  }

  /**
   * Withdraws the claim's live publication; what the claim.unpublished webhook
   * (emitted by the move that follows) tells receivers to remove: the version,
   * the URL they were given, and when. Nothing when there was none live.
   */
  private async withdraw(em: EntityManager, claimId: string, actorId: string): Promise<{ publishedVersion: number; claimReviewUrl: string; withdrawnAt: string } | Record<string, never>> {
    // Withdrawal pollers ask since= the newest withdrawnAt they saw: the same commit-order clock as publish.
    await em.query(`SELECT pg_advisory_xact_lock($1)`, [PUBLICATION_ORDER_LOCK]);
    // TypeORM answers an UPDATE with [rows, count].
    const [rows] = await em.query<[{ version: number; url: string | null; withdrawn_at: Date }[], number]>(
      `UPDATE published_verdicts SET withdrawn_at = clock_timestamp(), withdrawn_by = $2 WHERE claim_id = $1 AND withdrawn_at IS NULL RETURNING version, url, withdrawn_at`,
      [claimId, actorId],
    );
    const live = rows[0];
    if (!live) return {};
    return { publishedVersion: live.version, claimReviewUrl: publishedUrl(this.config.organization, { claimId, url: live.url }), withdrawnAt: live.withdrawn_at.toISOString() };
  }

  private async dropDisputeJob(claimId: string, round: number): Promise<void> {
    const jobId = jobIdOf({ queue: 'dispute-review', name: 'resolve-dispute', data: { claimId, round } });
    await this.disputes.remove(jobId).catch((e: unknown) => this.logger.debug(`Dispute job ${jobId} not removed: ${String(e)}`));
  }
}
