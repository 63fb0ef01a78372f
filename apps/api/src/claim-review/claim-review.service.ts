import { Inject, Injectable } from '@nestjs/common';
import type { ClaimReview, WithContext } from 'schema-dts';
import { DataSource, In } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { badInput, ClaimStatus, isUuid, notFound } from '@app/domain';
import { buildClaimReview } from '@app/integrations';
import { ArticleEntity, ClaimEntity, ClaimEventEntity, VerdictEntity } from '@app/persistence';

export type ClaimReviewJsonLd = WithContext<ClaimReview>;

export interface ClaimReviewPage {
  items: ClaimReviewJsonLd[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface FeedCursor {
  t: string;
  id: string;
}

const encodeCursor = (c: FeedCursor): string => Buffer.from(JSON.stringify(c)).toString('base64url');

function decodeCursor(s: string): FeedCursor {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Partial<FeedCursor>;
    if (typeof c.t === 'string' && typeof c.id === 'string' && isUuid(c.id) && !Number.isNaN(Date.parse(c.t))) return { t: c.t, id: c.id };
  } catch {
    // fall through to the error below
  }
  throw badInput('after is not a cursor this feed gave out');
}

/** Published claims as schema.org ClaimReview: one, a feed, or from rows already loaded. */
@Injectable()
export class ClaimReviewService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * From the claim's rows; null unless it is published. The rating is the
   * latest verdict's (all verdicts of a REVIEWED claim agree); the date is
   * the latest publication.
   */
  build(claim: ClaimEntity, events: readonly ClaimEventEntity[], verdicts: readonly VerdictEntity[], articles: readonly ArticleEntity[]): ClaimReviewJsonLd | null {
    if (claim.status !== ClaimStatus.PUBLISHED) return null;
    const latest = [...verdicts].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    if (!latest) return null;
    const published = events.filter((e) => e.toStatus === ClaimStatus.PUBLISHED).at(-1)?.at ?? claim.updatedAt;
    return buildClaimReview(
      {
        claim: { id: claim.id, text: claim.text, claimant: claim.claimant },
        rating: latest.rating,
        publishedAt: published,
        appearances: articles.map((a) => ({ url: a.url, title: a.title, source: a.source, publishedAt: a.publishedAt, createdAt: a.createdAt })),
      },
      this.config.organization,
    );
  }

  async forClaim(id: string): Promise<ClaimReviewJsonLd> {
    const claim = isUuid(id) ? await this.ds.getRepository(ClaimEntity).findOneBy({ id }) : null;
    const [review] = claim ? await this.buildMany([claim]) : [];
    if (!review) throw notFound('Published fact check for claim', id);
    return review;
  }

  /** Published claims, newest publication first; `since` keeps those published at or after it. */
  async feed(opts: { since?: string; after?: string; first: number }): Promise<ClaimReviewPage> {
    const since = opts.since ? new Date(opts.since) : null;
    if (since && Number.isNaN(since.getTime())) throw badInput('since must be an ISO 8601 date or time');
    const after = opts.after ? decodeCursor(opts.after) : null;
    // The cursor keeps Postgres' own text of the timestamp: JS dates would drop the microseconds.
    const rows = await this.ds.query<{ id: string; published_at: string }[]>(
      `SELECT c.id, p.published_at::text AS published_at
         FROM claims c
         CROSS JOIN LATERAL (SELECT max(e.at) AS published_at FROM claim_events e WHERE e.claim_id = c.id AND e.to_status = 'PUBLISHED') p
        WHERE c.status = 'PUBLISHED'
          AND ($1::timestamptz IS NULL OR p.published_at >= $1::timestamptz)
          AND ($2::timestamptz IS NULL OR (p.published_at, c.id) < ($2::timestamptz, $3::uuid))
        ORDER BY p.published_at DESC, c.id DESC
        LIMIT $4`,
      [since?.toISOString() ?? null, after?.t ?? null, after?.id ?? null, opts.first + 1],
    );
    const page = rows.slice(0, opts.first);
    const claims = page.length ? await this.ds.getRepository(ClaimEntity).findBy({ id: In(page.map((r) => r.id)) }) : [];
    const byId = new Map(claims.map((c) => [c.id, c]));
    const items = await this.buildMany(page.map((r) => byId.get(r.id)).filter((c): c is ClaimEntity => c !== undefined));
    const last = page.at(-1);
    return { items, pageInfo: { hasNextPage: rows.length > opts.first, endCursor: last ? encodeCursor({ t: last.published_at, id: last.id }) : null } };
  }

  /** One query per table for the whole list, in the list's order; unpublished claims are left out. */
  private async buildMany(claims: readonly ClaimEntity[]): Promise<ClaimReviewJsonLd[]> {
    const ids = claims.map((c) => c.id);
    if (ids.length === 0) return [];
    const [events, verdicts, articles] = await Promise.all([
      this.ds.getRepository(ClaimEventEntity).find({ where: { claimId: In(ids), toStatus: ClaimStatus.PUBLISHED }, order: { id: 'ASC' } }),
      this.ds.getRepository(VerdictEntity).find({ where: { claimId: In(ids) } }),
      this.ds.getRepository(ArticleEntity).findBy({ id: In([...new Set(claims.map((c) => c.articleId))]) }),
    ]);
    return claims
      .map((c) =>
        this.build(
          c,
          events.filter((e) => e.claimId === c.id),
          verdicts.filter((v) => v.claimId === c.id),
          articles.filter((a) => a.id === c.articleId),
        ),
      )
      .filter((r): r is ClaimReviewJsonLd => r !== null);
  }
}
