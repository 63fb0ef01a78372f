import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@app/domain';
import { CurrentUser, Roles } from '../common/decorators';
import type { Principal } from '../common/principal';
import { ApiKeyModel, CreateApiKeyPayload } from './api-key.model';
import { ApiKeysService } from './api-keys.service';
import { CreateApiKeyInput } from './create-api-key.input';

// Admins only, and no scope: an API key cannot mint or revoke keys.
@Resolver(() => ApiKeyModel)
export class ApiKeysResolver {
  constructor(@Inject(ApiKeysService) private readonly keys: ApiKeysService) {}

  @Mutation(() => CreateApiKeyPayload, { description: 'The key is in the answer, and nowhere else, ever' })
  @Roles(Role.ADMIN)
  createApiKey(@Args('input') input: CreateApiKeyInput, @CurrentUser() user: Principal): Promise<CreateApiKeyPayload> {
    return this.keys.create(input, user.id);
  }

  @Mutation(() => ApiKeyModel, { description: 'Refused from the next request on' })
  @Roles(Role.ADMIN)
  revokeApiKey(@Args('id', { type: () => ID }) id: string): Promise<ApiKeyModel> {
    return this.keys.revoke(id);
  }

  @Query(() => [ApiKeyModel], { description: 'Newest first, shown by prefix' })
  @Roles(Role.ADMIN)
  apiKeys(): Promise<ApiKeyModel[]> {
    return this.keys.list();
  }
}
