import { textLength } from '@app/domain/input-limits';

const count = (n: number): string => n.toLocaleString('en');

/** Null when the text is within the api's limit, else what to do about it (the limits: @app/domain/input-limits). */
export const tooLong = (what: string, text: string, max: number): string | null => {
  const n = textLength(text.trim());
  return n > max ? `${what} can be at most ${count(max)} characters; this one has ${count(n)}.` : null;
};
