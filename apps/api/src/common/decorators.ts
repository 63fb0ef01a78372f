import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import { forbidden, Role, type Scope } from '@app/domain';
import { authOf } from './auth-state';
import type { GqlContext } from './gql-context';
import { callerOf, type Caller, type Principal } from './principal';

export const ROLES_KEY = 'claimcheck:roles';
export const SCOPES_KEY = 'claimcheck:scopes';
export const PUBLIC_KEY = 'claimcheck:public';

/** Every role: a signed-in person, whatever their role (API keys are not people). */
export const ANY_ROLE: readonly Role[] = [Role.ADMIN, Role.EDITOR, Role.REVIEWER];

/** Only these roles may call the operation (ADMIN may call everything). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** API keys holding one of these scopes may call the operation; without @Scopes no key may. */
export const Scopes = (...scopes: Scope[]) => SetMetadata(SCOPES_KEY, scopes);

/** No sign-in needed (login). Everything else requires a principal. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

function authFrom(ctx: ExecutionContext): Pick<GqlContext, 'principal' | 'apiKey'> {
  if (ctx.getType<string>() === 'graphql') return GqlExecutionContext.create(ctx).getContext<GqlContext>();
  const auth = authOf(ctx.switchToHttp().getRequest<FastifyRequest>());
  return { principal: auth?.principal ?? null, apiKey: auth?.apiKey ?? null };
}

/** The signed-in user; refuses an API key, which has no user behind it. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const { principal, apiKey } = authFrom(ctx);
  if (principal) return principal;
  if (apiKey) throw forbidden('This needs a signed-in user, not an API key');
  throw new Error('CurrentUser used on an operation without authentication');
});

/** The user or API key calling, for operations open to both. */
export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  const auth = authFrom(ctx);
  if (!auth.principal && !auth.apiKey) throw new Error('CurrentCaller used on an operation without authentication');
  return callerOf(auth);
});

/**
 * Who is looking, for rules that depend on it (blind review). An API key looks
 * like a reviewer who reviewed nothing: it sees the verdicts of decided rounds only.
 */
export const CurrentViewer = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => viewerOf(authFrom(ctx)));

/** CurrentViewer's rule, for field resolvers (which take the GraphQL context itself). */
export function viewerOf({ principal, apiKey }: Pick<GqlContext, 'principal' | 'apiKey'>): Principal {
  if (principal) return principal;
  if (apiKey) return { id: apiKey.id, role: Role.REVIEWER };
  throw new Error('CurrentViewer used on an operation without authentication');
}
