import { Inject, Injectable } from '@nestjs/common';
import type { ClaimReview, WithContext } from 'schema-dts';
import { DataSource, In } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { badInput, ClaimStatus, gone, isUuid, notFound, parseIsoDateTime } from '@app/domain';
import { buildClaimReview, publishedUrl } from '@app/integrations';
import { ArticleEntity, ClaimEntity, PublishedVerdictEntity } from '@app/persistence';
import { decodeCursor, encodeCursor, exactTime } from '../common/keyset-cursor';

export type ClaimReviewJsonLd = WithContext<ClaimReview>;

export interface FeedPage<T> {
  items: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export type ClaimReviewPage = FeedPage<ClaimReviewJsonLd>;

/** A publication withdrawn (unpublished, or reopened while published): what a feed reader must remove. */
export interface Withdrawal {
  claimId: string;
  /** The ClaimReview `url` the feed gave for it, which readers key their copies by. */
  url: string;
  publishedVersion: number;
  publishedAt: string;
  withdrawnAt: string;
}

export interface FeedQuery {
  since?: string;
  after?: string;
  first: number;
}

/** Published claims as schema.org ClaimReview: one, a feed, or from rows already loaded. */
@Injectable()
export class ClaimReviewService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * From the claim's rows; null unless it has a live publication. The rating
   * is the live published version's; datePublished is the first publication,
   * dateModified the live one when it is a later version. `articles` are the
   * claim's appearances (its own article and those of claims linked to it).
   */
  build(claim: ClaimEntity, publications: readonly PublishedVerdictEntity[], articles: readonly ArticleEntity[]): ClaimReviewJsonLd | null {
    if (claim.status !== ClaimStatus.PUBLISHED) return null;
    const live = publications.find((p) => p.withdrawnAt === null);
    const first = [...publications].sort((a, b) => a.version - b.version)[0];
    if (!live || !first) return null;
    return buildClaimReview(
      {
        claim: { id: claim.id, text: claim.text, claimant: claim.claimant },
        // The live publication's own URL: the one its claim.published webhook and the feed gave partners.
        url: live.url,
        rating: live.rating,
        publishedAt: first.publishedAt,
        modifiedAt: live.publishedAt,
        appearances: articles.map((a) => ({ url: a.url, title: a.title, source: a.source, publishedAt: a.publishedAt, createdAt: a.createdAt })),
      },
      this.config.organization,
    );
  }

  /**
   * The claim's live ClaimReview. NOT_FOUND when there is none; a withdrawn
   * one (published, then unpublished or reopened) answers 410 Gone, saying
   * when and which version, so a crawler or CMS drops its copy rather than
   * taking it for a passing 404.
   */
  async forClaim(id: string): Promise<ClaimReviewJsonLd> {
    const claim = isUuid(id) ? await this.ds.getRepository(ClaimEntity).findOneBy({ id }) : null;
    const [review] = claim ? await this.buildMany([claim]) : [];
    if (review) return review;
    const last = claim ? await this.ds.getRepository(PublishedVerdictEntity).findOne({ where: { claimId: claim.id }, order: { version: 'DESC' } }) : null;
    if (last?.withdrawnAt) {
      const details = { withdrawnAt: last.withdrawnAt.toISOString(), publishedVersion: last.version, url: publishedUrl(this.config.organization, last) };
      throw gone(`The fact check for claim ${id} was withdrawn at ${details.withdrawnAt}`, details);
    }
    throw notFound('Published fact check for claim', id);
  }

  /** Published claims, newest live publication first; `since` keeps those published (or republished) at or after it. */
  async feed(opts: FeedQuery): Promise<ClaimReviewPage> {
    const since = parseSince(opts.since);
    const after = opts.after ? decodeCursor('feed', opts.after) : null;
    // The cursor keeps the timestamp to the microsecond (keyset-cursor.ts).
    const rows = await this.ds.query<{ id: string; published_at: string }[]>(
      `SELECT c.id, ${exactTime('pv.published_at')} AS published_at
         FROM published_verdicts pv
         JOIN claims c ON c.id = pv.claim_id
        WHERE pv.withdrawn_at IS NULL AND c.status = 'PUBLISHED'
          AND ($1::timestamptz IS NULL OR pv.published_at >= $1::timestamptz)
          AND ($2::timestamptz IS NULL OR (pv.published_at, c.id) < ($2::timestamptz, $3::uuid))
        ORDER BY pv.published_at DESC, c.id DESC
        LIMIT $4`,
      [since?.toISOString() ?? null, after?.t ?? null, after?.id ?? null, opts.first + 1],
    );
    const page = rows.slice(0, opts.first);
    const claims = page.length ? await this.ds.getRepository(ClaimEntity).findBy({ id: In(page.map((r) => r.id)) }) : [];
    const byId = new Map(claims.map((c) => [c.id, c]));
    const items = await this.buildMany(page.map((r) => byId.get(r.id)).filter((c): c is ClaimEntity => c !== undefined));
    const last = page.at(-1);
    return { items, pageInfo: { hasNextPage: rows.length > opts.first, endCursor: last ? encodeCursor('feed', { t: last.published_at, id: last.id }) : null } };
  }

