import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, normaliseClaimText } from '@app/domain';
import { ClaimMatchRepository, ClaimTextIndex } from '@app/persistence';
import type { SimilarClaimModel } from './similar-claim.model';

// A search is looser than extraction's suggestion threshold: a person is reading the results.
const SEARCH_MIN_SIMILARITY = 0.3;
const MAX_TEXT = 2000;

@Injectable()
export class MatchingService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(ClaimMatchRepository) private readonly matches: ClaimMatchRepository,
    @Inject(ClaimTextIndex) private readonly textIndex: ClaimTextIndex,
  ) {}

  /** Known claims like the text, best first, each with its verdict through the claim. */
  async similar(text: string, first: number): Promise<SimilarClaimModel[]> {
    if (!Number.isInteger(first) || first < 1 || first > 50) throw badInput('first must be between 1 and 50');
    if (text.length > MAX_TEXT) throw badInput(`text is longer than ${MAX_TEXT} characters`);
    const normalised = normaliseClaimText(text);
    if (!normalised) throw badInput('text must contain words');
    const hits = (await this.textIndex.catchUp()) ? this.textIndex.search([normalised], SEARCH_MIN_SIMILARITY) : null;
    // The claims' rows come with the search: what the resolver returns, with its verdict through the claim.
    return this.matches.similar(this.ds.manager, normalised, first, SEARCH_MIN_SIMILARITY, hits?.[0] ?? null);
  }
}
