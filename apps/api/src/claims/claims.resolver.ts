import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@app/domain';
import { ArticleModel } from '../articles/article.model';
import { CurrentUser, Roles } from '../common/decorators';
import type { Loaders } from '../common/loaders';
import { GqlContextLoaders } from '../common/loaders.decorator';
import type { Principal } from '../common/principal';
import { UserModel as UserModelRef } from '../users/user.model';
import { ClaimConnection } from './claim-connection.model';
import { ClaimEventModel } from './claim-event.model';
import { ClaimModel } from './claim.model';
import { ClaimsArgs } from './claims.args';
import { ClaimsService } from './claims.service';

export const VERSION_ARG = 'version';
/** The optional expected claim version every editing mutation accepts. */
export const VERSION = { type: () => Int, nullable: true, description: 'The claim version you saw; a stale one is refused with CONFLICT' } as const;

@Resolver(() => ClaimModel)
export class ClaimsResolver {
  constructor(@Inject(ClaimsService) private readonly service: ClaimsService) {}

  @Query(() => ClaimModel, { nullable: true })
  claim(@Args('id', { type: () => ID }) id: string, @GqlContextLoaders() loaders: Loaders): Promise<ClaimModel | null> {
    return loaders.claim.load(id);
  }

  @Query(() => ClaimConnection)
  claims(@Args() args: ClaimsArgs): Promise<ClaimConnection> {
    return this.service.list(args);
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
  async article(@Parent() claim: ClaimModel, @GqlContextLoaders() loaders: Loaders): Promise<ArticleModel | null> {
    return loaders.article.load(claim.articleId);
  }

  @ResolveField(() => [ClaimEventModel], { description: 'Every status change, oldest first' })
  events(@Parent() claim: ClaimModel, @GqlContextLoaders() loaders: Loaders): Promise<ClaimEventModel[]> {
    return loaders.eventsByClaim.load(claim.id);
  }
}

@Resolver(() => ClaimEventModel)
export class ClaimEventResolver {
  @ResolveField(() => UserModelRef, { nullable: true })
  async actor(@Parent() event: ClaimEventModel, @GqlContextLoaders() loaders: Loaders): Promise<UserModelRef | null> {
    return event.actorId ? loaders.user.load(event.actorId) : null;
  }
}

