import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ClaimModel } from '../claims/claim.model';
import { Role } from '@app/domain';
import { CurrentCaller, Roles, Scopes } from '../common/decorators';
import type { Loaders } from '../common/loaders';
import { GqlContextLoaders } from '../common/loaders.decorator';
import type { Caller } from '../common/principal';
import { ArticleConnection } from './article-connection.model';
import { ArticleModel } from './article.model';
import { ArticlesArgs } from './articles.args';
import { ArticleIngestService } from './article-ingest.service';
import { SubmitArticleResultModel } from './submit-article-result.model';
import { ArticlesService } from './articles.service';
import { SubmitArticleInput } from './submit-article.input';
import { type FieldArgs, RestrictedField } from '../common/fields';
import type { GqlContext } from '../common/gql-context';

@Resolver(() => ArticleModel)
export class ArticlesResolver {
  constructor(
    @Inject(ArticlesService) private readonly articles: ArticlesService,
    @Inject(ArticleIngestService) private readonly ingest: ArticleIngestService,
  ) {}

  @Mutation(() => ArticleModel, { description: 'Idempotent: the same URL or the same body returns the article already stored' })
  @Scopes('articles:write')
  submitArticle(@Args('input') input: SubmitArticleInput, @CurrentCaller() caller: Caller): Promise<ArticleModel> {
    return this.articles.submit(input, caller);
  }

  @Mutation(() => [SubmitArticleResultModel], {
    description: 'Up to INGEST_BATCH_MAX articles; each accepted or refused on its own, with the same rules and idempotency as submitArticle',
  })
  @Scopes('articles:write')
  submitArticles(@Args('inputs', { type: () => [SubmitArticleInput] }) inputs: SubmitArticleInput[], @CurrentCaller() caller: Caller): Promise<SubmitArticleResultModel[]> {
    return this.ingest.submitMany(inputs, caller);
  }

  @Mutation(() => ArticleModel, {
    description: 'Extract the article again with the current model (editors): new sentences become new claims; claims in or past review keep their reviews',
  })
  @Roles(Role.EDITOR)
  reextractArticle(@Args('articleId', { type: () => ID }) articleId: string): Promise<ArticleModel> {
    return this.articles.reextract(articleId);
  }

  @Query(() => ArticleModel, { nullable: true })
  @Scopes('articles:read')
  article(@Args('id', { type: () => ID }) id: string, @GqlContextLoaders() loaders: Loaders): Promise<ArticleModel | null> {
    return loaders.article.load(id);
  }

  @Query(() => ArticleConnection, { name: 'articles', description: 'Newest first; `search` finds articles by words of their title, URL or source' })
  @Scopes('articles:read')
  listArticles(@Args() args: ArticlesArgs): Promise<ArticleConnection> {
    return this.articles.list(args);
  }

  // The article loader leaves the body out (a claims page would read up to 1 MB per article for a title); read it when asked for.
  @ResolveField(() => String)
  async body(article: ArticleModel, _args: FieldArgs, { loaders }: GqlContext): Promise<string> {
    if (typeof article.body === 'string') return article.body;
    return (await loaders.articleBody.load(article.id))?.body ?? '';
  }

  @RestrictedField({ scopes: ['claims:read'] }, () => [ClaimModel], { description: 'In the order they appear in the body' })
  claims(article: ArticleModel, _args: FieldArgs, { loaders }: GqlContext): Promise<ClaimModel[]> {
    return loaders.claimsByArticle.load(article.id);
  }
}
