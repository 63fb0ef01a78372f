import { Role } from './enums';
import { checkAccountChange, DEACTIVATED_MESSAGE, sessionRefusal, SIGNED_OUT_MESSAGE, type AccountState } from './user-lifecycle';

const admin: AccountState = { id: 'a', role: Role.ADMIN, deactivatedAt: null };
const editor: AccountState = { id: 'e', role: Role.EDITOR, deactivatedAt: null };
const codeOf = (fn: () => void): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe('account lifecycle rules', () => {
  it('keeps at least one active admin', () => {
    expect(codeOf(() => checkAccountChange(admin, { kind: 'update', role: Role.EDITOR }, { actorId: 'x', activeAdmins: 1 }))).toBe('CONFLICT');
    expect(codeOf(() => checkAccountChange(admin, { kind: 'deactivate' }, { actorId: 'x', activeAdmins: 1 }))).toBe('CONFLICT');
    expect(codeOf(() => checkAccountChange(admin, { kind: 'update', role: Role.EDITOR }, { actorId: 'x', activeAdmins: 2 }))).toBeUndefined();
    // Renaming the last admin, or demoting a deactivated one, takes no active admin away.
    expect(codeOf(() => checkAccountChange(admin, { kind: 'update' }, { actorId: 'x', activeAdmins: 1 }))).toBeUndefined();
    expect(codeOf(() => checkAccountChange({ ...admin, deactivatedAt: new Date() }, { kind: 'update', role: Role.REVIEWER }, { actorId: 'x', activeAdmins: 1 }))).toBeUndefined();
  });
  it('refuses deactivating oneself, or twice, and reactivating an active account', () => {
    expect(codeOf(() => checkAccountChange(admin, { kind: 'deactivate' }, { actorId: 'a', activeAdmins: 2 }))).toBe('CONFLICT');
    expect(codeOf(() => checkAccountChange({ ...editor, deactivatedAt: new Date() }, { kind: 'deactivate' }, { actorId: 'a', activeAdmins: 1 }))).toBe('CONFLICT');
    expect(codeOf(() => checkAccountChange(editor, { kind: 'reactivate' }, { actorId: 'a', activeAdmins: 1 }))).toBe('CONFLICT');
    expect(codeOf(() => checkAccountChange(editor, { kind: 'deactivate' }, { actorId: 'a', activeAdmins: 1 }))).toBeUndefined();
    expect(codeOf(() => checkAccountChange({ ...editor, deactivatedAt: new Date() }, { kind: 'reactivate' }, { actorId: 'a', activeAdmins: 1 }))).toBeUndefined();
  });
  it('refuses a token of a deactivated account, or issued before the password changed', () => {
    expect(sessionRefusal({ deactivatedAt: null, tokenVersion: 2 }, 2)).toBeNull();
    expect(sessionRefusal({ deactivatedAt: null, tokenVersion: 3 }, 2)).toBe(SIGNED_OUT_MESSAGE);
    expect(sessionRefusal({ deactivatedAt: new Date(), tokenVersion: 2 }, 2)).toBe(DEACTIVATED_MESSAGE);
  });
});
