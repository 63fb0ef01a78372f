import { ResolveField, Resolver } from '@nestjs/graphql';
import { visibleVerdicts } from '@app/domain';
import { CommentModel } from '../comments/comment.model';
import { ANY_ROLE, viewerOf } from '../common/decorators';
import { FinalVerdictKindEnum, FinalVerdictModel, PublishedVerdictModel } from '../editorial/final-verdict.model';
import { ClaimAppearanceModel, SimilarClaimModel } from '../matching/similar-claim.model';
import { VerdictModel } from '../review/verdict.model';
import { ClaimModel } from './claim.model';
import type { Access } from '../common/access';
import { type FieldArgs, RestrictedField } from '../common/fields';
import { loadNow, thenNow } from '../common/settled-cache';
import type { GqlContext } from '../common/gql-context';

/** Who may read a claim's verdicts; the claims page reads them along only for such callers (claims-page.ts). */
export const VERDICTS_ACCESS: Access = { scopes: ['verdicts:read'] };

/** The review workflow's view of a claim: verdicts (blind), decision, publications, notes, appearances. */
@Resolver(() => ClaimModel)
export class ClaimFieldsResolver {
  @RestrictedField(VERDICTS_ACCESS, () => [VerdictModel], { description: "Reviewers see others' verdicts only once they have given their own, or the round is decided" })
  verdicts(claim: ClaimModel, _args: FieldArgs, ctx: GqlContext): VerdictModel[] | Promise<VerdictModel[]> {
    return thenNow(loadNow(ctx.loaders.verdictsByClaim, claim.id), (all) => visibleVerdicts(claim, all, viewerOf(ctx)));
  }

  @RestrictedField({ scopes: ['verdicts:read'] }, () => FinalVerdictModel, { nullable: true, description: 'The decided rating of the current round: consensus, or an editor’s resolution' })
  async finalVerdict(claim: ClaimModel, _args: FieldArgs, { loaders }: GqlContext): Promise<FinalVerdictModel | null> {
    const all = await loaders.finalVerdictsByClaim.load(claim.id);
    const current = all.find((f) => f.round === claim.reviewRound);
    return current ? { ...current, kind: current.kind as FinalVerdictKindEnum } : null;
  }

  @ResolveField(() => PublishedVerdictModel, { nullable: true, description: 'The live publication, when the claim is published' })
  async publishedVerdict(claim: ClaimModel, _args: FieldArgs, { loaders }: GqlContext): Promise<PublishedVerdictModel | null> {
    return (await loaders.publishedVerdictsByClaim.load(claim.id)).find((p) => p.withdrawnAt === null) ?? null;
  }

  @ResolveField(() => [PublishedVerdictModel], { description: 'Every publication, oldest version first, withdrawn ones included' })
  publishedVerdicts(claim: ClaimModel, _args: FieldArgs, { loaders }: GqlContext): Promise<PublishedVerdictModel[]> {
    return loaders.publishedVerdictsByClaim.load(claim.id);
  }

  @RestrictedField({ roles: ANY_ROLE }, () => [CommentModel], { description: 'Notes by reviewers and editors, oldest first' })
  comments(claim: ClaimModel, _args: FieldArgs, { loaders }: GqlContext): Promise<CommentModel[]> {
    return loaders.commentsByClaim.load(claim.id);
  }

  @ResolveField(() => [ClaimAppearanceModel], { description: 'Every article carrying this claim: its own first, then those linked to it by matching' })
  async appearances(claim: ClaimModel, _args: FieldArgs, { loaders }: GqlContext): Promise<ClaimAppearanceModel[]> {
    const canonical = claim.canonicalId ? await loaders.claim.load(claim.canonicalId) : claim;
    if (!canonical) return [];
    const linked = await loaders.linkedByCanonical.load(canonical.id);
    return [
      { claim: canonical, similarity: null, linkedAt: canonical.createdAt },
      ...linked.map((c) => ({ claim: c, similarity: c.matchSimilarity, linkedAt: c.createdAt })),
    ];
  }

  @ResolveField(() => ClaimModel, { nullable: true, description: 'When this claim was recognised as a known one: that claim, whose verdict stands for it' })
  canonicalClaim(claim: ClaimModel, _args: FieldArgs, { loaders }: GqlContext): Promise<ClaimModel | null> {
    return claim.canonicalId ? loaders.claim.load(claim.canonicalId) : Promise.resolve(null);
  }

  @ResolveField(() => [SimilarClaimModel], { description: 'Known claims that are likely the same, found at extraction, best first' })
  async suggestions(claim: ClaimModel, _args: FieldArgs, { loaders }: GqlContext): Promise<SimilarClaimModel[]> {
    const rows = await loaders.suggestionsByClaim.load(claim.id);
    const claims = await loaders.claim.loadMany(rows.map((r) => r.suggestedClaimId));
    return rows.flatMap((r, i) => {
      const c = claims[i];
      return c && !(c instanceof Error) ? [{ claim: c, similarity: r.similarity }] : [];
    });
  }
}
