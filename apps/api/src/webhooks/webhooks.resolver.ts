import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@app/domain';
import { CurrentCaller, Roles, Scopes } from '../common/decorators';
import type { Caller } from '../common/principal';
import { CreateWebhookInput } from './create-webhook.input';
import { CreateWebhookPayload, WebhookDeliveryModel, WebhookModel } from './webhook.model';
import { WebhooksService } from './webhooks.service';

@Resolver(() => WebhookModel)
export class WebhooksResolver {
  constructor(@Inject(WebhooksService) private readonly service: WebhooksService) {}

  @Mutation(() => CreateWebhookPayload, { description: 'The secret is in the answer, and nowhere else, ever' })
  @Roles(Role.ADMIN)
  @Scopes('webhooks:manage')
  createWebhook(@Args('input') input: CreateWebhookInput, @CurrentCaller() caller: Caller): Promise<CreateWebhookPayload> {
    return this.service.create(input, caller);
  }

  @Mutation(() => Boolean, { description: 'Deletes the webhook and its delivery log' })
  @Roles(Role.ADMIN)
  @Scopes('webhooks:manage')
  deleteWebhook(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.delete(id);
  }

  @Mutation(() => WebhookModel, { description: 'Turns a webhook disabled after repeated failure back on, and sends the deliveries held for it meanwhile' })
  @Roles(Role.ADMIN)
  @Scopes('webhooks:manage')
  enableWebhook(@Args('id', { type: () => ID }) id: string): Promise<WebhookModel> {
    return this.service.enable(id);
  }

  @Query(() => [WebhookModel])
  @Roles(Role.ADMIN)
  @Scopes('webhooks:manage')
  webhooks(): Promise<WebhookModel[]> {
    return this.service.list();
  }

  @Query(() => [WebhookDeliveryModel], { description: 'The delivery log, newest first' })
  @Roles(Role.ADMIN)
  @Scopes('webhooks:manage')
  webhookDeliveries(
    @Args('webhookId', { type: () => ID }) webhookId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<WebhookDeliveryModel[]> {
    return this.service.deliveries(webhookId, first);
  }

  @Mutation(() => WebhookDeliveryModel, { description: 'Sends the delivery’s event again, as a new delivery' })
  @Roles(Role.ADMIN)
  @Scopes('webhooks:manage')
  redeliverWebhookDelivery(@Args('id', { type: () => ID }) id: string): Promise<WebhookDeliveryModel> {
    return this.service.redeliver(id);
  }
}
