import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ArticleStatus, ClaimStatus, normaliseClaimText, requiredReviewsFor } from '@app/domain';
import { extractClaims, type ExtractedClaim, type ExtractionResult } from '@app/extraction';
import { actedOn, ArticleEntity, ClaimEntity, ClaimRepository, hydrate, WebhookOutboxRepository, type MoveItem } from '@app/persistence';
import { QueueName, QueueProducer } from '@app/queue';
import { ClaimLinker } from './claim-linker';

export interface ExtractionOutcome {
  created: number;
  queued: number;
  linked: number;
  refreshed: number;
  superseded: number;
  /** Claims of an older reading left as they were (not refreshed, not retired) because a person acted on them. */
  kept: number;
}

const NOTHING: ExtractionOutcome = { created: 0, queued: 0, linked: 0, refreshed: 0, superseded: 0, kept: 0 };
type Span = { spanStart: number; spanEnd: number };
const spanKey = (c: Span): string => `${c.spanStart}:${c.spanEnd}`;
const overlaps = (a: Span, b: Span): boolean => a.spanStart < b.spanEnd && b.spanStart < a.spanEnd;
/** Statuses before review: the only ones a re-extraction may retire (and then only a claim no person has acted on). */
const RETIRABLE: readonly ClaimStatus[] = [ClaimStatus.EXTRACTED, ClaimStatus.QUEUED];

