import { ROLES_KEY, SCOPES_KEY } from './common/decorators';
import { assertNoGuardMetadataOnFields } from './common/fields';
import { ApiKeysResolver } from './api-keys/api-keys.resolver';
import { ArticlesResolver } from './articles/articles.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { ClaimConnectionResolver } from './claims/claim-connection.resolver';
import { ClaimFieldsResolver } from './claims/claim-fields.resolver';
import { ClaimEventResolver, ClaimsResolver } from './claims/claims.resolver';
import { CommentsResolver } from './comments/comments.resolver';
import { EditorialResolver, FinalVerdictResolver, PublishedVerdictResolver } from './editorial/editorial.resolver';
import { LiveResolver } from './live/live.resolver';
import { MatchingResolver } from './matching/matching.resolver';
import { ReviewResolver } from './review/review.resolver';
import { VerdictResolver } from './review/verdict.resolver';
import { StatsResolver } from './stats/stats.resolver';
import { UserEventResolver, UsersResolver } from './users/users.resolver';
import { WebhooksResolver } from './webhooks/webhooks.resolver';

/** Every resolver, in one list: the app module registers them, the schema script prints them. */
export const RESOLVERS = [
  AuthResolver,
  UsersResolver,
  UserEventResolver,
  ArticlesResolver,
  ClaimsResolver,
  ClaimConnectionResolver,
  ClaimFieldsResolver,
  ClaimEventResolver,
  ReviewResolver,
  VerdictResolver,
  EditorialResolver,
  FinalVerdictResolver,
  PublishedVerdictResolver,
  CommentsResolver,
  MatchingResolver,
  ApiKeysResolver,
  WebhooksResolver,
  StatsResolver,
  LiveResolver,
];

assertNoGuardMetadataOnFields(RESOLVERS, [ROLES_KEY, SCOPES_KEY]);
