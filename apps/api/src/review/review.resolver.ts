import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { badInput, Role, SKIP_REASON_LIMIT, textLength } from '@app/domain';
import { ClaimModel } from '../claims/claim.model';
import { CurrentUser, Roles, Scopes } from '../common/decorators';
import type { Principal } from '../common/principal';
import { QueueStatsModel } from './queue-stats.model';
import { ReviewAssignmentModel } from './review-assignment.model';
import { QueueStatsService } from './queue-stats.service';
import { ReviewService } from './review.service';
import { SubmitVerdictInput } from './submit-verdict.input';
import { VerdictModel } from './verdict.model';
import type { ClaimEntity } from '@app/persistence';
import type { FieldArgs } from '../common/fields';
import type { GqlContext } from '../common/gql-context';

@Resolver(() => ReviewAssignmentModel)
export class ReviewResolver {
  constructor(
    @Inject(ReviewService) private readonly review: ReviewService,
    @Inject(QueueStatsService) private readonly stats: QueueStatsService,
  ) {}

  @Mutation(() => ReviewAssignmentModel, {
    nullable: true,
    description:
      'The claim you are to review. A reviewer holds one claim at a time: while you hold a live lease (taken earlier, in another tab or by a request whose answer was lost) you get that same assignment back, renewed for a full lease period as renewLease does; otherwise the next claim is leased to you. Null when you hold none and none is waiting. Skipping, submitting a verdict or letting the lease expire ends it.',
  })
  @Roles(Role.REVIEWER, Role.EDITOR)
  takeNextClaim(@CurrentUser() user: Principal): Promise<ReviewAssignmentModel | null> {
    return this.review.takeNext(user) as Promise<ReviewAssignmentModel | null>;
  }

  @Query(() => [ReviewAssignmentModel], { description: 'Your live leases, oldest first: a claim you took in another tab or on another device, to resume before taking another' })
  @Roles(Role.REVIEWER, Role.EDITOR)
  myAssignments(@CurrentUser() user: Principal): Promise<ReviewAssignmentModel[]> {
    return this.review.held(user) as Promise<ReviewAssignmentModel[]>;
  }

  @Mutation(() => ReviewAssignmentModel)
  @Roles(Role.REVIEWER, Role.EDITOR)
  renewLease(@Args('assignmentId', { type: () => ID }) id: string, @CurrentUser() user: Principal): Promise<ReviewAssignmentModel> {
    return this.review.renew(id, user) as Promise<ReviewAssignmentModel>;
  }

  @Mutation(() => ReviewAssignmentModel, { description: 'Give the claim back to the queue' })
  @Roles(Role.REVIEWER, Role.EDITOR)
  skipClaim(
    @Args('assignmentId', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | undefined,
    @CurrentUser() user: Principal,
  ): Promise<ReviewAssignmentModel> {
    // Refused, not cut: what is stored is what the reviewer wrote.
    if (reason && textLength(reason) > SKIP_REASON_LIMIT) throw badInput(`reason can be at most ${SKIP_REASON_LIMIT} characters`);
    return this.review.skip(id, user, reason ?? undefined) as Promise<ReviewAssignmentModel>;
  }

  @Mutation(() => VerdictModel)
  @Roles(Role.REVIEWER, Role.EDITOR)
  submitVerdict(@Args('input') input: SubmitVerdictInput, @CurrentUser() user: Principal): Promise<VerdictModel> {
    return this.review.submitVerdict(input, user);
  }

  @Query(() => QueueStatsModel)
  @Scopes('claims:read')
  queueStats(): Promise<QueueStatsModel> {
    return this.stats.current();
  }

  @ResolveField(() => ClaimModel)
  async claim(a: { claimId: string; claim?: ClaimEntity }, _args: FieldArgs, { loaders }: GqlContext): Promise<ClaimModel | null> {
    // A take hands its claim over as it committed it; any other assignment's is loaded.
    return a.claim ?? loaders.claim.load(a.claimId);
  }
}
