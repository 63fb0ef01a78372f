import { ApiKeyEntity } from './api-key.entity';
import { ArticleEntity } from './article.entity';
import { ClaimEventEntity } from './claim-event.entity';
import { ClaimEntity } from './claim.entity';
import { OutboxEntity } from './outbox.entity';
import { ReviewAssignmentEntity } from './review-assignment.entity';
import { SourceEntity } from './source.entity';
import { UserEntity } from './user.entity';
import { VerdictEntity } from './verdict.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEventEntity } from './webhook-event.entity';
import { WebhookEntity } from './webhook.entity';

export { ApiKeyEntity, ArticleEntity, ClaimEventEntity, ClaimEntity, OutboxEntity, ReviewAssignmentEntity, SourceEntity, UserEntity, VerdictEntity, WebhookDeliveryEntity, WebhookEntity, WebhookEventEntity };

export const ENTITIES = [UserEntity, ArticleEntity, ClaimEntity, ReviewAssignmentEntity, VerdictEntity, SourceEntity, ClaimEventEntity, OutboxEntity, ApiKeyEntity, WebhookEntity, WebhookEventEntity, WebhookDeliveryEntity];
