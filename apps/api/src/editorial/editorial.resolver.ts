import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@app/domain';
import { ClaimModel } from '../claims/claim.model';
import { VERSION, VERSION_ARG } from '../claims/claims.resolver';
import { ANY_ROLE, CurrentUser, Roles } from '../common/decorators';
import type { Principal } from '../common/principal';
import { VerdictModel } from '../review/verdict.model';
import { UserModel } from '../users/user.model';
import { DisputeQueueService } from './dispute-queue.service';
import { EditorialService } from './editorial.service';
import { FinalVerdictModel, PublishedVerdictModel } from './final-verdict.model';
import { ResolveDisputeInput } from './resolve-dispute.input';
import { type FieldArgs, RestrictedField } from '../common/fields';
import type { GqlContext } from '../common/gql-context';

const CLAIM_ID = { type: () => ID } as const;

/** Editors' mutations on a claim. Thin: arguments in, one service call, the claim out. */
@Resolver(() => ClaimModel)
@Roles(Role.EDITOR)
export class EditorialResolver {
  constructor(
    @Inject(EditorialService) private readonly editorial: EditorialService,
    @Inject(DisputeQueueService) private readonly disputes: DisputeQueueService,
  ) {}

  @Mutation(() => ClaimModel, { description: 'How many independent verdicts the claim needs (editors); lowering it to the verdicts already in decides the claim' })
  setRequiredReviews(@Args('claimId', CLAIM_ID) claimId: string, @Args('count', { type: () => Int }) count: number, @Args(VERSION_ARG, VERSION) version: number | null, @CurrentUser() user: Principal): Promise<ClaimModel> {
    return this.editorial.setRequiredReviews(claimId, count, version, user.id);
  }

  @Mutation(() => ClaimModel, { description: "Decide a disputed claim: the editor's rating becomes its final verdict (editors)" })
  resolveDispute(@Args('input') input: ResolveDisputeInput, @CurrentUser() user: Principal): Promise<ClaimModel> {
    return this.editorial.resolveDispute(input, user.id);
  }

  @Mutation(() => ClaimModel, { description: 'Publish the final verdict of a reviewed claim as its next published version (editors)' })
  publishClaim(@Args('claimId', CLAIM_ID) claimId: string, @Args(VERSION_ARG, VERSION) version: number | null, @CurrentUser() user: Principal): Promise<ClaimModel> {
    return this.editorial.publish(claimId, version, user.id);
  }

  @Mutation(() => ClaimModel, { description: 'Withdraw the live publication; the claim is REVIEWED again (editors)' })
  unpublishClaim(@Args('claimId', CLAIM_ID) claimId: string, @Args(VERSION_ARG, VERSION) version: number | null, @CurrentUser() user: Principal): Promise<ClaimModel> {
    return this.editorial.unpublish(claimId, version, user.id);
  }

  @Mutation(() => ClaimModel, { description: 'Back to QUEUED for a new round of reviews, keeping every verdict and publication in the history (editors)' })
  reopenClaim(@Args('claimId', CLAIM_ID) claimId: string, @Args(VERSION_ARG, VERSION) version: number | null, @CurrentUser() user: Principal): Promise<ClaimModel> {
    return this.editorial.reopen(claimId, version, user.id);
  }

  @Mutation(() => ClaimModel, { description: 'Raise (or lower) the claim in the review queue by -100..100 priority points (editors)' })
  boostClaim(@Args('claimId', CLAIM_ID) claimId: string, @Args('boost', { type: () => Int }) boost: number, @Args(VERSION_ARG, VERSION) version: number | null, @CurrentUser() user: Principal): Promise<ClaimModel> {
    return this.editorial.boost(claimId, boost, version, user.id);
  }

  @Mutation(() => ClaimModel, { description: 'Pin the claim to the head of the review queue, or unpin it (editors)' })
  pinClaim(@Args('claimId', CLAIM_ID) claimId: string, @Args('pinned', { type: () => Boolean, defaultValue: true }) pinned: boolean, @Args(VERSION_ARG, VERSION) version: number | null, @CurrentUser() user: Principal): Promise<ClaimModel> {
    return this.editorial.pin(claimId, pinned, version, user.id);
  }

  @Query(() => [ClaimModel], { description: 'Disputed claims waiting for an editor, oldest first (editors)' })
  disputeQueue(@Args('first', { type: () => Int, defaultValue: 20 }) first: number): Promise<ClaimModel[]> {
    return this.disputes.waiting(first);
  }
}

@Resolver(() => FinalVerdictModel)
export class FinalVerdictResolver {
  @RestrictedField({ roles: ANY_ROLE }, () => UserModel, { nullable: true, description: 'The editor who resolved the dispute; null for a consensus' })
  decidedBy(f: FinalVerdictModel, _args: FieldArgs, { loaders }: GqlContext): Promise<UserModel | null> {
    return f.decidedBy ? loaders.user.load(f.decidedBy) : Promise.resolve(null);
  }

  @ResolveField(() => VerdictModel, { nullable: true, description: 'The reviewer verdict it takes its rationale from, if any' })
  verdict(f: FinalVerdictModel, _args: FieldArgs, { loaders }: GqlContext): Promise<VerdictModel | null> {
    return f.verdictId ? loaders.verdict.load(f.verdictId) : Promise.resolve(null);
  }
}

@Resolver(() => PublishedVerdictModel)
export class PublishedVerdictResolver {
  @RestrictedField({ roles: ANY_ROLE }, () => UserModel, { nullable: true })
  publishedBy(p: PublishedVerdictModel, _args: FieldArgs, { loaders }: GqlContext): Promise<UserModel | null> {
    return loaders.user.load(p.publishedBy);
  }

  @RestrictedField({ roles: ANY_ROLE }, () => UserModel, { nullable: true })
  withdrawnBy(p: PublishedVerdictModel, _args: FieldArgs, { loaders }: GqlContext): Promise<UserModel | null> {
    return p.withdrawnBy ? loaders.user.load(p.withdrawnBy) : Promise.resolve(null);
  }
}
