import { forbidden, Role, unauthenticated, type Scope } from '@app/domain';
import type { GqlContext } from './gql-context';
import type { AuthResult } from './principal';

/** Who may use an operation or a field: users by role, API keys by scope. */
export interface Access {
  /** Only these roles (ADMIN may use everything); absent: any signed-in user. */
  roles?: readonly Role[];
  /** API keys holding one of these scopes; absent: no API key. */
  scopes?: readonly Scope[];
}

/** What a GraphQL context says of its caller (a subscription's has no API key and no refusal). */
export function authResultOf(ctx: Pick<GqlContext, 'principal'> & Partial<Pick<GqlContext, 'apiKey' | 'authError'>>): AuthResult {
  return { principal: ctx.principal, apiKey: ctx.apiKey ?? null, error: ctx.authError ?? null };
}

/**
 * The one access rule, for operations, REST routes and restricted fields alike:
 * an API key by its scopes, a user by their role, nobody without credentials.
 * Throws FORBIDDEN or UNAUTHENTICATED; returns when the caller may go on.
 */
export function authorize(auth: AuthResult, access: Access): void {
  const { roles, scopes } = access;
  if (auth.apiKey) {
    if (!scopes?.length) throw forbidden('API keys cannot call this; it needs a signed-in user');
    if (!scopes.some((s) => auth.apiKey!.scopes.includes(s))) throw forbidden(`This API key needs the scope ${scopes.join(' or ')}`);
    return;
  }
  if (!auth.principal) throw unauthenticated(auth.error ?? undefined);
  if (roles && auth.principal.role !== Role.ADMIN && !roles.includes(auth.principal.role)) {
    throw forbidden(`This needs the role ${roles.join(' or ')}`);
  }
}
