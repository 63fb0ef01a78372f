import { useRef, useState, type RefObject } from 'react';

export type Problems<F extends string> = Partial<Record<F, string>>;

/**
 * A form's problems by field, and `mark` to show a new set: the first field to fix (in the form's order) gets
 * the focus, and its problem is read with it (the field's aria-describedby), so it is not announced too.
 * `fields` must not change between renders: there is one ref per field.
 */
export function useFieldProblems<F extends string>(fields: readonly F[]) {
  const [problems, setProblems] = useState<Problems<F>>({});
  const refs = {} as Record<F, RefObject<HTMLInputElement | null>>;
  // A fixed list of fields: the same hooks in the same order on every render.
  for (const f of fields) refs[f] = useRef<HTMLInputElement>(null);
  const mark = (found: Problems<F>): void => {
    setProblems(found);
    const first = fields.find((f) => found[f]);
    if (first) refs[first].current?.focus();
  };
  return { problems, refs, mark, clear: () => setProblems({}) };
}
