/** Bump when a change to the rules can change the claims found in an article. */
export const EXTRACTION_ENGINE_VERSION = 'claimcheck-extraction-1.0.0';
