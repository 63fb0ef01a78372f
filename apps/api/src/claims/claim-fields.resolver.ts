import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { visibleVerdicts } from '@app/domain';
import { CommentModel } from '../comments/comment.model';
import { ANY_ROLE, CurrentViewer, Roles, Scopes } from '../common/decorators';
import type { Loaders } from '../common/loaders';
import { GqlContextLoaders } from '../common/loaders.decorator';
import type { Principal } from '../common/principal';
import { FinalVerdictKindEnum, FinalVerdictModel, PublishedVerdictModel } from '../editorial/final-verdict.model';
import { ClaimAppearanceModel, SimilarClaimModel } from '../matching/similar-claim.model';
import { VerdictModel } from '../review/verdict.model';
import { ClaimModel } from './claim.model';

/** The review workflow's view of a claim: verdicts (blind), decision, publications, notes, appearances. */
@Resolver(() => ClaimModel)
export class ClaimFieldsResolver {
  @ResolveField(() => [VerdictModel], { description: "Reviewers see others' verdicts only once they have given their own, or the round is decided" })
  @Scopes('verdicts:read')
  async verdicts(@Parent() claim: ClaimModel, @GqlContextLoaders() loaders: Loaders, @CurrentViewer() viewer: Principal): Promise<VerdictModel[]> {
    return visibleVerdicts(claim, await loaders.verdictsByClaim.load(claim.id), viewer);
  }

  @ResolveField(() => FinalVerdictModel, { nullable: true, description: 'The decided rating of the current round: consensus, or an editor’s resolution' })
  @Scopes('verdicts:read')
  async finalVerdict(@Parent() claim: ClaimModel, @GqlContextLoaders() loaders: Loaders): Promise<FinalVerdictModel | null> {
    const all = await loaders.finalVerdictsByClaim.load(claim.id);
    const current = all.find((f) => f.round === claim.reviewRound);
    return current ? { ...current, kind: current.kind as FinalVerdictKindEnum } : null;
  }

  @ResolveField(() => PublishedVerdictModel, { nullable: true, description: 'The live publication, when the claim is published' })
  async publishedVerdict(@Parent() claim: ClaimModel, @GqlContextLoaders() loaders: Loaders): Promise<PublishedVerdictModel | null> {
    return (await loaders.publishedVerdictsByClaim.load(claim.id)).find((p) => p.withdrawnAt === null) ?? null;
  }

  @ResolveField(() => [PublishedVerdictModel], { description: 'Every publication, oldest version first, withdrawn ones included' })
  publishedVerdicts(@Parent() claim: ClaimModel, @GqlContextLoaders() loaders: Loaders): Promise<PublishedVerdictModel[]> {
    return loaders.publishedVerdictsByClaim.load(claim.id);
  }

  @ResolveField(() => [CommentModel], { description: 'Notes by reviewers and editors, oldest first' })
  @Roles(...ANY_ROLE)
  comments(@Parent() claim: ClaimModel, @GqlContextLoaders() loaders: Loaders): Promise<CommentModel[]> {
    return loaders.commentsByClaim.load(claim.id);
  }

  @ResolveField(() => [ClaimAppearanceModel], { description: 'Every article carrying this claim: its own first, then those linked to it by matching' })
  async appearances(@Parent() claim: ClaimModel, @GqlContextLoaders() loaders: Loaders): Promise<ClaimAppearanceModel[]> {
    const canonical = claim.canonicalId ? await loaders.claim.load(claim.canonicalId) : claim;
    if (!canonical) return [];
    const linked = await loaders.linkedByCanonical.load(canonical.id);
    return [
      { claim: canonical, similarity: null, linkedAt: canonical.createdAt },
      ...linked.map((c) => ({ claim: c, similarity: c.matchSimilarity, linkedAt: c.createdAt })),
    ];
  }

  @ResolveField(() => ClaimModel, { nullable: true, description: 'When this claim was recognised as a known one: that claim, whose verdict stands for it' })
  canonicalClaim(@Parent() claim: ClaimModel, @GqlContextLoaders() loaders: Loaders): Promise<ClaimModel | null> {
    return claim.canonicalId ? loaders.claim.load(claim.canonicalId) : Promise.resolve(null);
  }

  @ResolveField(() => [SimilarClaimModel], { description: 'Known claims that are likely the same, found at extraction, best first' })
  async suggestions(@Parent() claim: ClaimModel, @GqlContextLoaders() loaders: Loaders): Promise<SimilarClaimModel[]> {
    const rows = await loaders.suggestionsByClaim.load(claim.id);
    const claims = await loaders.claim.loadMany(rows.map((r) => r.suggestedClaimId));
    return rows.flatMap((r, i) => {
      const c = claims[i];
      return c && !(c instanceof Error) ? [{ claim: c, similarity: r.similarity }] : [];
    });
  }
}
