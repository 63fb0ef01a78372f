import type { Claim, ClaimReview, CreativeWork, Organization, Person, Rating as SchemaRating, WithContext } from 'schema-dts';
import { type Rating, RATING_BEST, RATING_WORST, ratingLabel, ratingValue } from '@app/domain';

export interface ClaimReviewOrganization {
  name: string;
  url: string;
  /** The fact check's public page; `{id}` is replaced by the claim id. */
  claimReviewUrlTemplate: string;
}

export interface ClaimReviewSource {
  claim: { id: string; text: string; claimant: string | null };
  /** The rating as published (the claim's final verdict). */
  rating: Rating;
  /** When the fact check was first published. */
  publishedAt: Date;
  /** When the live version was published, if it is not the first. */
  modifiedAt?: Date | null;
  /** The articles the claim appeared in. */
  appearances: { url: string | null; title: string; source: string | null; publishedAt: Date | null; createdAt: Date }[];
}

// Claimants named like institutions are organisations; anyone else is taken for a person.
const ORGANISATION = /\b(ministry|government|department|agency|office|party|committee|council|parliament|seimas|commission|company|corporation|inc|ltd|bank|union|association|institute|university|police|army|forces|nato|un|eu|who)\b/i;

function claimant(name: string): Person | Organization {
  return ORGANISATION.test(name) || /^the\s/i.test(name) ? { '@type': 'Organization', name } : { '@type': 'Person', name };
}

/**
 * The fact check's public URL: the ClaimReview's `url`, and what webhooks and
 * the withdrawals feed name it by, so a receiver can match what it was given.
 */
export function claimReviewUrl(org: Pick<ClaimReviewOrganization, 'claimReviewUrlTemplate'>, claimId: string): string {
  return org.claimReviewUrlTemplate.replace('{id}', claimId);
}

/**
 * A published claim as schema.org ClaimReview JSON-LD, with what Google's
 * fact-check markup requires (claimReviewed, reviewRating.alternateName, url)
 * and recommends (author, datePublished, itemReviewed as a Claim with its
 * author, datePublished and appearances). Typed against schema-dts.
 */
export function buildClaimReview(src: ClaimReviewSource, org: ClaimReviewOrganization): WithContext<ClaimReview> {
  const value = ratingValue(src.rating);
  const reviewRating: SchemaRating = {
    '@type': 'Rating',
    ...(value === null ? {} : { ratingValue: value, bestRating: RATING_BEST, worstRating: RATING_WORST }),
    alternateName: ratingLabel(src.rating),
  };
  const appearances = [...src.appearances].sort((a, b) => (a.publishedAt ?? a.createdAt).getTime() - (b.publishedAt ?? b.createdAt).getTime());
  const works: CreativeWork[] = appearances.map((a) => ({
    '@type': 'CreativeWork',
    ...(a.url ? { url: a.url } : {}),
    headline: a.title,
    ...(a.publishedAt ? { datePublished: a.publishedAt.toISOString() } : {}),
    ...(a.source ? { publisher: { '@type': 'Organization', name: a.source } } : {}),
  }));
  const first = appearances[0];
  const itemReviewed: Claim = {
    '@type': 'Claim',
    ...(src.claim.claimant ? { author: claimant(src.claim.claimant) } : {}),
    ...(first ? { datePublished: (first.publishedAt ?? first.createdAt).toISOString() } : {}),
    ...(works.length ? { appearance: works, firstAppearance: works[0] } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claimReviewUrl(org, src.claim.id),
    claimReviewed: src.claim.text,
    datePublished: src.publishedAt.toISOString(),
    ...(src.modifiedAt && src.modifiedAt.getTime() !== src.publishedAt.getTime() ? { dateModified: src.modifiedAt.toISOString() } : {}),
    author: { '@type': 'Organization', name: org.name, url: org.url },
    reviewRating,
    itemReviewed,
  };
}
