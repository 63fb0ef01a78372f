import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ClaimModel } from '../claims/claim.model';
import { Role } from '@app/domain';
import { CurrentUser, Roles } from '../common/decorators';
import type { Loaders } from '../common/loaders';
import { GqlContextLoaders } from '../common/loaders.decorator';
import type { Principal } from '../common/principal';
import { ArticleModel } from './article.model';
import { ArticlesService } from './articles.service';
import { SubmitArticleInput } from './submit-article.input';

@Resolver(() => ArticleModel)
export class ArticlesResolver {
  constructor(@Inject(ArticlesService) private readonly articles: ArticlesService) {}

  @Mutation(() => ArticleModel, { description: 'Idempotent: the same URL or the same body returns the article already stored' })
  submitArticle(@Args('input') input: SubmitArticleInput, @CurrentUser() user: Principal): Promise<ArticleModel> {
    return this.articles.submit(input, user.id);
  }

  @Mutation(() => ArticleModel, {
    description: 'Extract the article again with the current model (editors): new sentences become new claims; claims in or past review keep their reviews',
  })
  @Roles(Role.EDITOR)
  reextractArticle(@Args('articleId', { type: () => ID }) articleId: string): Promise<ArticleModel> {
    return this.articles.reextract(articleId);
  }

  @Query(() => ArticleModel, { nullable: true })
  article(@Args('id', { type: () => ID }) id: string, @GqlContextLoaders() loaders: Loaders): Promise<ArticleModel | null> {
    return loaders.article.load(id);
  }

  @ResolveField(() => [ClaimModel], { description: 'In the order they appear in the body' })
  claims(@Parent() article: ArticleModel, @GqlContextLoaders() loaders: Loaders): Promise<ClaimModel[]> {
    return loaders.claimsByArticle.load(article.id);
  }
}
