import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import type { GraphQLResolveInfo } from 'graphql';
import { forbidden, Role, unauthenticated, type Scope } from '@app/domain';
import { AuthService } from '../auth/auth.service';
import { PUBLIC_KEY, ROLES_KEY, SCOPES_KEY } from './decorators';
import type { GqlContext } from './gql-context';
import type { ApiKeyPrincipal, Principal } from './principal';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * One guard for every GraphQL operation and REST route: sign-in first, then a
 * user's role (@Roles) or an API key's scope (@Scopes). Field resolvers are
 * checked only when they carry @Roles or @Scopes (their operation already was).
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
    let principal: Principal | null;
    let apiKey: ApiKeyPrincipal | null;
    let error: string | null;
    if (context.getType<string>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      if (!ROOT_TYPES.has(gql.getInfo<GraphQLResolveInfo>().parentType.name) && !roles && !scopes) return true;
      const ctx = gql.getContext<GqlContext>();
      ({ principal, apiKey, authError: error } = ctx);
    } else {
      ({ principal, apiKey, error } = await this.auth.forRequest(context.switchToHttp().getRequest<FastifyRequest>()));
    }
    if (apiKey) {
      if (!scopes?.length) throw forbidden('API keys cannot call this; it needs a signed-in user');
      if (!scopes.some((s) => apiKey.scopes.includes(s))) throw forbidden(`This API key needs the scope ${scopes.join(' or ')}`);
      return true;
    }
    if (!principal) throw unauthenticated(error ?? undefined);
    if (roles && principal.role !== Role.ADMIN && !roles.includes(principal.role)) {
      throw forbidden(`This needs the role ${roles.join(' or ')}`);
    }
    return true;
  }
}
