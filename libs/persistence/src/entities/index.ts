import { ApiKeyEntity } from './api-key.entity';
import { ArticleEntity } from './article.entity';
import { ClaimEventEntity } from './claim-event.entity';
import { ClaimSuggestionEntity } from './claim-suggestion.entity';
import { ClaimEntity } from './claim.entity';
import { CommentEntity } from './comment.entity';
import { FinalVerdictEntity, type FinalVerdictKind } from './final-verdict.entity';
import { OutboxEntity } from './outbox.entity';
import { PublishedVerdictEntity } from './published-verdict.entity';
import { ReviewAssignmentEntity } from './review-assignment.entity';
import { SourceEntity } from './source.entity';
import { UserEventEntity } from './user-event.entity';
import { UserEntity } from './user.entity';
import { VerdictEntity } from './verdict.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEventEntity } from './webhook-event.entity';
import { WebhookEntity } from './webhook.entity';

export {
  ApiKeyEntity,
  ArticleEntity,
  ClaimEventEntity,
  ClaimEntity,
  ClaimSuggestionEntity,
  CommentEntity,
  FinalVerdictEntity,
  OutboxEntity,
  PublishedVerdictEntity,
  ReviewAssignmentEntity,
  SourceEntity,
  UserEntity,
  UserEventEntity,
  VerdictEntity,
  WebhookDeliveryEntity,
  WebhookEntity,
  WebhookEventEntity,
  type FinalVerdictKind,
};

export const ENTITIES = [
  UserEntity,
  ArticleEntity,
  ClaimEntity,
  ReviewAssignmentEntity,
  VerdictEntity,
  SourceEntity,
  ClaimEventEntity,
  OutboxEntity,
  FinalVerdictEntity,
  PublishedVerdictEntity,
  CommentEntity,
  ClaimSuggestionEntity,
  ApiKeyEntity,
  WebhookEntity,
  WebhookEventEntity,
  WebhookDeliveryEntity,
  UserEventEntity,
];
