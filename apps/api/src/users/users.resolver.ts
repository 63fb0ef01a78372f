import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Role } from '@app/domain';
import { CurrentUser, Roles } from '../common/decorators';
import type { Principal } from '../common/principal';
import { GqlContextLoaders } from '../common/loaders.decorator';
import type { Loaders } from '../common/loaders';
import { CreateUserInput } from './create-user.input';
import { UserModel } from './user.model';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(@Inject(UsersService) private readonly users: UsersService) {}

  @Mutation(() => UserModel)
  @Roles(Role.ADMIN)
  createUser(@Args('input') input: CreateUserInput): Promise<UserModel> {
    return this.users.create(input);
  }

  @Query(() => UserModel, { description: 'The signed-in user' })
  async me(@CurrentUser() principal: Principal, @GqlContextLoaders() loaders: Loaders): Promise<UserModel | null> {
    return loaders.user.load(principal.id);
  }
}
