/** Verdict ratings, best (TRUE) to worst; UNVERIFIABLE sits outside the scale. */
export enum Rating {
  TRUE = 'TRUE',
  MOSTLY_TRUE = 'MOSTLY_TRUE',
  HALF_TRUE = 'HALF_TRUE',
  MOSTLY_FALSE = 'MOSTLY_FALSE',
  FALSE = 'FALSE',
  MISLEADING = 'MISLEADING',
  UNVERIFIABLE = 'UNVERIFIABLE',
}

const SCALE: Record<Rating, number | null> = {
  [Rating.TRUE]: 5,
  [Rating.MOSTLY_TRUE]: 4,
  [Rating.HALF_TRUE]: 3,
  [Rating.MOSTLY_FALSE]: 2,
  [Rating.FALSE]: 1,
  // Misleading is true-ish in letter, false in effect: rated with MOSTLY_FALSE on a 5-point scale.
  [Rating.MISLEADING]: 2,
  [Rating.UNVERIFIABLE]: null,
};

/** Position on the 1 (worst) – 5 (best) scale used by ClaimReview; null when the rating has none. */
export function ratingValue(rating: Rating): number | null {
  return SCALE[rating];
}

export const RATING_BEST = 5;
export const RATING_WORST = 1;

/** Human label, as published. */
export function ratingLabel(rating: Rating): string {
  const label = rating.toLowerCase().replace(/_/g, ' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}
