import { visibleVerdicts } from './blind-review';
import { ClaimStatus, Role } from './enums';

const v = (reviewerId: string, round = 1) => ({ reviewerId, round });
const me = { id: 'me', role: Role.REVIEWER };

describe('blind review', () => {
  const verdicts = [v('a'), v('b')];

  it('hides other reviewers’ verdicts until the reviewer has given their own', () => {
    expect(visibleVerdicts({ status: ClaimStatus.IN_REVIEW, reviewRound: 1 }, verdicts, me)).toEqual([]);
    expect(visibleVerdicts({ status: ClaimStatus.QUEUED, reviewRound: 1 }, [...verdicts, v('me')], me)).toHaveLength(3);
  });
  it('shows them once the round is decided, or over', () => {
    expect(visibleVerdicts({ status: ClaimStatus.DISPUTED, reviewRound: 1 }, verdicts, me)).toHaveLength(2);
    expect(visibleVerdicts({ status: ClaimStatus.QUEUED, reviewRound: 2 }, [...verdicts, v('c', 2)], me)).toEqual(verdicts);
  });
  it('keeps a new round blind even to someone who reviewed an earlier one', () => {
    const all = [v('me', 1), v('a', 1), v('b', 2)];
    expect(visibleVerdicts({ status: ClaimStatus.IN_REVIEW, reviewRound: 2 }, all, me)).toEqual([v('me', 1), v('a', 1)]);
  });
  it('shows editors and admins everything', () => {
    for (const role of [Role.EDITOR, Role.ADMIN]) expect(visibleVerdicts({ status: ClaimStatus.QUEUED, reviewRound: 1 }, verdicts, { id: 'e', role })).toHaveLength(2);
  });
});
