import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { WebhookDeliveryStatus } from '@app/domain';

registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });

@ObjectType('Webhook')
export class WebhookModel {
  @Field(() => ID) id!: string;
  @Field() url!: string;
  @Field(() => [String]) events!: string[];
  @Field({ description: 'False once disabled after repeated failure; enableWebhook turns it back on' }) enabled!: boolean;
  @Field(() => Int, { description: 'Deliveries in a row that failed after every retry' }) consecutiveFailures!: number;
  @Field(() => Date, { nullable: true }) disabledAt!: Date | null;
  @Field(() => String, { nullable: true }) disabledReason!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('CreateWebhookPayload')
export class CreateWebhookPayload {
  @Field({ description: 'Shown only here, once: the HMAC-SHA256 key of X-Claimcheck-Signature' }) secret!: string;
  @Field(() => WebhookModel) webhook!: WebhookModel;
}

@ObjectType('WebhookDelivery')
export class WebhookDeliveryModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) webhookId!: string;
  @Field(() => ID, { description: 'The id in the body; the same for every delivery of one event' }) eventId!: string;
  @Field() eventType!: string;
  @Field(() => WebhookDeliveryStatus) status!: WebhookDeliveryStatus;
  @Field(() => Int) attempts!: number;
  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt; null when no answer came' }) responseCode!: number | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => ID, { nullable: true, description: 'The delivery this one repeats' }) redeliveryOf!: string | null;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}
