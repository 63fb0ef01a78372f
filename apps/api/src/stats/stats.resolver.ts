import { Inject } from '@nestjs/common';
import { Args, ID, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { forbidden, Role } from '@app/domain';
import { CurrentUser } from '../common/decorators';
import type { Principal } from '../common/principal';
import { UserModel } from '../users/user.model';
import { AgreementModel, ReviewerStatsModel } from './stats.model';
import { StatsService } from './stats.service';
import type { FieldArgs } from '../common/fields';
import type { GqlContext } from '../common/gql-context';

@Resolver(() => ReviewerStatsModel)
export class StatsResolver {
  constructor(@Inject(StatsService) private readonly stats: StatsService) {}

  @Query(() => [ReviewerStatsModel], { description: 'Per reviewer: verdicts, median time to verdict, agreement with final verdicts. Reviewers see their own only' })
  reviewerStats(
    @Args('reviewerId', { type: () => ID, nullable: true }) reviewerId: string | null,
    @CurrentUser() user: Principal,
    @Args('since', { type: () => Date, nullable: true, description: 'Count only verdicts given at or after this time (e.g. the start of today)' }) since?: Date | null,
  ): Promise<ReviewerStatsModel[]> {
    if (user.role === Role.REVIEWER) {
      if (reviewerId && reviewerId !== user.id) throw forbidden('Reviewers can read their own figures only');
      return this.stats.reviewerStats(user.id, since ?? null);
    }
    return this.stats.reviewerStats(reviewerId ?? null, since ?? null);
  }

  @Query(() => AgreementModel, { description: "Krippendorff's alpha over the ordinal ratings of every claim reviewed more than once" })
  agreement(): Promise<AgreementModel> {
    return this.stats.agreement();
  }

  @ResolveField(() => UserModel, { nullable: true })
  reviewer(s: ReviewerStatsModel, _args: FieldArgs, { loaders }: GqlContext): Promise<UserModel | null> {
    return loaders.user.load(s.reviewerId);
  }
}
