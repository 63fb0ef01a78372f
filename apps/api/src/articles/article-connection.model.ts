import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../claims/claim-connection.model';
import { ArticleModel } from './article.model';

@ObjectType('ArticleEdge')
export class ArticleEdge {
  @Field() cursor!: string;
  @Field(() => ArticleModel) node!: ArticleModel;
}

@ObjectType('ArticleConnection')
export class ArticleConnection {
  @Field(() => [ArticleEdge]) edges!: ArticleEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
