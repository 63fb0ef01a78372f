import { PASSWORD_LIMITS, passwordProblem, textLength } from '@app/domain/input-limits';

const count = (n: number): string => n.toLocaleString('en');

/** Null when the text is within the api's limit, else what to do about it (the limits: @app/domain/input-limits). */
export const tooLong = (what: string, text: string, max: number): string | null => {
  const n = textLength(text.trim());
  return n > max ? `${what} can be at most ${count(max)} characters; this one has ${count(n)}.` : null;
};

/** Said with every field that sets a password, so the rule is known before it is broken. */
export const PASSWORD_HINT = `At least ${PASSWORD_LIMITS.minLength} characters.`;

/**
 * Null when the api takes the new password, else what is wrong with it: `blank` (the form's words) when nothing is
 * written yet, else the api's rule (@app/domain/input-limits).
 */
export const newPasswordProblem = (password: string, blank: string): string | null => {
  if (!password) return blank;
  const problem = passwordProblem(password);
  return problem && `The password ${problem}.`;
};
