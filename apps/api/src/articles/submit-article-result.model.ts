import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ArticleModel } from './article.model';

@ObjectType('ItemError')
export class ItemErrorModel {
  @Field({ description: 'As extensions.code: BAD_USER_INPUT, …' }) code!: string;
  @Field() message!: string;
}

@ObjectType('SubmitArticleResult')
export class SubmitArticleResultModel {
  @Field(() => Int, { description: 'Position of the item in the inputs' }) index!: number;
  @Field() accepted!: boolean;
  @Field({ description: 'False when the article was already stored (same URL or body): idempotent' }) created!: boolean;
  @Field(() => ArticleModel, { nullable: true }) article?: ArticleModel | null;
  @Field(() => ItemErrorModel, { nullable: true }) error!: ItemErrorModel | null;
}
