/**
 * THE access table: who may call each GraphQL operation and REST route.
 * `roles`: which signed-in users ('any' = every role; ADMIN passes every role
 * check). `scopes`: which API key scopes admit a key (none = no key may).
 * test/access-matrix.e2e-spec.ts checks every role and scope against every
 * operation, and fails when the schema or the router has an operation that is
 * not listed here. README "Access" describes the same rules.
 */
export type RoleName = 'ADMIN' | 'EDITOR' | 'REVIEWER';
export const ROLE_NAMES: readonly RoleName[] = ['ADMIN', 'EDITOR', 'REVIEWER'];
export const SCOPE_NAMES = ['articles:read', 'articles:write', 'claims:read', 'verdicts:read', 'webhooks:manage'] as const;
export type ScopeName = (typeof SCOPE_NAMES)[number];

export interface Access {
  public?: true;
  roles: readonly RoleName[] | 'any';
  scopes: readonly ScopeName[];
}

const PUBLIC: Access = { public: true, roles: 'any', scopes: [...SCOPE_NAMES] };
const people = (roles: readonly RoleName[] | 'any'): Access => ({ roles, scopes: [] });
const anyUserOr = (...scopes: ScopeName[]): Access => ({ roles: 'any', scopes });
const ADMIN_OR_WEBHOOK_KEY: Access = { roles: ['ADMIN'], scopes: ['webhooks:manage'] };

export const ACCESS: Record<string, Access> = {
  // GraphQL: root operations
  'Mutation.login': PUBLIC,
  'Query.me': people('any'),
  'Mutation.createUser': people(['ADMIN']),
  'Query.users': people(['ADMIN']),
  'Mutation.updateUser': people(['ADMIN']),
  'Mutation.deactivateUser': people(['ADMIN']),
  'Mutation.reactivateUser': people(['ADMIN']),
  'Mutation.resetUserPassword': people(['ADMIN']),
  // Every signed-in person, for their own account only (there is no id to name another's).
  'Mutation.changePassword': people('any'),
  'Mutation.createApiKey': people(['ADMIN']),
  'Mutation.revokeApiKey': people(['ADMIN']),
  'Query.apiKeys': people(['ADMIN']),
  'Mutation.submitArticle': anyUserOr('articles:write'),
  'Mutation.submitArticles': anyUserOr('articles:write'),
  'Query.article': anyUserOr('articles:read'),
  'Query.articles': anyUserOr('articles:read'),
  'Query.claim': anyUserOr('claims:read'),
  'Query.claims': anyUserOr('claims:read'),
  'Query.queueStats': anyUserOr('claims:read'),
  'Mutation.queueClaim': people(['EDITOR']),
  'Mutation.dismissClaim': people(['EDITOR']),
  'Mutation.setRequiredReviews': people(['EDITOR']),
  'Mutation.resolveDispute': people(['EDITOR']),
  'Mutation.publishClaim': people(['EDITOR']),
  'Mutation.unpublishClaim': people(['EDITOR']),
  'Mutation.reopenClaim': people(['EDITOR']),
  'Mutation.boostClaim': people(['EDITOR']),
  'Mutation.pinClaim': people(['EDITOR']),
  'Query.disputeQueue': people(['EDITOR']),
  'Mutation.reextractArticle': people(['EDITOR']),
  'Query.similarClaims': anyUserOr('claims:read'),
  // Reviewers see their own figures only (the service filters); the desk sees everyone's.
  'Query.reviewerStats': people('any'),
  'Query.agreement': people('any'),
  'Mutation.addComment': people(['REVIEWER', 'EDITOR']),
  'Mutation.takeNextClaim': people(['REVIEWER', 'EDITOR']),
  'Query.myAssignments': people(['REVIEWER', 'EDITOR']),
  'Mutation.renewLease': people(['REVIEWER', 'EDITOR']),
  'Mutation.skipClaim': people(['REVIEWER', 'EDITOR']),
  'Mutation.submitVerdict': people(['REVIEWER', 'EDITOR']),
  'Mutation.createWebhook': ADMIN_OR_WEBHOOK_KEY,
  'Mutation.deleteWebhook': ADMIN_OR_WEBHOOK_KEY,
  'Mutation.enableWebhook': ADMIN_OR_WEBHOOK_KEY,
  'Query.webhooks': ADMIN_OR_WEBHOOK_KEY,
  'Query.webhookDeliveries': ADMIN_OR_WEBHOOK_KEY,
  'Mutation.redeliverWebhookDelivery': ADMIN_OR_WEBHOOK_KEY,
  // GraphQL: fields checked on their own (their operation is checked first)
  'Article.claims': anyUserOr('claims:read'),
  'Claim.verdicts': anyUserOr('verdicts:read'),
  'Claim.finalVerdict': anyUserOr('verdicts:read'),
  'Claim.comments': people('any'),
  // Who did what is for the desk: API keys see that it happened, not by whom.
  'Verdict.reviewer': people('any'),
  'ClaimEvent.actor': people('any'),
  'FinalVerdict.decidedBy': people('any'),
  'PublishedVerdict.publishedBy': people('any'),
  'PublishedVerdict.withdrawnBy': people('any'),
  'Comment.author': people('any'),
  // An account's audit is the admins' (a user does not read their own through `me`).
  'User.events': people(['ADMIN']),
  'UserEvent.actor': people('any'),
  // REST (POST /graphql is the GraphQL endpoint itself: each operation above is checked on its own)
  'POST /graphql': PUBLIC,
  'GET /health/live': PUBLIC,
  'GET /health/ready': PUBLIC,
  // Prometheus scrapes without credentials: counts and latencies only, never content (README: keep it off the public network).
  'GET /metrics': PUBLIC,
  'POST /ingest/articles': anyUserOr('articles:write'),
  // Published fact checks are public by design: publishers and search engines fetch them.
  'GET /claims/:id/claimreview.json': PUBLIC,
  'GET /feeds/claimreview.json': PUBLIC,
  // Whoever got a fact check must be able to learn it was withdrawn, with the same (no) credentials.
  'GET /feeds/claimreview-withdrawals.json': PUBLIC,
  // The review UI's static files and client routes: code only; what it shows comes from /graphql, checked there.
  'GET /': PUBLIC,
  'GET /*': PUBLIC,
};

export type Caller = { kind: 'anonymous' } | { kind: 'user'; role: RoleName } | { kind: 'key'; scope: ScopeName };

export function allowed(access: Access, caller: Caller): boolean {
  if (access.public) return true;
  switch (caller.kind) {
    case 'anonymous':
      return false;
    case 'user':
      return caller.role === 'ADMIN' || access.roles === 'any' || access.roles.includes(caller.role);
    case 'key':
      return access.scopes.includes(caller.scope);
  }
}
