import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ClaimStatus } from '@app/domain';
import { ClaimTypeEnum } from '../common/enums.graphql';

@ObjectType('Claim')
export class ClaimModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'The checkable statement, without its attribution frame' }) text!: string;
  @Field({ description: 'The full sentence as it stands in the article' }) quote!: string;
  @Field(() => Int, { description: 'Offset of the sentence in the article body (UTF-16 code units)' }) spanStart!: number;
  @Field(() => Int) spanEnd!: number;
  @Field(() => String, { nullable: true }) claimant!: string | null;
  @Field(() => String, { nullable: true }) claimantRole!: string | null;
  @Field(() => ClaimTypeEnum) claimType!: string;
  @Field(() => Float, { description: 'Check-worthiness in [0, 1]' }) checkworthiness!: number;
  @Field(() => ClaimStatus) status!: ClaimStatus;
  @Field(() => Int) requiredReviews!: number;
  @Field() modelVersion!: string;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  articleId!: string;
}
