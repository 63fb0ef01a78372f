import type { Role, Scope } from '@app/domain';

/** Who is calling: a signed-in user. */
export interface Principal {
  id: string;
  role: Role;
}

/** An integration calling with an API key: checked by scope, never by role. */
export interface ApiKeyPrincipal {
  id: string;
  name: string;
  scopes: readonly Scope[];
}

/** What a request's credentials came to: at most one of the two, or why they were refused. */
export interface AuthResult {
  principal: Principal | null;
  apiKey: ApiKeyPrincipal | null;
  error: string | null;
}

/** Who to record as the author of a write made by either kind of caller. */
export interface Caller {
  userId: string | null;
  apiKeyId: string | null;
}

export const callerOf = (a: Pick<AuthResult, 'principal' | 'apiKey'>): Caller => ({ userId: a.principal?.id ?? null, apiKeyId: a.apiKey?.id ?? null });

/** Rate-limit bucket: one per user or key; anonymous and refused callers share their address's. */
export function principalKey(a: AuthResult, ip: string): string {
  if (a.principal) return `user:${a.principal.id}`;
  if (a.apiKey) return `key:${a.apiKey.id}`;
  return `ip:${ip}`;
}