@Injectable()
export class ExtractionService {
  private readonly logger = new Logger(ExtractionService.name);

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(ClaimRepository) private readonly claims: ClaimRepository,
    @Inject(ClaimLinker) private readonly linker: ClaimLinker,
    @Inject(QueueProducer) private readonly producer: QueueProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WebhookOutboxRepository) private readonly webhooks: WebhookOutboxRepository,
  ) {}

  /**
   * Extracts an article's claims, links those already known and queues the
   * other check-worthy ones, all in one transaction under the article's row
   * lock. Run twice, or killed half-way and retried, it leaves the same rows as
   * run once. A re-extraction (an editor's, with a newer model) adds the new
   * spans, refreshes claims nobody has touched yet and retires (SUPERSEDED)
   * those nobody has started on that the new model no longer reads; claims in
   * or past review, and any claim a person has acted on (`actedOn`: pinned,
   * boosted, queued by hand, taken, commented on, …), keep their text, status
   * and model version.
   */
  async extract(articleId: string): Promise<ExtractionOutcome> {
    const article = await this.start(articleId);
    if (!article) {
      this.logger.warn(`Article ${articleId} no longer exists; nothing to extract`);
      return NOTHING;
    }
    if (article.status === ArticleStatus.EXTRACTED) return NOTHING;

    // Pure CPU work, outside the transaction so no lock is held while it runs.
    const result = extractClaims({ body: article.body, title: article.title, source: article.source ?? undefined });
    // Known claims like these, looked up before the transaction (the slow part, and it needs no lock).
    const candidates = await this.linker.candidates(this.ds, articleId, result.claims.map((c) => normaliseClaimText(c.text)));

    const { outcome, replacedJobs } = await this.ds.transaction(async (em) => {
      // FOR NO KEY UPDATE, not FOR UPDATE: it still serialises extractions of the article (and reextractArticle),
      // but not the foreign key checks of its claims' rows (KEY SHARE on the article). Postgres checks the key of
      // a row updated twice in one transaction, so an editor's pin or boost of a waiting claim (pinned, then its
      // queue sequence) waited for the whole extraction under FOR UPDATE.
      const locked = await em.findOne(ArticleEntity, { where: { id: articleId }, lock: { mode: 'for_no_key_update' } });
      if (!locked || locked.status === ArticleStatus.EXTRACTED) return { outcome: NOTHING, replacedJobs: [] };
      const existing = new Map((await em.find(ClaimEntity, { where: { articleId } })).map((c) => [spanKey(c), c]));
      const worthy = new Set(result.claims.filter((c) => c.checkworthy).map(spanKey));
      const inResult = new Set(result.claims.map(spanKey));

      // The claims to refresh and those to retire, locked in one statement (id order, as every claim lock is taken).
      const gone = [...existing.values()].filter((c) => !inResult.has(spanKey(c)) && retirable(c));
      const stale = result.claims.map((c) => existing.get(spanKey(c))).filter((c): c is ClaimEntity => c !== undefined && refreshable(c, result));
      const claimLocks = await this.claims.lockMany(em, [...stale, ...gone].map((c) => c.id));
      // Decided under those locks: a pin or a review step committed while the extraction waited for them counts.
      const touched = await actedOn(em, [...claimLocks.keys()]);
      const { refreshed, kept } = await this.refresh(em, existing, claimLocks, touched, result);
      const fresh = result.claims.filter((c) => !existing.has(spanKey(c)));
      const rows = fresh.map((c) => ({ articleId, ...this.fields(c, result.modelVersion), status: ClaimStatus.EXTRACTED }));
      // Links decided first: a claim seen before is stored already linked to the known one, and a check-worthy
      // one not linked already queued (no second row version in every index; insertMany).
      const plan = await this.linker.plan(em, rows.map((r) => r.normalizedText), candidates);
      const queuedNew = rows.map((r, i) => !plan.links[i] && worthy.has(spanKey(r)));
      const saved = await this.claims.insertMany(
        em,
        rows.map((r, i) => ({ ...r, link: plan.links[i] ? { canonicalId: plan.links[i].canonical.id, similarity: plan.links[i].similarity } : null, queued: queuedNew[i] })),
      );
      const links = await this.linker.link(em, articleId, saved, plan);

      // The new claims' queue moves (rows already written) and the refreshed claims', as one: their events,
      // webhooks and review jobs in the order they had when every one was an UPDATE here.
      const toQueue: MoveItem[] = [
        ...saved.filter((_, i) => queuedNew[i]).map((claim) => ({ claim, insertedFrom: ClaimStatus.EXTRACTED })),
        ...refreshed.filter((claim) => worthy.has(spanKey(claim)) && !links.linked.has(claim.id) && claim.status === ClaimStatus.EXTRACTED).map((claim) => ({ claim })),
      ].map((m) => ({ ...m, opts: { actorId: null, type: 'QUEUED_BY_SCORE', data: { checkworthiness: m.claim.checkworthiness } } }));
      // One batch: a fixed number of statements per article, not a handful per claim.
      await this.claims.moveMany(em, toQueue, 'queue');
      const queued = toQueue.length;
      const newIds = new Map([...existing.values(), ...saved].map((c) => [spanKey(c), c.id]));
      const retired = await this.retire(em, gone.map((c) => claimLocks.get(c.id)!), touched, result, newIds);
      const claimsKept = kept + retired.kept;
      await em.update(ArticleEntity, { id: articleId }, { status: ArticleStatus.EXTRACTED, modelVersion: result.modelVersion, extractedAt: new Date(), error: null });
      await this.webhooks.emit(em, [
        {
          type: 'article.extracted',
          data: { article: { id: locked.id, title: locked.title, url: locked.url, source: locked.source }, claims: { extracted: saved.length, queued, superseded: retired.claims, kept: claimsKept }, modelVersion: result.modelVersion },
        },
      ]);
      return {
        outcome: { created: saved.length, queued, linked: links.linked.size, refreshed: refreshed.length, superseded: retired.claims, kept: claimsKept },
        replacedJobs: [...links.replacedJobs, ...retired.jobs],
      };
    });
    // Jobs of claims re-queued with a new priority (the new ones are in the outbox) or retired: drop them at once (else dropped when fetched).
    const reviewQueue = this.producer.queue(QueueName.ClaimReview);
    await Promise.all(replacedJobs.map((id) => reviewQueue.remove(id).catch(() => undefined)));
    return outcome;
  }

  /**
   * Reads the article as it was and, if it was PENDING, marks it EXTRACTING: one statement (one round trip
   * and one commit) for what was a read and then an update. The SELECT sees the row as the statement found
   * it, not the update's result, so the caller decides on the status it had, as when it read first.
   */
  private async start(articleId: string): Promise<ArticleEntity | null> {
    const rows = await this.ds.query<Record<string, unknown>[]>(
      `WITH marked AS (UPDATE articles SET status = $2, updated_at = now() WHERE id = $1 AND status = $3)
       SELECT * FROM articles WHERE id = $1`,
      [articleId, ArticleStatus.EXTRACTING, ArticleStatus.PENDING],
    );
    return hydrate(this.ds, ArticleEntity, rows)[0] ?? null;
  }

  /** After the last retry: the article says why, instead of staying EXTRACTING forever. Never undoes a finished extraction. */
  async markFailed(articleId: string, reason: string): Promise<void> {
    await this.ds
      .getRepository(ArticleEntity)
      .update({ id: articleId, status: In([ArticleStatus.PENDING, ArticleStatus.EXTRACTING]) }, { status: ArticleStatus.FAILED, error: reason.slice(0, 2000) });
  }

  /**
   * Claims still only EXTRACTED (never queued, not linked) take the new model's reading of their sentence.
   * The article's lock does not hold its claims: editors and reviewers lock only the claim. So the ones to
   * refresh are locked (`locked`, by the caller) and checked again as locked; by the unlocked read alone, a
   * claim dismissed, or queued and reviewed, meanwhile was overwritten and queued again from a status it no longer had.
   * A claim a person has acted on (`touched`, e.g. commented on) keeps the reading they acted on: counted as `kept`.
   */
  private async refresh(
    em: EntityManager,
    existing: Map<string, ClaimEntity>,
    locked: Map<string, ClaimEntity>,
    touched: Set<string>,
    result: ExtractionResult,
  ): Promise<{ refreshed: ClaimEntity[]; kept: number }> {
    const out: ClaimEntity[] = [];
    let kept = 0;
    for (const c of result.claims) {
      const id = existing.get(spanKey(c))?.id;
      const claim = id === undefined ? undefined : locked.get(id);
      if (!claim || !refreshable(claim, result)) continue;
      if (touched.has(claim.id)) {
        kept += 1;
        continue;
      }
      const from = claim.modelVersion;
      const { text, claimant, claimantRole, claimType, checkworthiness, modelVersion, normalizedText, requiredReviews } = this.fields(c, result.modelVersion);
      await this.claims.update(em, claim, { text, claimant, claimantRole, claimType, checkworthiness, modelVersion, normalizedText, requiredReviews });
      await this.claims.record(em, claim, { actorId: null, type: 'REEXTRACTED', data: { fromModelVersion: from, modelVersion } });
      out.push(claim);
    }
    return { refreshed: out, kept };
  }

  /**
   * Retires the claims (locked by the caller) whose span the new model no longer reads, if still nobody has
   * started on them: DISMISSED by the system, event SUPERSEDED naming the new claims over the same words.
   * Any span missing from the new result goes, not only one a new claim overlaps: a newer engine that
   * splits a sentence into clauses leaves the whole-sentence claim beside them (the statement twice in the
   * queue), and one that now reads a sentence as furniture (a caption, a byline) leaves a claim it would
   * not extract; either way the claim is what an older model read, and reviewers would check it for nothing.
   * Spans are the only key and every claim comes from an extraction, so no claim an editor made is lost;
   * an editor can queue a retired claim again. Left alone: a claim taken meanwhile (no longer EXTRACTED or
   * QUEUED), one linked to a known claim (an appearance of it, counted on its fact check), one other
   * claims are linked to (their only review is this one's), and one a person has acted on (`touched`:
   * pinned, boosted, queued by hand, taken and given back, commented on). That last one stays exactly as it
   * is, beside the new claims over the same words: two readings of a sentence side by side, which retiring
   * exists to avoid, but a person chose to keep that one (its place in the queue, the notes on it, the work
   * begun), and the system must not undo a person's decision; an editor can dismiss it. Nothing is
   * recorded on it; the outcome counts it (`kept`). Returns how many were retired and kept, and the
   * retired ones' review jobs, to drop once committed (else dropped as stale when taken: the claim is no
   * longer QUEUED).
   */
  private async retire(
    em: EntityManager,
    locked: ClaimEntity[],
    touched: Set<string>,
    result: ExtractionResult,
    newIds: Map<string, string>,
  ): Promise<{ claims: number; kept: number; jobs: string[] }> {
    const before = locked.filter(retirable);
    const candidates = before.filter((c) => !touched.has(c.id));
    const kept = before.length - candidates.length;
    if (candidates.length === 0) return { claims: 0, kept, jobs: [] };
    // Under the candidates' locks: a claim linking to one of them (another article's extraction) locked it first, and has committed.
    const rows = await em.query<{ id: string }[]>(`SELECT DISTINCT canonical_id AS id FROM claims WHERE canonical_id = ANY($1::uuid[])`, [candidates.map((c) => c.id)]);
    const canonical = new Set(rows.map((r) => r.id));
    const retired = candidates.filter((c) => !canonical.has(c.id));
    const jobs = retired.filter((c) => c.status === ClaimStatus.QUEUED).map((c) => `review.${c.id}.${c.queueSeq}`);
    await this.claims.moveMany(
      em,
      retired.map((claim) => ({
        claim,
        opts: { actorId: null, type: 'SUPERSEDED', data: { modelVersion: result.modelVersion, by: result.claims.filter((c) => overlaps(c, claim)).map((c) => newIds.get(spanKey(c))!) } },
      })),
      'dismiss',
    );
    return { claims: retired.length, kept, jobs };
  }

  private fields(c: ExtractedClaim, modelVersion: string) {
    return {
      text: c.text,
      quote: c.quote,
      spanStart: c.spanStart,
      spanEnd: c.spanEnd,
      claimant: c.claimant,
      claimantRole: c.claimantRole,
      claimType: c.claimType,
      checkworthiness: c.checkworthiness,
      requiredReviews: requiredReviewsFor(c.checkworthiness, this.config),
      normalizedText: normaliseClaimText(c.text),
      modelVersion,
    };
  }
}

/** A claim the new model's reading of its span replaces: still only EXTRACTED, not linked, read by another model. */
function refreshable(claim: ClaimEntity, result: ExtractionResult): boolean {
  return claim.status === ClaimStatus.EXTRACTED && !claim.canonicalId && claim.modelVersion !== result.modelVersion;
}

/** A claim not yet in review, not an appearance of a known claim: what a re-extraction may retire, unless a person has acted on it (`actedOn`). */
function retirable(claim: ClaimEntity): boolean {
  return RETIRABLE.includes(claim.status) && !claim.canonicalId;
}
