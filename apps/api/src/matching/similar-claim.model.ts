import { Field, Float, ObjectType } from '@nestjs/graphql';
import { ClaimModel } from '../claims/claim.model';

@ObjectType('SimilarClaim', { description: 'A known claim like the given text; its verdict is on claim.finalVerdict / claim.publishedVerdict' })
export class SimilarClaimModel {
  @Field(() => ClaimModel) claim!: ClaimModel;
  @Field(() => Float, { description: 'Trigram similarity of the normalised texts, 0–1' }) similarity!: number;
}

@ObjectType('ClaimAppearance', { description: 'An article that carries the claim' })
export class ClaimAppearanceModel {
  @Field(() => ClaimModel, { description: 'The claim as extracted from that article' }) claim!: ClaimModel;
  @Field(() => Float, { nullable: true, description: 'Similarity to the canonical claim; null for the canonical claim itself' }) similarity!: number | null;
  @Field() linkedAt!: Date;
}
