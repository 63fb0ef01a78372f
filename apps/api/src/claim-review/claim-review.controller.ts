import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/decorators';
import { ClaimReviewService, type FeedPage } from './claim-review.service';

const JSON_LD = 'application/ld+json; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

export class ClaimReviewFeedQuery {
  @IsOptional() @IsString() @MaxLength(40) since?: string;
  @IsOptional() @IsString() @MaxLength(300) after?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) first?: number;
}

/** The page with `pageInfo.next`: the path of the next page, keeping `since` and `first`; null on the last. */
function withNext<T>(path: string, q: ClaimReviewFeedQuery, first: number, page: FeedPage<T>): FeedPage<T> & { pageInfo: { next: string | null } } {
  const { endCursor, hasNextPage } = page.pageInfo;
  const next = hasNextPage && endCursor ? `${path}?${new URLSearchParams({ ...(q.since ? { since: q.since } : {}), after: endCursor, first: String(first) }).toString()}` : null;
  return { ...page, pageInfo: { ...page.pageInfo, next } };
}

/**
 * Published fact checks as schema.org ClaimReview JSON-LD, and the ones
 * withdrawn since. Public by design: publishing is what makes them public,
 * publishers and search engines fetch them without credentials, and whoever
 * got a fact check must be able to learn it was withdrawn.
 */
@Public()
@Controller()
export class ClaimReviewController {
  constructor(@Inject(ClaimReviewService) private readonly reviews: ClaimReviewService) {}

  @Get('claims/:id/claimreview.json')
  async one(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    const review = await this.reviews.forClaim(id);
    await reply.type(JSON_LD).header('cache-control', 'public, max-age=60').send(review);
  }

  /** Newest publication first; `since` (ISO 8601) keeps the ones published since; `after` pages on. */
  @Get('feeds/claimreview.json')
  async feed(@Query() q: ClaimReviewFeedQuery, @Res() reply: FastifyReply): Promise<void> {
    const first = q.first ?? 20;
    const page = await this.reviews.feed({ since: q.since, after: q.after, first });
    await reply.type(JSON_LD).header('cache-control', 'public, max-age=60').send(withNext('/feeds/claimreview.json', q, first, page));
  }

  /** Withdrawn publications, newest withdrawal first; the same parameters as the feed. Plain JSON: these are not ClaimReviews. */
  @Get('feeds/claimreview-withdrawals.json')
  async withdrawals(@Query() q: ClaimReviewFeedQuery, @Res() reply: FastifyReply): Promise<void> {
    const first = q.first ?? 20;
    const page = await this.reviews.withdrawals({ since: q.since, after: q.after, first });
    await reply.type(JSON_TYPE).header('cache-control', 'public, max-age=60').send(withNext('/feeds/claimreview-withdrawals.json', q, first, page));
  }
}
