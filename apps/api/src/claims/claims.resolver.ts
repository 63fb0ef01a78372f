import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ClaimStatus, Role } from '@app/domain';
import type { ArticleEntity, ClaimEntity } from '@app/persistence';
import { ArticleModel } from '../articles/article.model';
import { ANY_ROLE, CurrentUser, Roles, Scopes } from '../common/decorators';
import { JsonScalar } from '../common/enums.graphql';
import type { Loaders } from '../common/loaders';
import { loadNow } from '../common/settled-cache';
import { GqlContextLoaders } from '../common/loaders.decorator';
import type { Principal } from '../common/principal';
import { UserModel as UserModelRef } from '../users/user.model';
import { ClaimConnection } from './claim-connection.model';
import { ClaimEventModel } from './claim-event.model';
import { ClaimModel } from './claim.model';
import { AskedRelations, type PageRelations } from './claims-page';
import { ClaimsArgs } from './claims.args';
import { ClaimReviewService, type ClaimReviewJsonLd } from '../claim-review/claim-review.service';
import { ClaimsService } from './claims.service';
import { type FieldArgs, RestrictedField } from '../common/fields';
import type { GqlContext } from '../common/gql-context';

export const VERSION_ARG = 'version';
/** The optional expected claim version every editing mutation accepts. */
export const VERSION = { type: () => Int, nullable: true, description: 'The claim version you saw; a stale one is refused with CONFLICT' } as const;

@Resolver(() => ClaimModel)
export class ClaimsResolver {
  constructor(
    @Inject(ClaimsService) private readonly service: ClaimsService,
    @Inject(ClaimReviewService) private readonly claimReviews: ClaimReviewService,
  ) {}

  @Query(() => ClaimModel, { nullable: true })
  @Scopes('claims:read')
  claim(@Args('id', { type: () => ID }) id: string, @GqlContextLoaders() loaders: Loaders): Promise<ClaimModel | null> {
    return loaders.claim.load(id);
  }

  @Query(() => ClaimConnection)
  @Scopes('claims:read')
  claims(@Args() args: ClaimsArgs, @AskedRelations() relations: PageRelations, @GqlContextLoaders() loaders: Loaders): Promise<ClaimConnection> {
    return this.service.list(args, relations, loaders);
  }

  @Mutation(() => ClaimModel, { description: 'Send a claim to the review queue (editors)' })
  @Roles(Role.EDITOR)
  queueClaim(@Args('id', { type: () => ID }) id: string, @Args(VERSION_ARG, VERSION) version: number | null, @CurrentUser() user: Principal): Promise<ClaimModel> {
    return this.service.queue(id, user.id, version);
  }

  @Mutation(() => ClaimModel, { description: 'Rule a claim not worth checking (editors)' })
  @Roles(Role.EDITOR)
  dismissClaim(@Args('id', { type: () => ID }) id: string, @Args(VERSION_ARG, VERSION) version: number | null, @CurrentUser() user: Principal): Promise<ClaimModel> {
    return this.service.dismiss(id, user.id, version);
  }

  @ResolveField(() => ArticleModel)
  article(claim: ClaimModel, _args: FieldArgs, { loaders }: GqlContext): ArticleModel | null | Promise<ArticleModel | null> {
    return loadNow(loaders.article, claim.articleId);
  }

  @ResolveField(() => JsonScalar, { nullable: true, description: 'schema.org ClaimReview JSON-LD, as GET /claims/:id/claimreview.json serves it; null until published, and while withdrawn (unpublished or reopened)' })
  async claimReview(claim: ClaimModel, _args: FieldArgs, { loaders }: GqlContext): Promise<ClaimReviewJsonLd | null> {
    if (claim.status !== ClaimStatus.PUBLISHED) return null;
    const [publications, linked] = await Promise.all([loaders.publishedVerdictsByClaim.load(claim.id), loaders.linkedByCanonical.load(claim.id)]);
    const articleIds = [...new Set([claim.articleId, ...linked.map((l) => l.articleId)])];
    const articles = (await loaders.article.loadMany(articleIds)).filter((a): a is ArticleEntity => a !== null && !(a instanceof Error));
    return this.claimReviews.build(claim as ClaimEntity, publications, articles);
  }

  @ResolveField(() => [ClaimEventModel], { description: 'Every status change, oldest first' })
  events(claim: ClaimModel, _args: FieldArgs, { loaders }: GqlContext): Promise<ClaimEventModel[]> {
    return loaders.eventsByClaim.load(claim.id);
  }
}

@Resolver(() => ClaimEventModel)
export class ClaimEventResolver {
  // Who did what is for the desk: API keys see that something happened, not by whom.
  @RestrictedField({ roles: ANY_ROLE }, () => UserModelRef, { nullable: true })
  async actor(event: ClaimEventModel, _args: FieldArgs, { loaders }: GqlContext): Promise<UserModelRef | null> {
    return event.actorId ? loaders.user.load(event.actorId) : null;
  }
}

