import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Rating } from '@app/domain';
import '../common/enums.graphql';

@ObjectType('Verdict')
export class VerdictModel {
  @Field(() => ID) id!: string;
  @Field(() => Rating) rating!: Rating;
  @Field() rationale!: string;
  @Field(() => Int, { description: 'The round of reviews it belongs to' }) round!: number;
  @Field() createdAt!: Date;
  claimId!: string;
  reviewerId!: string;
}
