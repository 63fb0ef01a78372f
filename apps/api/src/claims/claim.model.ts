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
  @Field(() => Int, { description: 'Independent verdicts needed before the claim is decided' }) requiredReviews!: number;
  @Field(() => Int, { description: 'Bumped by every change; send it back with an edit to detect concurrent edits (CONFLICT)' }) version!: number;
  @Field(() => Int, { description: 'Round of reviews: 1, and +1 each time an editor reopens the claim' }) reviewRound!: number;
  @Field(() => Int, { description: "Editor's boost in priority points (-100..100)" }) boost!: number;
  @Field({ description: 'Pinned claims are served before all others' }) pinned!: boolean;
  @Field() modelVersion!: string;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  articleId!: string;
  canonicalId!: string | null;
  matchSimilarity!: number | null;
}
