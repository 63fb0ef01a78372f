import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/decorators';
import { ClaimReviewService } from './claim-review.service';

const JSON_LD = 'application/ld+json; charset=utf-8';

export class ClaimReviewFeedQuery {
  @IsOptional() @IsString() @MaxLength(40) since?: string;
  @IsOptional() @IsString() @MaxLength(300) after?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) first?: number;
}

/**
 * Published fact checks as schema.org ClaimReview JSON-LD. Public by design:
 * publishing is what makes them public, and publishers and search engines
 * fetch them without credentials.
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
    const next = page.pageInfo.hasNextPage && page.pageInfo.endCursor ? `/feeds/claimreview.json?${new URLSearchParams({ ...(q.since ? { since: q.since } : {}), after: page.pageInfo.endCursor, first: String(first) }).toString()}` : null;
    await reply.type(JSON_LD).header('cache-control', 'public, max-age=60').send({ ...page, pageInfo: { ...page.pageInfo, next } });
  }
}
