import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ArticleStatus, ClaimStatus, normaliseClaimText, requiredReviewsFor } from '@app/domain';
import { extractClaims } from '@app/extraction';
import { ArticleEntity, ClaimEntity, ClaimRepository, WebhookOutboxRepository } from '@app/persistence';

@Injectable()
export class ExtractionService {
  private readonly logger = new Logger(ExtractionService.name);

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(ClaimRepository) private readonly claims: ClaimRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WebhookOutboxRepository) private readonly webhooks: WebhookOutboxRepository,
  ) {}

  /**
   * Extracts an article's claims and queues the check-worthy ones, all in one
   * transaction under the article's row lock. Run twice, or killed half-way and
   * retried, it leaves the same rows as run once.
   */
  async extract(articleId: string): Promise<{ created: number; queued: number }> {
    const article = await this.ds.getRepository(ArticleEntity).findOneBy({ id: articleId });
    if (!article) {
      this.logger.warn(`Article ${articleId} no longer exists; nothing to extract`);
      return { created: 0, queued: 0 };
    }
    if (article.status === ArticleStatus.EXTRACTED) return { created: 0, queued: 0 };
    await this.ds.getRepository(ArticleEntity).update({ id: articleId, status: ArticleStatus.PENDING }, { status: ArticleStatus.EXTRACTING });

    // Pure CPU work, outside the transaction so no lock is held while it runs.
    const result = extractClaims({ body: article.body, title: article.title, source: article.source ?? undefined });

    return this.ds.transaction(async (em) => {
      const locked = await em.findOne(ArticleEntity, { where: { id: articleId }, lock: { mode: 'pessimistic_write' } });
      if (!locked || locked.status === ArticleStatus.EXTRACTED) return { created: 0, queued: 0 };
      const existing = new Set((await em.find(ClaimEntity, { where: { articleId }, select: { spanStart: true, spanEnd: true } })).map((c) => `${c.spanStart}:${c.spanEnd}`));
      const fresh = result.claims.filter((c) => !existing.has(`${c.spanStart}:${c.spanEnd}`));
      const saved = fresh.length
        ? await em.save(
            fresh.map((c) =>
              em.create(ClaimEntity, {
                articleId,
                text: c.text,
                quote: c.quote,
                spanStart: c.spanStart,
                spanEnd: c.spanEnd,
                claimant: c.claimant,
                claimantRole: c.claimantRole,
                claimType: c.claimType,
                checkworthiness: c.checkworthiness,
                status: ClaimStatus.EXTRACTED,
                requiredReviews: requiredReviewsFor(c.checkworthiness, this.config),
                normalizedText: normaliseClaimText(c.text),
                modelVersion: result.modelVersion,
              }),
            ),
          )
        : [];
      await this.claims.recordCreated(em, saved);
      const worthy = new Set(fresh.filter((c) => c.checkworthy).map((c) => `${c.spanStart}:${c.spanEnd}`));
      let queued = 0;
      for (const claim of saved) {
        if (!worthy.has(`${claim.spanStart}:${claim.spanEnd}`)) continue;
        await this.claims.move(em, claim, 'queue', { actorId: null, type: 'QUEUED_BY_SCORE', data: { checkworthiness: claim.checkworthiness } });
        queued++;
      }
      await em.update(ArticleEntity, { id: articleId }, { status: ArticleStatus.EXTRACTED, modelVersion: result.modelVersion, extractedAt: new Date(), error: null });
      await this.webhooks.emit(em, [
        {
          type: 'article.extracted',
          data: { article: { id: locked.id, title: locked.title, url: locked.url, source: locked.source }, claims: { extracted: saved.length, queued }, modelVersion: result.modelVersion },
        },
      ]);
      return { created: saved.length, queued };
    });
  }

  /** After the last retry: the article says why, instead of staying EXTRACTING forever. */
  async markFailed(articleId: string, reason: string): Promise<void> {
    await this.ds.getRepository(ArticleEntity).update({ id: articleId }, { status: ArticleStatus.FAILED, error: reason.slice(0, 2000) });
  }
}
