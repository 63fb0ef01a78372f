import { ResolveField, Resolver } from '@nestjs/graphql';
import { ANY_ROLE } from '../common/decorators';
import { UserModel } from '../users/user.model';
import { SourceModel } from './source.model';
import { VerdictModel } from './verdict.model';
import { type FieldArgs, RestrictedField } from '../common/fields';
import type { GqlContext } from '../common/gql-context';
import { loadNow } from '../common/settled-cache';

@Resolver(() => VerdictModel)
export class VerdictResolver {
  // Reviewers are people with e-mail addresses: shown to the desk, not to API keys.
  @RestrictedField({ roles: ANY_ROLE }, () => UserModel)
  async reviewer(verdict: VerdictModel, _args: FieldArgs, { loaders }: GqlContext): Promise<UserModel | null> {
    return loaders.user.load(verdict.reviewerId);
  }

  @ResolveField(() => [SourceModel])
  sources(verdict: VerdictModel, _args: FieldArgs, { loaders }: GqlContext): SourceModel[] | Promise<SourceModel[]> {
    return loadNow(loaders.sourcesByVerdict, verdict.id);
  }
}
