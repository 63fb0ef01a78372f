import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Role } from '@app/domain';
import { AuthPayloadModel } from '../auth/auth-payload.model';
import { ANY_ROLE, CurrentUser, Roles } from '../common/decorators';
import { RestrictedField, type FieldArgs } from '../common/fields';
import type { GqlContext } from '../common/gql-context';
import type { Principal } from '../common/principal';
import { GqlContextLoaders } from '../common/loaders.decorator';
import type { Loaders } from '../common/loaders';
import { CreateUserInput } from './create-user.input';
import { ChangePasswordArgs, ResetUserPasswordArgs } from './password.args';
import { UpdateUserInput } from './update-user.input';
import { UserLifecycleService } from './user-lifecycle.service';
import { UserEventModel } from './user-event.model';
import { UserModel } from './user.model';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    @Inject(UsersService) private readonly accounts: UsersService,
    @Inject(UserLifecycleService) private readonly lifecycle: UserLifecycleService,
  ) {}

  @Mutation(() => UserModel)
  @Roles(Role.ADMIN)
  createUser(@Args('input') input: CreateUserInput, @CurrentUser() actor: Principal): Promise<UserModel> {
    return this.accounts.create(input, actor.id);
  }

  @Query(() => UserModel, { description: 'The signed-in user' })
  async me(@CurrentUser() principal: Principal, @GqlContextLoaders() loaders: Loaders): Promise<UserModel | null> {
    return loaders.user.load(principal.id);
  }

  @Query(() => [UserModel], { description: 'Every user, ordered by name, then email' })
  @Roles(Role.ADMIN)
  users(@Args('includeDeactivated', { defaultValue: false }) includeDeactivated: boolean): Promise<UserModel[]> {
    return this.lifecycle.list(includeDeactivated);
  }

  @Mutation(() => UserModel)
  @Roles(Role.ADMIN)
  updateUser(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateUserInput, @CurrentUser() actor: Principal): Promise<UserModel> {
    return this.lifecycle.update(id, input, actor);
  }

  @Mutation(() => UserModel, { description: 'Signs the user out everywhere and gives back their claims under review; keeps all they did' })
  @Roles(Role.ADMIN)
  deactivateUser(@Args('id', { type: () => ID }) id: string, @CurrentUser() actor: Principal): Promise<UserModel> {
    return this.lifecycle.deactivate(id, actor);
  }

  @Mutation(() => UserModel)
  @Roles(Role.ADMIN)
  reactivateUser(@Args('id', { type: () => ID }) id: string, @CurrentUser() actor: Principal): Promise<UserModel> {
    return this.lifecycle.reactivate(id, actor);
  }

  @Mutation(() => AuthPayloadModel, { description: "The caller's own password; signs out their other sessions and returns a fresh token" })
  changePassword(@Args() args: ChangePasswordArgs, @CurrentUser() me: Principal): Promise<AuthPayloadModel> {
    return this.lifecycle.changePassword(me, args.currentPassword, args.newPassword);
  }

  @Mutation(() => UserModel, { description: "Sets another user's password; signs that user out everywhere" })
  @Roles(Role.ADMIN)
  resetUserPassword(@Args() args: ResetUserPasswordArgs, @CurrentUser() actor: Principal): Promise<UserModel> {
    return this.lifecycle.resetPassword(args.id, args.password, actor);
  }

  // The audit is the admins' (an admin reads anyone's, through users or me).
  @RestrictedField({ roles: [Role.ADMIN] }, () => [UserEventModel], { description: 'What was done to the account, by whom and when, oldest first (admins)' })
  events(user: UserModel, _args: FieldArgs, { loaders }: GqlContext): Promise<UserEventModel[]> {
    return loaders.eventsByUser.load(user.id);
  }
}

@Resolver(() => UserEventModel)
export class UserEventResolver {
  @RestrictedField({ roles: ANY_ROLE }, () => UserModel, {
    nullable: true,
    description: 'Null: the system (the first admin, created at the first start), or not known (the CREATED event of an account older than the audit)',
  })
  async actor(event: UserEventModel, _args: FieldArgs, { loaders }: GqlContext): Promise<UserModel | null> {
    return event.actorId ? loaders.user.load(event.actorId) : null;
  }
}
