import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ClaimStatus } from '@app/domain';
import { UserModel } from '../users/user.model';

@ObjectType('ClaimEvent')
export class ClaimEventModel {
  @Field(() => ID) id!: string;
  @Field() type!: string;
  @Field(() => ClaimStatus, { nullable: true }) fromStatus!: ClaimStatus | null;
  @Field(() => ClaimStatus) toStatus!: ClaimStatus;
  @Field() at!: Date;
  @Field(() => UserModel, { nullable: true }) actor?: UserModel | null;
  actorId!: string | null;
}
