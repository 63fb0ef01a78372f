import { MAX_URL_LENGTH } from '@app/domain/input-limits';
import type { Rating } from './ratings';

export interface SourceDraft {
  key: number;
  url: string;
  title: string;
  publisher: string;
  excerpt: string;
}

export interface Draft {
  rating: Rating | null;
  rationale: string;
  sources: SourceDraft[];
}

export const emptyDraft = (): Draft => ({ rating: null, rationale: '', sources: [] });

// Per claim, for the tab's life: a failed submit, an expired lease or a reload never loses what was typed,
// and taking the same claim again later brings it back.
const key = (claimId: string): string => `claimcheck.draft.${claimId}`;

export function loadDraft(claimId: string): Draft {
  try {
    const raw = sessionStorage.getItem(key(claimId));
    return raw ? { ...emptyDraft(), ...(JSON.parse(raw) as Partial<Draft>) } : emptyDraft();
  } catch {
    return emptyDraft();
  }
}

export function saveDraft(claimId: string, draft: Draft): void {
  try {
    sessionStorage.setItem(key(claimId), JSON.stringify(draft));
  } catch {
    // Storage full or off: the form still holds the draft in memory.
  }
}

export const clearDraft = (claimId: string): void => sessionStorage.removeItem(key(claimId));

/** A source URL the api will take: absolute http(s). Null when fine, else what is wrong. */
export function urlProblem(url: string): string | null {
  if (!url.trim()) return 'Enter the URL of the source.';
  const n = url.trim().length;
  if (n > MAX_URL_LENGTH) return `The URL can be at most ${MAX_URL_LENGTH.toLocaleString('en')} characters; this one has ${n.toLocaleString('en')}.`;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? null : 'Use an http:// or https:// address.';
  } catch {
    return 'This is not a full web address (e.g. https://example.org/report).';
  }
}
