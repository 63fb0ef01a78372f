// The words around a person's name that give their role, and small token readers: pure functions of a
// sentence's tokens and the article's text, split from the discourse's state (claimant.ts).
import * as lexicon from './lexicon';
import { cleanRole, GENERIC_OF, HONORIFICS, isCapitalised, isRoleWord, textOf, type NameRun } from './names';
import type { Token } from './sentences';
import { courtRoleAt } from './speaker-phrases';

// Local copies of the word lists, read on every token (see lexicon.ts).
const { ROLE_WORDS } = lexicon;

/** The title just before a name: "Lithuanian Deputy Minister" before "Renus Pleshkis". */
export function titleBefore(tokens: readonly Token[], at: number, body: string): string | null {
  let i = at;
  // Walk back over the title: role words, and capitalised words inside a capitalised title ("Lithuanian Deputy Minister").
  while (i > 0) {
    const t = tokens[i - 1];
    const role = ROLE_WORDS.has(t.lower) && !GENERIC_OF.has(t.lower);
    const inTitle = isCapitalised(t) && isCapitalised(tokens[i]) && (t.pos === 'ADJ' || t.pos === 'PROPN');
    if (!role && !inTitle) break;
    i--;
  }
  return cleanRole(textOf(tokens.slice(i, at), body));
}

// "a hydrologist at the Polytechnic University …", "an adviser to the Home Office": a noun for what someone does, where.
const JOB_AT = /^(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:at|of|for|with|from|to)\s+(?:the\s+)?\p{Lu}/u;

/** The phrase around the name: "Lithuanian Deputy Minister of National Defense", "a spokeswoman for the ministry". */
export function roleText(tokens: readonly Token[], run: NameRun, body: string): string {
  // "Helen Marsh, prosecuting": a court report's participle names counsel's role.
  const court = courtRoleAt(tokens, run.to + 1);
  if (court !== null) return court;
  const before = tokens.slice(0, run.from).filter((t) => !HONORIFICS.has(t.lower) || !isCapitalised(t));
  const after = tokens.slice(run.to);
  const pieces = [textOf(before, body), textOf(after, body)]
    .map((p) => p.replace(/^[\s,]+|[\s,]+$/g, ''))
    // "…, who led the campaign", "a hydrologist at … who has monitored …": a relative clause describes the person but is not a role.
    .map((p) => p.replace(/(^|,\s*|\s)(who|whose|which)\b.*$/i, '').replace(/[\s,]+$/, ''))
    .filter((p) => p.length > 0);
  // "Economist Inese Kalnina of Swedbank" → "Economist of Swedbank".
  if (pieces.length === 2 && /^(of|at|from|for|with|in)\s/i.test(pieces[1])) return pieces.join(' ');
  // A role names a title or job: "data released by …" or "on Tuesday" around a name is not one;
  // "a hydrologist at the Polytechnic University" is one by its shape, whatever the job's word.
  // "Professor Ian Crowther, a neuroscientist at …": the indefinite article goes from each piece, as from a whole role.
  return pieces
    .filter((p) => JOB_AT.test(p) || p.split(/[\s,]+/).some((w) => isRoleWord(w.toLowerCase())))
    .map((p) => p.replace(/^(?:a|an)\s+/i, ''))
    .join(', ');
}

export function textsOf(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) out.push(tokens[i].text);
  return out;
}

export function lowersOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) out.push(t.lower);
  return out;
}
