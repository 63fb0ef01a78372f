import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden, Role, unauthenticated } from '@app/domain';
import { PUBLIC_KEY, ROLES_KEY } from './decorators';
import type { GqlContext } from './gql-context';

/** One guard for every operation: sign-in first, then the role the operation names. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(@Inject(Reflector) private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
    if (!ctx.principal) throw unauthenticated(ctx.authError ?? undefined);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && ctx.principal.role !== Role.ADMIN && !roles.includes(ctx.principal.role)) {
      throw forbidden(`This needs the role ${roles.join(' or ')}`);
    }
    return true;
  }
}
