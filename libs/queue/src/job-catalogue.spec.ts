import { JOB_NAMES, jobIdOf } from './job-catalogue';

describe('job catalogue', () => {
  it('uses the article id as the extraction job id, so a second add is a no-op', () => {
    expect(jobIdOf({ queue: 'extract-claims', name: 'extract-claims', data: { articleId: 'a1' } })).toBe('a1');
  });

  it('gives each queueing of a claim its own review job id', () => {
    const first = jobIdOf({ queue: 'claim-review', name: 'review-claim', data: { claimId: 'c1', seq: 1 }, priority: 5 });
    const again = jobIdOf({ queue: 'claim-review', name: 'review-claim', data: { claimId: 'c1', seq: 2 }, priority: 5 });
    expect(first).not.toBe(again);
    expect(first).not.toContain(':');
  });

  it('gives a re-extraction its own job id, and each round of a dispute its own', () => {
    expect(jobIdOf({ queue: 'extract-claims', name: 'extract-claims', data: { articleId: 'a1', run: 1 } })).toBe('a1');
    expect(jobIdOf({ queue: 'extract-claims', name: 'extract-claims', data: { articleId: 'a1', run: 2 } })).toBe('a1.run2');
    const d1 = jobIdOf({ queue: 'dispute-review', name: 'resolve-dispute', data: { claimId: 'c1', round: 1 } });
    expect(d1).not.toBe(jobIdOf({ queue: 'dispute-review', name: 'resolve-dispute', data: { claimId: 'c1', round: 2 } }));
    expect(d1).not.toContain(':');
  });

  it('gives each webhook delivery its own job id', () => {
    expect(jobIdOf({ queue: 'webhook-delivery', name: 'deliver-webhook', data: { deliveryId: 'd1' } })).toBe('delivery.d1');
  });

  it('lists every job name once', () => {
    expect(new Set(JOB_NAMES).size).toBe(JOB_NAMES.length);
  });
});
