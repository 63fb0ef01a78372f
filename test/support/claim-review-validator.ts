/**
 * Google's structured-data rules for ClaimReview (Fact Check markup): the
 * required properties, and the recommended ones we promise to fill. Returns
 * what is wrong, empty when the document is valid.
 */
export function claimReviewProblems(doc: unknown): string[] {
  const p: string[] = [];
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const str = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
  const isoDate = (v: unknown): boolean => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(v) && !Number.isNaN(Date.parse(v));
  const absUrl = (v: unknown): boolean => {
    try {
      return typeof v === 'string' && ['http:', 'https:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  };
  if (!isObj(doc)) return ['not an object'];
  if (doc['@context'] !== 'https://schema.org') p.push('@context must be https://schema.org');
  if (doc['@type'] !== 'ClaimReview') p.push('@type must be ClaimReview');
  // Required by Google.
  if (!str(doc['claimReviewed'])) p.push('claimReviewed is required');
  if (!absUrl(doc['url'])) p.push('url is required (absolute)');
  const rating = doc['reviewRating'];
  if (!isObj(rating) || rating['@type'] !== 'Rating') p.push('reviewRating (a Rating) is required');
  else {
    if (!str(rating['alternateName'])) p.push('reviewRating.alternateName is required');
    if ('ratingValue' in rating) {
      const [v, best, worst] = [rating['ratingValue'], rating['bestRating'], rating['worstRating']];
      if (typeof v !== 'number' || typeof best !== 'number' || typeof worst !== 'number' || best <= worst || v < worst || v > best) p.push('reviewRating.ratingValue must lie in [worstRating, bestRating]');
    }
  }
  // Recommended by Google, promised by the issue.
  const author = doc['author'];
  if (!isObj(author) || author['@type'] !== 'Organization' || !str(author['name'])) p.push('author must be an Organization with a name');
  if (!isoDate(doc['datePublished'])) p.push('datePublished must be an ISO 8601 date');
  const item = doc['itemReviewed'];
  if (!isObj(item) || item['@type'] !== 'Claim') p.push('itemReviewed must be a Claim');
  else {
    const a = item['author'];
    if (!isObj(a) || !['Person', 'Organization'].includes(String(a['@type'])) || !str(a['name'])) p.push('itemReviewed.author must be a Person or Organization with a name');
    if (!isoDate(item['datePublished'])) p.push('itemReviewed.datePublished must be an ISO 8601 date');
    const ap = item['appearance'];
    if (!Array.isArray(ap) || ap.length === 0) p.push('itemReviewed.appearance must list where the claim appeared');
    else for (const w of ap) if (!isObj(w) || w['@type'] !== 'CreativeWork' || !(absUrl(w['url']) || str(w['headline']))) p.push('each appearance must be a CreativeWork with a url or headline');
  }
  return p;
}
