import type { Assignment } from './gql';

// The claim in hand survives a reload of the tab: it is still leased to this reviewer. The queue home writes it
// too, when it sends the reviewer back to a claim they hold, so the workbench opens on that claim.
const CURRENT = 'claimcheck.assignment';

/** The claim this tab last held, unless its lease has run out since. */
export function storedAssignment(): Assignment | null {
  try {
    const a = JSON.parse(sessionStorage.getItem(CURRENT) ?? 'null') as Assignment | null;
    return a && new Date(a.expiresAt).getTime() > Date.now() ? a : null;
  } catch {
    return null;
  }
}

export function storeAssignment(a: Assignment | null): void {
  if (a) sessionStorage.setItem(CURRENT, JSON.stringify(a));
  else sessionStorage.removeItem(CURRENT);
}
