import type { CombinedError } from 'urql';
import { canTransition } from '@app/domain/claim-state-machine';
import { ending, errorCode, errorText } from './client';
import { PUBLISH, REOPEN, UNPUBLISH } from './gql';

/** What an editor can do to a claim from its page. */
export type EditorAction = 'publish' | 'unpublish' | 'reopen';

/** Whether the claim's status allows the action: the api's own state machine, so the page offers no move it refuses. */
export const allows = (status: string, action: EditorAction): boolean => canTransition(status as Parameters<typeof canTransition>[0], action);

export const MUTATION: Record<EditorAction, string> = { publish: PUBLISH, unpublish: UNPUBLISH, reopen: REOPEN };

/** How each action reads: its button, the word for it done, and the word for it not done. */
export const WORDS: Record<EditorAction, { button: string; done: string; not: string }> = {
  publish: { button: 'Publish', done: 'Published', not: 'Not published' },
  unpublish: { button: 'Withdraw the fact check', done: 'Withdrawn', not: 'Not withdrawn' },
  reopen: { button: 'Reopen for review', done: 'Reopened', not: 'Not reopened' },
};

export interface Refusal {
  text: string;
  /** The page's copy of the claim may be out of date: offer to read it again. */
  reload: boolean;
}

/** What a refused action means for the editor, by the error's code. */
export function refusal(action: EditorAction, error: CombinedError | undefined): Refusal {
  const not = WORDS[action].not;
  const code = errorCode(error);
  const said = errorText(error) ?? '';
  // The server's words (versions, statuses) add nothing the editor can act on here; what to do next is the same.
  if (code === 'CONFLICT')
    return { text: `${not}: this claim changed since you opened it (another editor or a reviewer may have acted on it), so nothing was done. Reload it to see it as it is now, then decide again.`, reload: true };
  if (code === 'NOT_FOUND') return { text: `${not}: this claim no longer exists.`, reload: false };
  if (code === 'FORBIDDEN') return { text: `${not}: your account may no longer act as an editor. Sign in again, or ask an admin for the editor role.`, reload: false };
  // Lost on the way, the request may or may not have been applied: only a fresh read tells.
  if (code === null && error?.networkError) return { text: `${not} as far as this page knows: the server could not be reached. Reload the claim to see whether it changed, then try again.`, reload: true };
  return { text: `${not}: ${ending(said)} Try again in a moment.`, reload: false };
}
