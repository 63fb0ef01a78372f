import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { classifyMatch } from '@app/domain';
import { ClaimMatchRepository, ClaimRepository, ClaimSuggestionEntity, ClaimTextIndex, LINKABLE_STATUSES, type Appearance, type ClaimEntity, type ClaimMatch } from '@app/persistence';

export interface LinkResult {
  /** New claims recognised as a known claim: linked to it, not queued. */
  linked: Set<string>;
  /** Review jobs replaced because a waiting claim gained an appearance (drop them once committed). */
  replacedJobs: string[];
  suggestions: number;
}

/** Which new claims (by index) are known claims seen again, decided before they are stored. */
export interface LinkPlan {
  /** Per new claim: the known claim (locked) it is another appearance of, or null. */
  links: ({ canonical: ClaimEntity; similarity: number } | null)[];
  /** Indexes of the linked claims, in the order the links are recorded (the canonical claims' id order). */
  order: number[];
  /** Likely matches, stored as suggestions once the claims have ids. */
  suggestions: { index: number; suggestedClaimId: string; similarity: number }[];
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
    @Inject(ClaimTextIndex) private readonly textIndex: ClaimTextIndex,
  ) {}

  /**
   * The known claims like each text, found before the extraction's
   * transaction: the search is the slow part (a trigram index scan per text)
   * and needs no lock, so no lock is held while it runs. `plan` checks each
   * match again under the canonical claim's row lock.
   * A text a linkable known claim already has, word for word, is linked to it
   * whatever else the search would find (similarity 1 is the most there is,
   * and a link keeps no suggestions), so only the other texts are searched:
   * bench W1 links 61 % of its claims that way, and the search was 70 % of
   * an extraction. Of several claims at similarity 1 the search returned any
   * one; the exact lookup takes a linkable one, the lowest id.
   * The search asks the process's in-memory index for candidates when it can
   * answer (caught up before the transaction, which holds a connection), and
   * Postgres's trigram index when it cannot.
   */
  async candidates(ds: DataSource, articleId: string, texts: readonly string[]): Promise<Map<string, ClaimMatch[]>> {
    const unique = [...new Set(texts)];
    const out = new Map<string, ClaimMatch[]>();
    if (unique.length === 0) return out;
    const indexed = await this.textIndex.catchUp();
    // A transaction of its own: the similarity threshold is set for it only.
    await ds.transaction(async (em) => {
      for (const m of await this.matches.exactForEach(em, unique, articleId, LINKABLE_STATUSES)) out.set(unique[m.index]!, [m]);
      const rest = unique.filter((t) => !out.has(t));
      const hits = indexed ? this.textIndex.search(rest, this.config.matchSuggestThreshold) : null;
      const found = await this.matches.nearestForEach(em, rest, articleId, SUGGESTIONS_PER_CLAIM, this.config.matchSuggestThreshold, hits);
      for (const m of found) out.set(rest[m.index]!, [...(out.get(rest[m.index]!) ?? []), m]);
    });
    return out;
  }

  /**
   * Decides, before the new claims are stored, which are another appearance
   * of a known claim: a near-certain match (SAME) of a claim in or past
   * review, checked again under that claim's row lock (all taken here, in
   * one statement); every other match is a suggestion. `texts[i]` is the i-th
   * new claim's normalised text.
   */
  async plan(em: EntityManager, texts: readonly string[], candidates: ReadonlyMap<string, ClaimMatch[]>): Promise<LinkPlan> {
    const plan: LinkPlan = { links: texts.map(() => null), order: [], suggestions: [] };
    if (texts.length === 0) return plan;
    const thresholds = { link: this.config.matchLinkThreshold, suggest: this.config.matchSuggestThreshold };
    const wanted: { index: number; match: ClaimMatch }[] = [];
    texts.forEach((text, index) => {
      const ms = candidates.get(text) ?? [];
      const best = ms[0];
      if (best && LINKABLE_STATUSES.includes(best.status) && classifyMatch(best.similarity, text, best.normalizedText, thresholds) === 'SAME') {
        wanted.push({ index, match: best });
      } else {
        for (const m of ms) plan.suggestions.push({ index, suggestedClaimId: m.claimId, similarity: m.similarity });
      }
    });
    // Every canonical claim locked in one statement, in id order, so two extractions never wait on each other in a circle.
    const locked = await this.claims.lockMany(em, wanted.map((w) => w.match.claimId));
    // Linked in the canonical claims' id order, as the locks were taken.
    wanted.sort((x, y) => (x.match.claimId < y.match.claimId ? -1 : x.match.claimId > y.match.claimId ? 1 : 0));
    for (const { index, match } of wanted) {
      const canonical = locked.get(match.claimId)!;
      // Found before this transaction: the known claim may have been dismissed or linked itself since.
      if (!LINKABLE_STATUSES.includes(canonical.status) || canonical.canonicalId) {
        plan.suggestions.push({ index, suggestedClaimId: match.claimId, similarity: match.similarity });
        continue;
      }
      plan.links[index] = { canonical, similarity: match.similarity };
      plan.order.push(index);
    }
    return plan;
  }

  /**
   * Records the plan once the new claims are stored (`saved[i]` is the i-th
   * text given to `plan`, stored with its link): the appearances on the
   * known claims (a waiting one moves up the queue) and the suggestions.
   */
  async link(em: EntityManager, articleId: string, saved: readonly ClaimEntity[], plan: LinkPlan): Promise<LinkResult> {
    const appearances: Appearance[] = plan.order.map((i) => ({ claim: saved[i]!, canonical: plan.links[i]!.canonical, similarity: plan.links[i]!.similarity }));
    const result: LinkResult = { linked: new Set(appearances.map((a) => a.claim.id)), replacedJobs: [], suggestions: 0 };
    result.replacedJobs = await this.claims.linkAppearances(em, articleId, appearances);
    const suggestions = plan.suggestions.map((s): Partial<ClaimSuggestionEntity> => ({ claimId: saved[s.index]!.id, suggestedClaimId: s.suggestedClaimId, similarity: s.similarity }));
    if (suggestions.length) {
      await em.createQueryBuilder().insert().into(ClaimSuggestionEntity).values(suggestions).orIgnore().execute();
      result.suggestions = suggestions.length;
    }
    return result;
  }
}
