import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Comment', { description: 'A note on a claim; not part of any verdict' })
export class CommentModel {
  @Field(() => ID) id!: string;
  @Field() body!: string;
  @Field() createdAt!: Date;
  authorId!: string;
  claimId!: string;
}
