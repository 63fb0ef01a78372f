/**
 * Bump when a change to the rules can change the claims found in an article.
 * 1.1.0: the claimant, claim-text, type, rhetoric and transcript-label rules added since 1.0.0, which
 * 1.0.0 claims do not have; an editor re-extracts an article to get them (its claims record this version).
 */
export const EXTRACTION_ENGINE_VERSION = 'claimcheck-extraction-1.1.0';
