import { Role } from './enums';
import { conflict } from './errors';

/** What the lifecycle rules need to know of an account. */
export interface AccountState {
  id: string;
  role: Role;
  deactivatedAt: Date | null;
}

/** A change an admin makes to an account. */
export type AccountChange = { kind: 'update'; role?: Role } | { kind: 'deactivate' } | { kind: 'reactivate' };

/** The kinds of user_events rows: each change to an account, by whom and when. */
export type UserEventType = 'CREATED' | 'UPDATED' | 'DEACTIVATED' | 'REACTIVATED' | 'PASSWORD_CHANGED' | 'PASSWORD_RESET';

export const DEACTIVATED_MESSAGE = 'This account has been deactivated';
export const SIGNED_OUT_MESSAGE = 'Signed out: the password was changed';

const isActiveAdmin = (a: AccountState): boolean => a.role === Role.ADMIN && a.deactivatedAt === null;

/**
 * Refuses (CONFLICT) a change the lifecycle does not allow: there is always
 * at least one active admin, an admin does not deactivate themself, and
 * deactivating or reactivating twice is a mistake worth saying.
 * `activeAdmins` must be counted under lock, with the target's row.
 */
export function checkAccountChange(target: AccountState, change: AccountChange, ctx: { actorId: string; activeAdmins: number }): void {
  const lastAdmin = isActiveAdmin(target) && ctx.activeAdmins <= 1;
  switch (change.kind) {
    case 'deactivate':
      if (target.deactivatedAt) throw conflict('This account is already deactivated');
      if (lastAdmin) throw conflict('This is the last active admin; make another user an admin first');
      if (target.id === ctx.actorId) throw conflict('You cannot deactivate your own account; another admin must');
      return;
    case 'reactivate':
      if (!target.deactivatedAt) throw conflict('This account is active');
      return;
    case 'update':
      if (change.role !== undefined && change.role !== Role.ADMIN && lastAdmin) throw conflict('This is the last active admin; make another user an admin first');
      return;
  }
}

/**
 * Why a signed token no longer admits its bearer, or null when it does: the
 * account's current state decides, not what the token says.
 * `tokenVersion` is the version the token was issued under.
 */
export function sessionRefusal(account: { deactivatedAt: Date | null; tokenVersion: number }, tokenVersion: number): string | null {
  if (account.deactivatedAt) return DEACTIVATED_MESSAGE;
  if (account.tokenVersion !== tokenVersion) return SIGNED_OUT_MESSAGE;
  return null;
}
