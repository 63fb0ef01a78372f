import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Scopes } from '../common/decorators';
import { MatchingService } from './matching.service';
import { SimilarClaimModel } from './similar-claim.model';

@Resolver(() => SimilarClaimModel)
export class MatchingResolver {
  constructor(@Inject(MatchingService) private readonly matching: MatchingService) {}

  // Integrations ask "was this checked already?" as often as people do: any key that may read claims may search them.
  @Scopes('claims:read')
  @Query(() => [SimilarClaimModel], { description: 'Known claims like this text (trigram similarity and full-text search on the normalised text), best first' })
  similarClaims(@Args('text') text: string, @Args('first', { type: () => Int, defaultValue: 10 }) first: number): Promise<SimilarClaimModel[]> {
    return this.matching.similar(text, first);
  }
}
