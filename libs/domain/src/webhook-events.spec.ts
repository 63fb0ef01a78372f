import { ClaimStatus } from './enums';
import { canTransition, transition } from './claim-state-machine';
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
    [S.PUBLISHED, 'unpublish', undefined, ['claim.unpublished']],
    [S.PUBLISHED, 'reopen', undefined, ['claim.unpublished', 'claim.queued']],
    [S.REVIEWED, 'reopen', undefined, ['claim.queued']],
    [S.DISPUTED, 'reopen', undefined, ['claim.queued']],
    [S.DISPUTED, 'resolve', undefined, []],
    [S.QUEUED, 'dismiss', undefined, []],
  ] as const)('%s --%s(%s)--> %j', (from, action, to, events) => {
    expect(eventsForTransition(transition(from, action, to))).toEqual(events);
  });

  it('announces claim.unpublished for every move out of PUBLISHED and for no other', () => {
    const actions = ['queue', 'take', 'release', 'verdict', 'decide', 'resolve', 'publish', 'unpublish', 'reopen', 'dismiss'] as const;
    for (const from of Object.values(S)) {
      for (const action of actions) {
        if (!canTransition(from, action)) continue;
        const t = transition(from, action, action === 'verdict' ? S.REVIEWED : action === 'decide' ? S.DISPUTED : undefined);
        expect([from, action, eventsForTransition(t).includes('claim.unpublished')]).toEqual([from, action, from === S.PUBLISHED]);
      }
    }
  });
});
