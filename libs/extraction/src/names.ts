// Reading names and titles out of token runs: which capitalised words are a
// person's name, which are their title, and which name an organisation.
import { COMPANY_NOUNS, ORG_WORDS, ROLE_WORDS } from './lexicon';
import type { Token } from './sentences';

const NAME_PARTICLES = new Set(['de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'dos', 'del']);
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady']);
// Only the indefinite article goes: "the chief executive of Litgrid" keeps its "the".
const DETERMINERS = /^(a|an)\s+/i;
// Role words too general to extend a title backwards ("the former", "state").
export const GENERIC_OF = new Set(['former', 'acting', 'current', 'senior', 'junior', 'state', 'the']);

export const isCapitalised = (t: Token): boolean => t.cap;
/** "LTR", "NATO", "U.S." (not an initial like "J."): no lower-case letter, two characters or more. */
export function isAcronym(t: Token): boolean {
  if (t.text.length < 2) return false;
  const second = t.text.charCodeAt(1);
  if (second >= 97 && second <= 122) return false; // "Renus": the usual case, decided without allocating
  if (t.text !== t.text.toUpperCase() || t.text === t.lower) return false;
  return !(t.text.length === 2 && t.text[1] === '.');
}

/** A title or job word, singular or plural ("Economists at the institute said …"). */
export const isRoleWord = (lower: string): boolean => ROLE_WORDS.has(lower) || (lower.endsWith('s') && ROLE_WORDS.has(lower.slice(0, -1)));

/** The head word of an organisation's name, singular or plural ("the Centers for Disease Control"). */
const isOrgWord = (lower: string): boolean => ORG_WORDS.has(lower) || (lower.endsWith('s') && ORG_WORDS.has(lower.slice(0, -1)));

/** Could this token be part of a person's name? */
function isNamePart(t: Token, next: Token | undefined): boolean {
  if (!isCapitalised(t)) return false;
  if (isRoleWord(t.lower) || isOrgWord(t.lower) || HONORIFICS.has(t.lower) || isAcronym(t)) return false;
  // "Lithuania's defence minister": a possessor is not the speaker's name.
  if (next !== undefined && (next.lower === "'s" || next.lower === '’s')) return false;
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'X' || t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'NUM';
}

export interface NameRun {
  from: number;
  to: number;
}

/** Runs of name-like tokens ("Renus Pleshkis", "Ursula von der Leyen"). */
export function nameRuns(tokens: readonly Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNamePart(tokens[i], tokens[i + 1])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      if (isNamePart(tokens[j], tokens[j + 1])) j++;
      else if (NAME_PARTICLES.has(tokens[j].text) && j + 1 < tokens.length && isNamePart(tokens[j + 1], tokens[j + 2])) j += 2;
      else break;
    }
    // "the Central Statistical Bureau", "Swedbank Group": capitalised words before
    // an organisation's head word, or after "the", name the organisation, not a person.
    const next = tokens[j];
    // So do capitalised words after a company noun: "the grid operator Red Eléctrica".
    const prev = i > 0 ? tokens[i - 1] : undefined;
    // And so do capitalised words after "of"/"for" that follow an organisation's head word: "the Institute for Fiscal Studies".
    const head = i > 1 ? tokens[i - 2] : undefined;
    const orgName =
      (next !== undefined && isCapitalised(next) && isOrgWord(next.lower)) ||
      prev?.lower === 'the' ||
      (prev !== undefined && !prev.cap && COMPANY_NOUNS.has(prev.lower)) ||
      ((prev?.lower === 'of' || prev?.lower === 'for') && head !== undefined && isCapitalised(head) && isOrgWord(head.lower));
    // A title run like "National Defense Renus Pleshkis" is cut by the role words
    // already; long runs keep their last three parts, the usual length of a name.
    if (!orgName) runs.push({ from: Math.max(i, j - 3), to: j });
    i = j;
  }
  return runs;
}

// Whitespace that collapsing would change: anything but a space, or two in a row.
const UNCOLLAPSED = /[^\S ]| {2}/;

export function textOf(tokens: readonly Token[], body: string): string {
  if (tokens.length === 0) return '';
  const text = body.slice(tokens[0].start, tokens[tokens.length - 1].end);
  // Most phrases are spaced singly already: the replace would copy them unchanged.
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ') : text;
}

export function isPlural(name: string): boolean {
  const head = orgHead(name);
  return /[^s]s$/i.test(head) || /^(police|people|staff)$/i.test(head);
}

const HEAD_PREPOSITION = /^(of|by|for|from|at|in|on)$/;

/** The head noun of an organisation's name: "report" in "a report by the regional health authority". */
export function orgHead(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  let prep = -1;
  for (let i = 1; i < words.length && prep < 0; i++) if (HEAD_PREPOSITION.test(words[i])) prep = i;
  return prep > 0 ? words[prep - 1] : words[words.length - 1];
}

/**
 * "The library's director, Mr. Jonas Kairys, …" / "Jonas Kairys, the library's director, …":
 * a noun phrase with a title word set off by commas next to the name.
 */
export function appositiveRole(tokens: readonly Token[], run: NameRun): Token[] | null {
  const isRolePhrase = (p: readonly Token[]): boolean =>
    p.length > 0 && p.length <= 8 && p.some((t) => ROLE_WORDS.has(t.lower) && !HONORIFICS.has(t.lower)) && !p.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  let from = run.from;
  while (from > 0 && HONORIFICS.has(tokens[from - 1].lower)) from--;
  if (from > 0 && tokens[from - 1].text === ',') {
    let start = from - 1;
    while (start > 0 && tokens[start - 1].text !== ',') start--;
    const phrase = tokens.slice(start, from - 1);
    if (isRolePhrase(phrase)) return phrase;
  }
  if (run.to < tokens.length && tokens[run.to].text === ',') {
    let stop = run.to + 1;
    while (stop < tokens.length && tokens[stop].text !== ',' && tokens[stop].pos !== 'PUNCT') stop++;
    const phrase = tokens.slice(run.to + 1, stop);
    if (stop < tokens.length && tokens[stop].text === ',' && isRolePhrase(phrase)) return phrase;
  }
  return null;
}

export function cleanRole(role: string): string | null {
  let r = role.replace(/^[\s,]+|[\s,]+$/g, '').replace(DETERMINERS, '').replace(/^The\s/, 'the ');
  r = r.replace(/\s*,\s*$/, '').trim();
  if (r.length === 0) return null;
  // An honorific alone ("Mr", "Dr.") is not a role.
  if (HONORIFICS.has(r.toLowerCase())) return null;
  return r;
}
