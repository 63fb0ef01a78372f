import type { ClaimEntity } from '@app/persistence';

// Which claim columns a claims page reads (claims-page.ts), its cursor time included. Apart from it, with no Nest import, so a unit spec can load it.

/**
 * The claim fields a list view asks for, and the claim properties each of them reads: plain fields
 * their own; `article` its key (ClaimsResolver.article); `verdicts` the claim's id and what blind
 * review weighs (`visibleVerdicts`: status and round). When a page asks nothing else of its claims,
 * the statement reads only these columns (and `readPage`'s id and article key): 5 of 23, where
 * node-postgres parsing every claim column was the largest share of the api's CPU on a page
 * (docs/benchmarks.md, change 26). Any other field — a new resolver included — reads every
 * column, so a field missing here costs speed, never a wrong answer.
 */
export const LIST_FIELDS: Readonly<Record<string, readonly (keyof ClaimEntity)[]>> = {
  __typename: [],
  id: ['id'],
  text: ['text'],
  status: ['status'],
  article: ['articleId'],
  verdicts: ['id', 'status', 'reviewRound'],
};

/** The claim properties a LIST_FIELDS page reads: one fixed set, so such pages share one statement text per relation set. */
export const LIST_PROPERTIES: readonly string[] = [...new Set<string>(['id', 'articleId', ...Object.values(LIST_FIELDS).flat()])];

/** Whether every field `asked` selects on the page's claims is one of LIST_FIELDS. */
export function listFieldsOnly(asked: ReadonlySet<string>): boolean {
  for (const path of asked) {
    const m = /^edges\.node\.([^.]+)$/.exec(path);
    if (m && !Object.hasOwn(LIST_FIELDS, m[1]!)) return false;
  }
  return true;
}

/** Whether `asked` selects a cursor (`edges.cursor`, `pageInfo.endCursor`): only then does a page read its claims' cursor times. */
export function cursorsAsked(asked: ReadonlySet<string>): boolean {
  return asked.has('edges.cursor') || asked.has('pageInfo.endCursor');
}
