import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReviewerStats', { description: "One reviewer's throughput and agreement with the final verdicts" })
export class ReviewerStatsModel {
  @Field(() => Int) verdicts!: number;
  @Field(() => Float, { nullable: true, description: 'Median seconds from taking a claim to submitting the verdict' }) medianSecondsToVerdict!: number | null;
  @Field(() => Int, { description: 'Verdicts on rounds that have a final verdict' }) decided!: number;
  @Field(() => Int, { description: 'Of those, how many had the final rating' }) matchedFinal!: number;
  @Field(() => Float, { nullable: true, description: 'matchedFinal / decided; null before any decision' }) agreementWithFinal!: number | null;
  reviewerId!: string;
}

@ObjectType('Agreement', { description: "Inter-reviewer agreement: Krippendorff's alpha over the ordinal ratings (UNVERIFIABLE counts as missing)" })
export class AgreementModel {
  @Field(() => Float, { nullable: true, description: 'Alpha: 1 perfect, 0 chance, below 0 systematic disagreement; null when undefined' }) alpha!: number | null;
  @Field() metric!: string;
  @Field(() => Int, { description: 'Claim review rounds with at least two rated verdicts' }) units!: number;
  @Field(() => Float, { description: 'Ratings in those rounds' }) pairableValues!: number;
}
