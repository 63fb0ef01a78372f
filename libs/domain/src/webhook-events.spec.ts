import { ClaimStatus } from './enums';
import { transition } from './claim-state-machine';
import { eventsForTransition } from './webhook-events';

const S = ClaimStatus;

describe('transition → webhook events', () => {
  it.each([
    [S.EXTRACTED, 'queue', undefined, ['claim.queued']],
    [S.QUEUED, 'take', undefined, []],
    [S.IN_REVIEW, 'release', undefined, []],
    [S.IN_REVIEW, 'verdict', S.QUEUED, ['verdict.submitted']],
    [S.IN_REVIEW, 'verdict', S.REVIEWED, ['verdict.submitted']],
    [S.IN_REVIEW, 'verdict', S.DISPUTED, ['verdict.submitted', 'claim.disputed']],
    [S.QUEUED, 'decide', S.DISPUTED, ['claim.disputed']],
    [S.QUEUED, 'decide', S.REVIEWED, []],
    [S.REVIEWED, 'publish', undefined, ['claim.published']],
    [S.PUBLISHED, 'reopen', undefined, ['claim.queued']],
    [S.QUEUED, 'dismiss', undefined, []],
  ] as const)('%s --%s(%s)--> %j', (from, action, to, events) => {
    expect(eventsForTransition(transition(from, action, to))).toEqual(events);
  });
});
