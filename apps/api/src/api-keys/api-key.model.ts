import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ApiKey')
export class ApiKeyModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'The first characters of the key, to recognise it' }) prefix!: string;
  @Field(() => [String]) scopes!: string[];
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Updated at most once a minute' }) lastUsedAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType('CreateApiKeyPayload')
export class CreateApiKeyPayload {
  @Field({ description: 'Shown only here, once: send as Authorization: Bearer <key>' }) key!: string;
  @Field(() => ApiKeyModel) apiKey!: ApiKeyModel;
}