  /**
   * Withdrawn publications, newest withdrawal first; `since` keeps those
   * withdrawn at or after it. Only while the claim stays withdrawn: once
   * republished it is back in `feed` with a later date, and a reader that
   * applied both would otherwise remove it again if it read them out of order.
   */
  async withdrawals(opts: FeedQuery): Promise<FeedPage<Withdrawal>> {
    const since = parseSince(opts.since);
    const after = opts.after ? decodeCursor('withdrawals', opts.after) : null;
    // withdrawn_at follows commit order like published_at (EditorialService), so since= misses none.
    const rows = await this.ds.query<{ id: string; claim_id: string; version: number; url: string | null; published_at: Date; withdrawn_at: Date; cursor_t: string }[]>(
      `SELECT pv.id, pv.claim_id, pv.version, pv.url, pv.published_at, pv.withdrawn_at, ${exactTime('pv.withdrawn_at')} AS cursor_t
         FROM published_verdicts pv
        WHERE pv.withdrawn_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM published_verdicts live WHERE live.claim_id = pv.claim_id AND live.withdrawn_at IS NULL)
          AND ($1::timestamptz IS NULL OR pv.withdrawn_at >= $1::timestamptz)
          AND ($2::timestamptz IS NULL OR (pv.withdrawn_at, pv.id) < ($2::timestamptz, $3::uuid))
        ORDER BY pv.withdrawn_at DESC, pv.id DESC
        LIMIT $4`,
      [since?.toISOString() ?? null, after?.t ?? null, after?.id ?? null, opts.first + 1],
    );
    const page = rows.slice(0, opts.first);
    const items = page.map((r) => ({
      claimId: r.claim_id,
      url: publishedUrl(this.config.organization, { claimId: r.claim_id, url: r.url }),
      publishedVersion: r.version,
      publishedAt: r.published_at.toISOString(),
      withdrawnAt: r.withdrawn_at.toISOString(),
    }));
    const last = page.at(-1);
    return { items, pageInfo: { hasNextPage: rows.length > opts.first, endCursor: last ? encodeCursor('withdrawals', { t: last.cursor_t, id: last.id }) : null } };
  }

  /** One query per table for the whole list, in the list's order; claims without a live publication are left out. */
  private async buildMany(claims: readonly ClaimEntity[]): Promise<ClaimReviewJsonLd[]> {
    const ids = claims.map((c) => c.id);
    if (ids.length === 0) return [];
    const [publications, linked] = await Promise.all([
      this.ds.getRepository(PublishedVerdictEntity).find({ where: { claimId: In(ids) }, order: { version: 'ASC' } }),
      this.ds.getRepository(ClaimEntity).find({ where: { canonicalId: In(ids) }, select: { id: true, canonicalId: true, articleId: true } }),
    ]);
    const articleIds = [...new Set([...claims.map((c) => c.articleId), ...linked.map((l) => l.articleId)])];
    // What `build` shows of an appearance, not the body (up to 1 MB an article).
    const shown = { id: true, url: true, title: true, source: true, publishedAt: true, createdAt: true } as const;
    const articles = new Map((await this.ds.getRepository(ArticleEntity).find({ where: { id: In(articleIds) }, select: shown })).map((a) => [a.id, a]));
    return claims
      .map((c) => {
        const appearances = [c.articleId, ...linked.filter((l) => l.canonicalId === c.id).map((l) => l.articleId)];
        return this.build(
          c,
          publications.filter((p) => p.claimId === c.id),
          [...new Set(appearances)].map((id) => articles.get(id)).filter((a): a is ArticleEntity => a !== undefined),
        );
      })
      .filter((r): r is ClaimReviewJsonLd => r !== null);
  }
}

function parseSince(since: string | undefined): Date | null {
  if (!since) return null;
  const at = parseIsoDateTime(since);
  if (!at) throw badInput('since must be an ISO 8601 date or time');
  return at;
}
