import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ArticleStatus } from '@app/domain';
import '../common/enums.graphql';

@ObjectType('Article')
export class ArticleModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => ArticleStatus) status!: ArticleStatus;
  @Field(() => String, { nullable: true, description: 'Why extraction failed, when it did' }) error!: string | null;
  @Field(() => String, { nullable: true, description: 'Extraction engine and model that produced the claims' }) modelVersion!: string | null;
  @Field() createdAt!: Date;
}
