import type { CombinedError } from 'urql';
import { ending, errorCode, errorText } from './client';
import type { Refusal } from './editorial';
import type { Role } from './gql';

/** The roles, least power first (the form's default is the first), each with what it adds. */
export const ROLES: { value: Role; label: string; hint: string }[] = [
  { value: 'REVIEWER', label: 'Reviewer', hint: 'takes claims from the queue and rates them' },
  { value: 'EDITOR', label: 'Editor', hint: 'also settles disputes and publishes' },
  { value: 'ADMIN', label: 'Admin', hint: 'also manages users' },
];
export const roleLabel = (r: Role): string => ROLES.find((x) => x.value === r)?.label ?? r;

/** What a blank name is told, in every form that names a user. */
export const NAME_MISSING = 'Write the person’s name.';

/** What an admin can do to an account from the users page. */
export type UserAction = 'create' | 'update' | 'deactivate' | 'reactivate' | 'reset';

/** Each action's words for "not done", as the claim page has them for its actions. */
const NOT: Record<UserAction, string> = {
  create: 'Not added',
  update: 'Not saved',
  deactivate: 'Not deactivated',
  reactivate: 'Not reactivated',
  reset: 'Password not set',
};

/**
 * What a refused user action means for the admin, by the error's code (the claim page's `refusal` does the same for
 * editors). `reload`: the page's list may be out of date, and is read again.
 */
export function userRefusal(action: UserAction, error: CombinedError | undefined): Refusal {
  const not = NOT[action];
  const code = errorCode(error);
  const said = ending(errorText(error) ?? '');
  // A CONFLICT is one of the rules about the accounts as they are now: the last active admin, an admin's own account,
  // already (de)activated by another admin, an email taken. The api's words say which; the list is read again.
  if (code === 'CONFLICT') return { text: `${not}: ${said}`, reload: true };
  if (code === 'NOT_FOUND') return { text: `${not}: this user no longer exists.`, reload: true };
  if (code === 'FORBIDDEN') return { text: `${not}: your account may no longer act as an admin. Sign in again, or ask another admin.`, reload: false };
  if (code === 'BAD_USER_INPUT') return { text: `${not}: ${said}`, reload: false };
  // Lost on the way, the request may or may not have been applied: only a fresh read tells.
  if (code === null && error?.networkError) return { text: `${not} as far as this page knows: the server could not be reached. The list was read again: check it, then try again.`, reload: true };
  return { text: `${not}: ${said} Try again in a moment.`, reload: false };
}

/**
 * The input field a BAD_USER_INPUT is about, among `fields`: the api's `field` extension when it gives one, else the
 * field its message starts with (input validation names the field first: "password must have at least 10 characters").
 */
export function badField<F extends string>(error: CombinedError | undefined, fields: readonly F[]): F | null {
  if (errorCode(error) !== 'BAD_USER_INPUT') return null;
  const first = error?.graphQLErrors[0];
  const named = first?.extensions?.['field'];
  if (typeof named === 'string' && (fields as readonly string[]).includes(named)) return named as F;
  const word = /^\s*(\w+)/.exec(first?.message ?? '')?.[1];
  return fields.find((f) => f === word) ?? null;
}
