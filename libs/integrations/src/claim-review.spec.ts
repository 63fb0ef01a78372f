import type { ClaimReview, WithContext } from 'schema-dts';
import { Rating } from '@app/domain';
import { buildClaimReview } from './claim-review';

const org = { name: 'Claimcheck Desk', url: 'https://desk.example', claimReviewUrlTemplate: 'https://desk.example/fact-checks/{id}' };
const src = {
  claim: { id: 'c1', text: 'Cluster munitions are used solely for defensive purposes', claimant: 'Renus Pleshkis' },
  rating: Rating.MISLEADING,
  publishedAt: new Date('2025-03-07T12:00:00Z'),
  appearances: [
    { url: 'https://news.example/b', title: 'Later', source: 'B News', publishedAt: new Date('2025-03-06T09:00:00Z'), createdAt: new Date('2025-03-06T10:00:00Z') },
    { url: 'https://news.example/a', title: 'First', source: null, publishedAt: null, createdAt: new Date('2025-03-05T10:00:00Z') },
  ],
};

describe('buildClaimReview', () => {
  it('builds ClaimReview JSON-LD with Google’s required and recommended properties', () => {
    const expected: WithContext<ClaimReview> = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://desk.example/fact-checks/c1',
      claimReviewed: 'Cluster munitions are used solely for defensive purposes',
      datePublished: '2025-03-07T12:00:00.000Z',
      author: { '@type': 'Organization', name: 'Claimcheck Desk', url: 'https://desk.example' },
      reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Misleading' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Renus Pleshkis' },
        datePublished: '2025-03-05T10:00:00.000Z',
        appearance: [
          { '@type': 'CreativeWork', url: 'https://news.example/a', headline: 'First' },
          { '@type': 'CreativeWork', url: 'https://news.example/b', headline: 'Later', datePublished: '2025-03-06T09:00:00.000Z', publisher: { '@type': 'Organization', name: 'B News' } },
        ],
        firstAppearance: { '@type': 'CreativeWork', url: 'https://news.example/a', headline: 'First' },
      },
    };
    expect(buildClaimReview(src, org)).toEqual(expected);
  });

  it('names the publication by the URL stored with it, and by the template only when none was stored', () => {
    expect(buildClaimReview({ ...src, url: 'https://desk.example/old-layout/c1' }, org).url).toBe('https://desk.example/old-layout/c1');
    expect(buildClaimReview({ ...src, url: null }, org).url).toBe('https://desk.example/fact-checks/c1');
  });

  it('gives an unverifiable claim a label and no number', () => {
    const r = buildClaimReview({ ...src, rating: Rating.UNVERIFIABLE }, org);
    expect(r.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' });
  });

  it('takes an institution for an organisation, and leaves out an unknown claimant', () => {
    expect(buildClaimReview({ ...src, claim: { ...src.claim, claimant: 'the Ministry of Defence' } }, org).itemReviewed).toMatchObject({ author: { '@type': 'Organization' } });
    expect(buildClaimReview({ ...src, claim: { ...src.claim, claimant: null } }, org).itemReviewed).not.toHaveProperty('author');
  });
});
