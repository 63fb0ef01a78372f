import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ANY_ROLE, Roles } from '../common/decorators';
import type { Loaders } from '../common/loaders';
import { GqlContextLoaders } from '../common/loaders.decorator';
import { UserModel } from '../users/user.model';
import { SourceModel } from './source.model';
import { VerdictModel } from './verdict.model';

@Resolver(() => VerdictModel)
export class VerdictResolver {
  // Reviewers are people with e-mail addresses: shown to the desk, not to API keys.
  @ResolveField(() => UserModel)
  @Roles(...ANY_ROLE)
  async reviewer(@Parent() verdict: VerdictModel, @GqlContextLoaders() loaders: Loaders): Promise<UserModel | null> {
    return loaders.user.load(verdict.reviewerId);
  }

  @ResolveField(() => [SourceModel])
  sources(@Parent() verdict: VerdictModel, @GqlContextLoaders() loaders: Loaders): Promise<SourceModel[]> {
    return loaders.sourcesByVerdict.load(verdict.id);
  }
}
