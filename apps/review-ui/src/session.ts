import { useSyncExternalStore } from 'react';
import type { Role } from './gql';

/** The signed-in user, as login returns it. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface Session {
  token: string;
  user: SessionUser;
}

// sessionStorage: the token lives as long as the tab, and is not shared with other tabs or kept on disk after it.
const KEY = 'claimcheck.session';
const listeners = new Set<() => void>();
let current: Session | null = read();
/** Why the last session ended when the user did not sign out (shown on the sign-in screen). */
let endedBecause: string | null = null;

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function emit(): void {
  for (const l of listeners) l();
}

export function signIn(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  current = session;
  endedBecause = null;
  emit();
}

/**
 * Signing out on purpose forgets the tab's claim and drafts too (the next person at this screen must not
 * inherit them); a session that merely ended (`reason`) keeps them for when the same reviewer signs in again.
 */
export function signOut(reason: string | null = null): void {
  sessionStorage.removeItem(KEY);
  if (!reason) {
    for (const k of Object.keys(sessionStorage)) if (k.startsWith('claimcheck.')) sessionStorage.removeItem(k);
  }
  current = null;
  endedBecause = reason;
  emit();
}

/**
 * Ends the session because the api refused `token` (UNAUTHENTICATED: expired, the account deactivated, signed out
 * elsewhere), saying `reason` on the sign-in screen. Only while `token` is still the tab's: a late refusal of a token
 * this tab has already replaced (its own password change hands it a new one) must not end the new session.
 */
export function endSession(token: string, reason: string): void {
  if (current?.token === token) signOut(reason);
}

/**
 * The signed-in user's account as the api has it now (their name or role may have been changed, by themself as admin
 * or by another admin): the header and the nav follow. Only for the session `token` is still the tab's.
 */
export function updateSessionUser(token: string, user: SessionUser): void {
  if (current?.token !== token || current.user.id !== user.id) return;
  const was = current.user;
  if (was.name === user.name && was.email === user.email && was.role === user.role) return;
  signIn({ token, user: { id: user.id, name: user.name, email: user.email, role: user.role } });
}

export const sessionEndReason = (): string | null => endedBecause;

export function useSession(): Session | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

export const isEditor = (s: Session | null): boolean => s?.user.role === 'EDITOR' || s?.user.role === 'ADMIN';
export const isAdmin = (s: Session | null): boolean => s?.user.role === 'ADMIN';
