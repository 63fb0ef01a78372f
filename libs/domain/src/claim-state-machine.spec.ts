import { AppError } from './errors';
import { ClaimStatus } from './enums';
import { canTransition, transition, type ClaimAction } from './claim-state-machine';

const S = ClaimStatus;

describe('claim state machine', () => {
  it.each<[ClaimStatus, ClaimAction, ClaimStatus | undefined, ClaimStatus]>([
    [S.EXTRACTED, 'queue', undefined, S.QUEUED],
    [S.QUEUED, 'take', undefined, S.IN_REVIEW],
    [S.IN_REVIEW, 'release', undefined, S.QUEUED],
    [S.IN_REVIEW, 'verdict', S.QUEUED, S.QUEUED],
    [S.IN_REVIEW, 'verdict', S.REVIEWED, S.REVIEWED],
    [S.IN_REVIEW, 'verdict', S.DISPUTED, S.DISPUTED],
    [S.QUEUED, 'decide', S.REVIEWED, S.REVIEWED],
    [S.QUEUED, 'decide', S.DISPUTED, S.DISPUTED],
    [S.DISPUTED, 'resolve', undefined, S.REVIEWED],
    [S.REVIEWED, 'publish', undefined, S.PUBLISHED],
    [S.PUBLISHED, 'unpublish', undefined, S.REVIEWED],
    [S.PUBLISHED, 'reopen', undefined, S.QUEUED],
    [S.EXTRACTED, 'dismiss', undefined, S.DISMISSED],
    [S.QUEUED, 'dismiss', undefined, S.DISMISSED],
  ])('%s --%s--> %s', (from, action, to, expected) => {
    expect(transition(from, action, to)).toEqual({ action, from, to: expected });
  });

  it.each<[ClaimStatus, ClaimAction]>([
    [S.EXTRACTED, 'take'],
    [S.QUEUED, 'publish'],
    [S.IN_REVIEW, 'dismiss'],
    [S.DISPUTED, 'publish'],
    [S.PUBLISHED, 'dismiss'],
    [S.DISMISSED, 'take'],
    [S.REVIEWED, 'take'],
    [S.REVIEWED, 'resolve'],
    [S.IN_REVIEW, 'decide'],
    [S.QUEUED, 'reopen'],
  ])('refuses %s --%s with CONFLICT', (from, action) => {
    expect(canTransition(from, action)).toBe(false);
    try {
      transition(from, action);
      throw new Error('expected a CONFLICT');
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('CONFLICT');
    }
  });

  it('refuses an outcome the action cannot reach', () => {
    expect(() => transition(S.IN_REVIEW, 'verdict', S.PUBLISHED)).toThrow(AppError);
  });
});
