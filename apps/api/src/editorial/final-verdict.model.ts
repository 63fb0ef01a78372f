import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Rating } from '@app/domain';
import '../common/enums.graphql';

export enum FinalVerdictKindEnum {
  CONSENSUS = 'CONSENSUS',
  EDITOR = 'EDITOR',
}
registerEnumType(FinalVerdictKindEnum, { name: 'FinalVerdictKind', description: 'CONSENSUS: the required reviewers agreed; EDITOR: an editor resolved a dispute' });

@ObjectType('FinalVerdict', { description: "The claim's decided rating for its current round of reviews" })
export class FinalVerdictModel {
  @Field(() => ID) id!: string;
  @Field(() => Rating) rating!: Rating;
  @Field() rationale!: string;
  @Field(() => FinalVerdictKindEnum) kind!: FinalVerdictKindEnum;
  @Field(() => Int) round!: number;
  @Field({ description: 'When it was decided' }) createdAt!: Date;
  decidedBy!: string | null;
  verdictId!: string | null;
}

@ObjectType('PublishedVerdict', { description: 'One publication of the claim’s verdict; versions count up per claim and withdrawn ones stay' })
export class PublishedVerdictModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => Rating) rating!: Rating;
  @Field() rationale!: string;
  @Field() publishedAt!: Date;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
  publishedBy!: string;
  withdrawnBy!: string | null;
}
