import { ClaimStatus } from './enums';
import { type Rating } from './rating';

/** Where a claim goes after a verdict: more reviews, consensus, or a dispute. */
export function verdictOutcome(ratings: readonly Rating[], requiredReviews: number): ClaimStatus {
  if (ratings.length < requiredReviews) return ClaimStatus.QUEUED;
  return new Set(ratings).size === 1 ? ClaimStatus.REVIEWED : ClaimStatus.DISPUTED;
}

/** How many independent verdicts a claim needs: the global default, raised for high-scoring claims. */
export interface ReviewPolicy {
  requiredReviews: number;
  /** Claims scoring at least this need `requiredReviewsHighScore` verdicts; null = no such rule. */
  highScoreThreshold: number | null;
  requiredReviewsHighScore: number;
}

export function requiredReviewsFor(checkworthiness: number, policy: ReviewPolicy): number {
  const high = policy.highScoreThreshold !== null && Number.isFinite(checkworthiness) && checkworthiness >= policy.highScoreThreshold;
  // The rule only ever raises the requirement: a lower "high score" number would make no sense.
  return high ? Math.max(policy.requiredReviews, policy.requiredReviewsHighScore) : policy.requiredReviews;
}

export const MAX_REQUIRED_REVIEWS = 10;
export const MIN_BOOST = -100;
export const MAX_BOOST = 100;

/** What the queue order is made of. */
export interface PriorityFactors {
  /** Check-worthiness in [0, 1]. */
  checkworthiness: number;
  /** When the article was published (or, unknown, submitted); null = unknown. */
  articleDate: Date | null;
  /** How many articles carry the claim, its own included (≥ 1). */
  appearances: number;
  /** An editor's boost, in points on the 0–100 scale, MIN_BOOST..MAX_BOOST. */
  boost: number;
  /** Pinned claims are served before everything else, oldest pin first. */
  pinned: boolean;
  now: Date;
}

/** Weights of the three signals; they add up to 1, so the base score stays in [0, 1]. */
export const PRIORITY_WEIGHTS = Object.freeze({ checkworthiness: 0.6, recency: 0.25, spread: 0.15 });
/** An article loses half its recency every this many hours. */
export const RECENCY_HALF_LIFE_HOURS = 48;
/** The spread signal saturates at this many articles. */
export const SPREAD_SATURATION = 8;

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const finite = (x: number, fallback: number): number => (Number.isFinite(x) ? x : fallback);

/** 1 for an article published now, halving every RECENCY_HALF_LIFE_HOURS; 0.5 when the date is unknown. */
export function recencyScore(articleDate: Date | null, now: Date): number {
  if (!articleDate || Number.isNaN(articleDate.getTime())) return 0.5;
  const ageHours = Math.max(0, (now.getTime() - articleDate.getTime()) / 3_600_000);
  return 0.5 ** (ageHours / RECENCY_HALF_LIFE_HOURS);
}

/** 0 for a claim seen once, rising on a log scale to 1 at SPREAD_SATURATION articles. */
export function spreadScore(appearances: number): number {
  const n = Math.max(1, Math.floor(finite(appearances, 1)));
  return Math.min(1, Math.log2(n) / Math.log2(SPREAD_SATURATION));
}

/** The claim's urgency in points: 0–100 from the signals, plus the editor's boost. */
export function priorityScore(f: Omit<PriorityFactors, 'pinned'>): number {
  const base =
    PRIORITY_WEIGHTS.checkworthiness * clamp(finite(f.checkworthiness, 0), 0, 1) +
    PRIORITY_WEIGHTS.recency * recencyScore(f.articleDate, f.now) +
    PRIORITY_WEIGHTS.spread * spreadScore(f.appearances);
  return 100 * base + clamp(Math.round(finite(f.boost, 0)), MIN_BOOST, MAX_BOOST);
}

// Points span MIN_BOOST..100+MAX_BOOST; each point is split into 1000 steps so
// near-equal scores still order, and the result stays far below BullMQ's 2^21.
const STEPS_PER_POINT = 1000;
const TOP_POINTS = 100 + MAX_BOOST;

/**
 * BullMQ priority for a claim awaiting review: 1 is served first. The one
 * formula for the queue order. Pinned claims get 1; everything else 2 and up,
 * more urgent → smaller. A bare number is read as check-worthiness alone
 * (article of unknown date, seen once, no boost).
 */
export function reviewPriority(input: number | PriorityFactors): number {
  const f: PriorityFactors = typeof input === 'number' ? { checkworthiness: input, articleDate: null, appearances: 1, boost: 0, pinned: false, now: new Date(0) } : input;
  if (f.pinned) return 1;
  const points = clamp(priorityScore(f), MIN_BOOST, TOP_POINTS);
  return 2 + Math.round((TOP_POINTS - points) * STEPS_PER_POINT);
}
