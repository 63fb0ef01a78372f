import { ClaimStatus } from './enums';
import { Rating } from './rating';
import { MAX_BOOST, MIN_BOOST, recencyScore, requiredReviewsFor, reviewPriority, spreadScore, verdictOutcome, type PriorityFactors } from './review-policy';

const S = ClaimStatus;
const NOW = new Date('2025-06-01T12:00:00Z');
const hoursAgo = (h: number): Date => new Date(NOW.getTime() - h * 3_600_000);
const base: PriorityFactors = { checkworthiness: 0.5, articleDate: hoursAgo(0), appearances: 1, boost: 0, pinned: false, now: NOW };
const p = (over: Partial<PriorityFactors>): number => reviewPriority({ ...base, ...over });

describe('verdictOutcome', () => {
  it('asks for more reviews until the required number is in', () => {
    expect(verdictOutcome([Rating.TRUE], 2)).toBe(S.QUEUED);
  });
  it('agrees on equal ratings and disputes different ones', () => {
    expect(verdictOutcome([Rating.TRUE], 1)).toBe(S.REVIEWED);
    expect(verdictOutcome([Rating.FALSE, Rating.FALSE], 2)).toBe(S.REVIEWED);
    expect(verdictOutcome([Rating.FALSE, Rating.MISLEADING], 2)).toBe(S.DISPUTED);
  });
});

describe('requiredReviewsFor', () => {
  const policy = { requiredReviews: 1, highScoreThreshold: 0.8, requiredReviewsHighScore: 3 };
  it('uses the global default below the threshold and the raised number at or above it', () => {
    expect(requiredReviewsFor(0.79, policy)).toBe(1);
    expect(requiredReviewsFor(0.8, policy)).toBe(3);
    expect(requiredReviewsFor(Number.NaN, policy)).toBe(1);
  });
  it('never lowers the requirement, and does nothing without a threshold', () => {
    expect(requiredReviewsFor(0.99, { requiredReviews: 2, highScoreThreshold: 0.5, requiredReviewsHighScore: 1 })).toBe(2);
    expect(requiredReviewsFor(0.99, { requiredReviews: 2, highScoreThreshold: null, requiredReviewsHighScore: 5 })).toBe(2);
  });
});

describe('reviewPriority: one formula for the queue order (smaller = served first)', () => {
  it('serves higher check-worthiness first', () => {
    expect(p({ checkworthiness: 0.9 })).toBeLessThan(p({ checkworthiness: 0.2 }));
  });
  it('serves claims from recent articles first', () => {
    expect(p({ articleDate: hoursAgo(1) })).toBeLessThan(p({ articleDate: hoursAgo(24 * 7) }));
    expect(recencyScore(hoursAgo(48), NOW)).toBeCloseTo(0.5, 10);
    expect(recencyScore(null, NOW)).toBe(0.5);
    // A date in the future (clock skew) counts as "now", not as more than new.
    expect(recencyScore(new Date(NOW.getTime() + 3_600_000), NOW)).toBe(1);
  });
  it('serves claims carried by more articles first, with diminishing returns', () => {
    expect(p({ appearances: 3 })).toBeLessThan(p({ appearances: 1 }));
    expect(spreadScore(1)).toBe(0);
    expect(spreadScore(8)).toBe(1);
    expect(spreadScore(80)).toBe(1);
    expect(spreadScore(2) - spreadScore(1)).toBeGreaterThan(spreadScore(3) - spreadScore(2));
  });
  it('weighs the signals: a very check-worthy old claim beats a barely check-worthy fresh one', () => {
    expect(p({ checkworthiness: 0.95, articleDate: hoursAgo(24 * 30) })).toBeLessThan(p({ checkworthiness: 0.3, articleDate: hoursAgo(0) }));
  });
  it('lets an editor boost (or sink) a claim past the signals', () => {
    expect(p({ checkworthiness: 0.1, boost: 80 })).toBeLessThan(p({ checkworthiness: 0.9 }));
    expect(p({ checkworthiness: 0.9, boost: -80 })).toBeGreaterThan(p({ checkworthiness: 0.1 }));
    // Out-of-range boosts are clamped rather than overflowing the priority range.
    expect(p({ boost: 10_000 })).toBe(p({ boost: MAX_BOOST }));
    expect(p({ boost: -10_000 })).toBe(p({ boost: MIN_BOOST }));
  });
  it('puts pinned claims before everything else', () => {
    expect(p({ pinned: true, checkworthiness: 0 })).toBe(1);
    expect(p({ checkworthiness: 1, boost: MAX_BOOST, appearances: 100 })).toBeGreaterThan(1);
  });
  it('stays an integer within BullMQ limits (1 .. 2^21) for any input', () => {
    for (const f of [{ checkworthiness: Number.NaN }, { checkworthiness: -3, boost: MIN_BOOST, articleDate: new Date('1900-01-01') }, { checkworthiness: 9, boost: MAX_BOOST, appearances: 1e9 }, { appearances: Number.NaN }]) {
      const v = p(f);
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(1);
      expect(v).toBeLessThanOrEqual(2 ** 21);
    }
  });
  it('reads a bare number as check-worthiness alone', () => {
    expect(reviewPriority(0.9)).toBeLessThan(reviewPriority(0.2));
    expect(reviewPriority(Number.NaN)).toBe(reviewPriority(0));
  });
});
