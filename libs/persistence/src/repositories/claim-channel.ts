/** Postgres channel carrying the id of every claim that changed; api processes relay it to subscribers. */
export const CLAIM_CHANNEL = 'claimcheck_claims';
