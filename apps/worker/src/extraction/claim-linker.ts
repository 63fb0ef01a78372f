import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { classifyMatch } from '@app/domain';
import { ClaimMatchRepository, ClaimRepository, ClaimSuggestionEntity, LINKABLE_STATUSES, type Appearance, type ClaimEntity, type ClaimMatch } from '@app/persistence';

export interface LinkResult {
  /** New claims recognised as a known claim: linked to it, not queued. */
  linked: Set<string>;
  /** Review jobs replaced because a waiting claim gained an appearance (drop them once committed). */
  replacedJobs: string[];
  suggestions: number;
}

// How many likely matches are kept per new claim.
const SUGGESTIONS_PER_CLAIM = 3;

/**
 * Recognises new claims as claims already known. A near-certain match (same
 * figures, similarity ≥ MATCH_LINK_THRESHOLD) of a claim in or past review
 * links the new one to it as another appearance, so it is not reviewed twice;
 * likely matches (≥ MATCH_SUGGEST_THRESHOLD) are stored as suggestions shown
 * to the reviewer with their verdicts.
 */
@Injectable()
export class ClaimLinker {
  constructor(
    @Inject(ClaimMatchRepository) private readonly matches: ClaimMatchRepository,
    @Inject(ClaimRepository) private readonly claims: ClaimRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The known claims like each text, found before the extraction's
   * transaction: the search is the slow part (a trigram index scan per text)
   * and needs no lock, so no lock is held while it runs. `link` checks each
   * match again under the canonical claim's row lock.
   */
  async candidates(ds: DataSource, articleId: string, texts: readonly string[]): Promise<Map<string, ClaimMatch[]>> {
    const unique = [...new Set(texts)];
    const out = new Map<string, ClaimMatch[]>();
    if (unique.length === 0) return out;
    // A transaction of its own: the similarity threshold is set for it only.
    const found = await ds.transaction((em) => this.matches.nearestForEach(em, unique, articleId, SUGGESTIONS_PER_CLAIM, this.config.matchSuggestThreshold));
    for (const m of found) out.set(unique[m.index]!, [...(out.get(unique[m.index]!) ?? []), m]);
    return out;
  }

  async link(em: EntityManager, articleId: string, fresh: readonly ClaimEntity[], candidates: ReadonlyMap<string, ClaimMatch[]>): Promise<LinkResult> {
    const result: LinkResult = { linked: new Set(), replacedJobs: [], suggestions: 0 };
    if (fresh.length === 0) return result;
    const thresholds = { link: this.config.matchLinkThreshold, suggest: this.config.matchSuggestThreshold };
    const byIndex = new Map<number, ClaimMatch[]>(fresh.map((c, i) => [i, candidates.get(c.normalizedText) ?? []]));

    const links: { claim: ClaimEntity; match: ClaimMatch }[] = [];
    const suggestions: Partial<ClaimSuggestionEntity>[] = [];
    fresh.forEach((claim, i) => {
      const ms = byIndex.get(i) ?? [];
      const best = ms[0];
      if (best && LINKABLE_STATUSES.includes(best.status) && classifyMatch(best.similarity, claim.normalizedText, best.normalizedText, thresholds) === 'SAME') {
        links.push({ claim, match: best });
      } else {
        for (const m of ms) suggestions.push({ claimId: claim.id, suggestedClaimId: m.claimId, similarity: m.similarity });
      }
    });

    // Every canonical claim locked in one statement, in id order, so two extractions never wait on each other in a circle.
    const locked = await this.claims.lockMany(em, links.map((l) => l.match.claimId));
    // Linked in the canonical claims' id order, as the locks were taken.
    links.sort((x, y) => (x.match.claimId < y.match.claimId ? -1 : x.match.claimId > y.match.claimId ? 1 : 0));
    const appearances: Appearance[] = [];
    for (const { claim, match } of links) {
      const canonical = locked.get(match.claimId)!;
      // Found before this transaction: the known claim may have been dismissed or linked itself since.
      if (!LINKABLE_STATUSES.includes(canonical.status) || canonical.canonicalId) {
        suggestions.push({ claimId: claim.id, suggestedClaimId: match.claimId, similarity: match.similarity });
        continue;
      }
      appearances.push({ claim, canonical, similarity: match.similarity });
      result.linked.add(claim.id);
    }
    // One more article carries each canonical claim: a waiting one moves up the queue (a new review job).
    result.replacedJobs = await this.claims.linkAppearances(em, articleId, appearances);
    if (suggestions.length) {
      await em.createQueryBuilder().insert().into(ClaimSuggestionEntity).values(suggestions).orIgnore().execute();
      result.suggestions = suggestions.length;
    }
    return result;
  }
}
