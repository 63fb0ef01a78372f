import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Rating } from '@app/domain';
import '../common/enums.graphql';

@ObjectType('Verdict')
export class VerdictModel {
  @Field(() => ID) id!: string;
  @Field(() => Rating) rating!: Rating;
  @Field() rationale!: string;
  @Field() createdAt!: Date;
  claimId!: string;
  reviewerId!: string;
}
