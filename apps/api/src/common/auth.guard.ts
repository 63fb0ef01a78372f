import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import type { Role, Scope } from '@app/domain';
import { AuthService } from '../auth/auth.service';
import { authorize, authResultOf } from './access';
import { PUBLIC_KEY, ROLES_KEY, SCOPES_KEY } from './decorators';
import type { GqlContext } from './gql-context';

/**
 * One guard for every GraphQL operation and REST route: sign-in first, then a
 * user's role (@Roles) or an API key's scope (@Scopes). Field resolvers do not
 * pass through guards (Nest's per-call guard machinery was a quarter of the
 * api's CPU on a claims page); the few restricted fields use RestrictedField,
 * which applies the same `authorize` rule.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const scopes = this.reflector.getAllAndOverride<Scope[] | undefined>(SCOPES_KEY, targets);
    const auth =
      context.getType<string>() === 'graphql'
        ? authResultOf(GqlExecutionContext.create(context).getContext<GqlContext>())
        : await this.auth.forRequest(context.switchToHttp().getRequest<FastifyRequest>());
    authorize(auth, { roles, scopes });
    return true;
  }
}
