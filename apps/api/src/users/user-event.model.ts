import { Field, ID, ObjectType } from '@nestjs/graphql';
import { JsonScalar } from '../common/enums.graphql';

/** One change to an account (user_events): what, by whom (`actor`, resolved in UsersResolver), when. */
@ObjectType('UserEvent')
export class UserEventModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'CREATED, UPDATED, DEACTIVATED, REACTIVATED, PASSWORD_CHANGED or PASSWORD_RESET' }) type!: string;
  @Field(() => JsonScalar, { nullable: true, description: 'What changed: UPDATED has { before, after }; never a password' }) data!: Record<string, unknown> | null;
  @Field() at!: Date;
  actorId!: string | null;
}
