import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@app/domain';
import type { GqlContext } from './gql-context';
import type { Principal } from './principal';

export const ROLES_KEY = 'claimcheck:roles';
export const PUBLIC_KEY = 'claimcheck:public';

/** Only these roles may call the operation (ADMIN may call everything). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** No sign-in needed (login). Everything else requires a principal. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The signed-in principal; the guard has already refused anonymous calls. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = GqlExecutionContext.create(ctx).getContext<GqlContext>().principal;
  if (!principal) throw new Error('CurrentUser used on an operation without authentication');
  return principal;
});
