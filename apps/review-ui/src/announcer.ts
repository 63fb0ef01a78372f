import { useEffect, useSyncExternalStore } from 'react';

/** Polite: said after what the screen reader is saying (news). Assertive: said at once (errors). */
export type Politeness = 'polite' | 'assertive';

export interface Announcement {
  text: string;
  politeness: Politeness;
}

// The app's one live region (components/LiveRegion, in the layout) says whatever is announced here: one place for
// what a screen reader hears, instead of banners that each try to speak and speak over each other.
const listeners = new Set<() => void>();
const EMPTY: Announcement = { text: '', politeness: 'polite' };
let current: Announcement = EMPTY;
let pending: ReturnType<typeof setTimeout> | undefined;

function set(a: Announcement): void {
  current = a;
  listeners.forEach((l) => l());
}

/**
 * Says `text` through the live region. The region is emptied and given its politeness first, and the text a moment
 * later: a region whose politeness and text change together, or that is given the same text again, may say nothing.
 * A newer announcement replaces one not yet said.
 */
export function announce(text: string, politeness: Politeness = 'polite'): void {
  clearTimeout(pending);
  set({ text: '', politeness });
  pending = setTimeout(() => set({ text, politeness }), 100);
}

/** Empties the region (signing out: the next person must not find the last news in it). */
export function clearAnnouncement(): void {
  clearTimeout(pending);
  set(EMPTY);
}

export function useAnnouncement(): Announcement {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

/**
 * Says `text` each time `occasion` changes (by default, the text itself): a message held in state is said once each
 * time it is set, even when it reads as the last one did, and not again when only the words it is made of change.
 */
export function useAnnounce(text: string | null | undefined, politeness: Politeness, occasion: unknown = text): void {
  useEffect(() => {
    if (text) announce(text, politeness);
    // Only the occasion: the text and politeness are read as they are when it comes.
  }, [occasion]);
}
