/**
 * What an API key may be granted. Users are checked by role; API keys only by
 * scope, and an operation without a scope is closed to every key (review work,
 * user and key management need a person). The operation ↔ scope table is in
 * README ("Access") and test/support/access-table.ts; test/access-matrix.e2e-spec.ts checks every operation.
 */
export const SCOPES = ['articles:read', 'articles:write', 'claims:read', 'verdicts:read', 'webhooks:manage'] as const;
export type Scope = (typeof SCOPES)[number];

export const isScope = (s: string): s is Scope => (SCOPES as readonly string[]).includes(s);
