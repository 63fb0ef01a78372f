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
  /** The live publication's URL as stored (`publishedUrl`); the template's when null. */
  url?: string | null;
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
 * The fact check's public URL by the current template: what a publication is
 * given when it is published (and kept on its row; read it back with
 * `publishedUrl`, not this, once published).
 */
export function claimReviewUrl(org: Pick<ClaimReviewOrganization, 'claimReviewUrlTemplate'>, claimId: string): string {
  return org.claimReviewUrlTemplate.replace('{id}', claimId);
}

/**
 * The URL a publication was given: the one stored when it was published, so a
 * later change of the template does not rename what partners hold (a withdrawal
 * must name the URL they stored). Rows published before URLs were stored have
 * none: for them, the current template.
 */
export function publishedUrl(org: Pick<ClaimReviewOrganization, 'claimReviewUrlTemplate'>, publication: { claimId: string; url: string | null }): string {
  return publication.url ?? claimReviewUrl(org, publication.claimId);
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
    url: publishedUrl(org, { claimId: src.claim.id, url: src.url ?? null }),
    claimReviewed: src.claim.text,
    datePublished: src.publishedAt.toISOString(),
    ...(src.modifiedAt && src.modifiedAt.getTime() !== src.publishedAt.getTime() ? { dateModified: src.modifiedAt.toISOString() } : {}),
    author: { '@type': 'Organization', name: org.name, url: org.url },
    reviewRating,
    itemReviewed,
  };
}
