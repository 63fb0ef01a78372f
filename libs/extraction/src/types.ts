/** Full Fact's claim taxonomy. */
export const CLAIM_TYPES = ['QUANTITY', 'PREDICTION', 'CORRELATION_CAUSATION', 'LAWS_RULES', 'PERSONAL_EXPERIENCE', 'OTHER'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** What the service hands the engine: the article as submitted. */
export interface ExtractionInput {
  body: string;
  title?: string;
  /** The publisher; unattributed statements are theirs. */
  source?: string;
}

/** One checkable statement found in an article. */
export interface ExtractedClaim {
  /** The checkable statement without its attribution frame. */
  text: string;
  /**
   * The full sentence, exactly as in the body: body.slice(spanStart, spanEnd). When one sentence holds
   * two statements with frames of their own ("A, said X, adding that B"), each claim's is its clause,
   * so that the claims of an article stay unique by span.
   */
  quote: string;
  spanStart: number;
  spanEnd: number;
  /** Person or body the claim is attributed to; the publisher when unattributed; null when unknown. */
  claimant: string | null;
  claimantRole: string | null;
  /** What the claimant is: a named or pronoun-resolved person, an organisation or group, or the publisher (unattributed). */
  claimantKind?: 'PERSON' | 'ORGANISATION' | 'PUBLISHER';
  claimType: ClaimType;
  /** Check-worthiness in [0, 1]. */
  checkworthiness: number;
  /** checkworthiness >= the model's threshold. */
  checkworthy: boolean;
}

export interface ExtractionResult {
  claims: ExtractedClaim[];
  /** Version of the engine + model that produced the claims; recorded on each claim. */
  modelVersion: string;
}
