import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@app/domain';
import { IsHttpUrl } from '../common/validators';

@InputType()
export class CreateWebhookInput {
  @Field({ description: 'An http(s) URL; private, loopback and link-local targets are refused unless WEBHOOK_ALLOWED_HOSTS admits them' })
  @IsHttpUrl()
  url!: string;

  @Field(() => [String], { description: `Any of: ${WEBHOOK_EVENT_TYPES.join(', ')}` })
  @IsArray()
  @ArrayMinSize(1, { message: 'a webhook needs at least one event' })
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true, message: `each event must be one of: ${WEBHOOK_EVENT_TYPES.join(', ')}` })
  events!: WebhookEventType[];
}
