import { checkRegistry } from './processor-registry';

describe('checkRegistry', () => {
  it('accepts one processor per job name', () => {
    expect(() => checkRegistry([{ jobName: 'extract-claims' }, { jobName: 'deliver-webhook' }])).not.toThrow();
  });
  it('refuses a missing processor', () => {
    expect(() => checkRegistry([{ jobName: 'deliver-webhook' }])).toThrow(/extract-claims.*0 processors/);
  });
  it('refuses two processors for one job', () => {
    expect(() => checkRegistry([{ jobName: 'extract-claims' }, { jobName: 'extract-claims' }, { jobName: 'deliver-webhook' }])).toThrow(/2 processors/);
  });
  it('refuses a processor for a job the reviewers take by hand', () => {
    expect(() => checkRegistry([{ jobName: 'extract-claims' }, { jobName: 'deliver-webhook' }, { jobName: 'review-claim' }])).toThrow(/review-claim/);
  });
});
