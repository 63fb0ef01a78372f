// Reading names and titles out of token runs: which capitalised words are a
// person's name, which are their title, and which name an organisation.
import * as lexicon from './lexicon';
import type { Token } from './sentences';

// Local copies of the word lists, read on every token (see lexicon.ts).
const { BODY_NAME_WORDS, CLUB_NAME_WORDS, COMPANY_NOUNS, FIELD_WORDS, ORG_WORDS, PERSON_NOUNS, PERSON_TITLES, PLACE_PREFIXES, ROLE_WORDS } = lexicon;

const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'central']);
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'dos', 'del']);
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady', 'cllr', 'cllr.']);
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

/** Does this word before one capitalised word make it a titled person's name ("Minister Pleshkis", "Dr Reyes"; not "Public Health Scotland")? */
export const titlesName = (t: Token): boolean => HONORIFICS.has(t.lower) || (ROLE_WORDS.has(t.lower) && !FIELD_WORDS.has(t.lower));

/** A title or job word, singular or plural ("Economists at the institute said …"). */
export const isRoleWord = (lower: string): boolean => ROLE_WORDS.has(lower) || (lower.endsWith('s') && ROLE_WORDS.has(lower.slice(0, -1)));

/** The head word of an organisation's name, singular or plural ("the Centers for Disease Control"). */
export const isOrgWord = (lower: string): boolean => ORG_WORDS.has(lower) || (lower.endsWith('s') && ORG_WORDS.has(lower.slice(0, -1)));

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
    // "Neighbor Luis Ortega said", "Resident Jo Hart said": a noun for a person before a full name describes them.
    if (PERSON_NOUNS.has(tokens[i].lower) && isNamePart(tokens[i + 1] ?? tokens[i], tokens[i + 2]) && tokens[i + 2]?.cap === true && !isRoleWord(tokens[i + 2].lower)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      if (isNamePart(tokens[j], tokens[j + 1])) j++;
      else if (NAME_PARTICLES.has(tokens[j].text) && j + 1 < tokens.length && isNamePart(tokens[j + 1], tokens[j + 2])) j += 2;
      // "de la Fuente", "van der Berg": two particles before the surname.
      else if (NAME_PARTICLES.has(tokens[j].text) && NAME_PARTICLES.has(tokens[j + 1]?.text ?? '') && j + 2 < tokens.length && isNamePart(tokens[j + 2], tokens[j + 3])) j += 3;
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
      namesBusinessOrPlace(tokens, i, j) ||
      prev?.lower === 'the' ||
      (prev !== undefined && !prev.cap && COMPANY_NOUNS.has(prev.lower)) ||
      ((prev?.lower === 'of' || prev?.lower === 'for') && head !== undefined && isCapitalised(head) && isOrgWord(head.lower));
    // A title run like "National Defense Renus Pleshkis" is cut by the role words
    // already; long runs keep their last three parts, the usual length of a name.
    if (!orgName) runs.push({ from: lastParts(tokens, i, j), to: j });
    i = j;
  }
  return runs;
}

/** Where the last three name parts of tokens[from, to) start, particles ("de la") not counted. */
function lastParts(tokens: readonly Token[], from: number, to: number): number {
  let k = to;
  for (let parts = 0; k > from && parts < 3; ) if (!NAME_PARTICLES.has(tokens[--k].text)) parts++;
  return k;
}

/**
 * "Avanti West Coast", "Thames Water": a run with a trade word, or a compass word before
 * another capitalised word, names a business or a place ("Kanye West" is still a person).
 */
function namesBusinessOrPlace(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const lower = tokens[k].lower;
    if (BODY_NAME_WORDS.has(lower) || (k + 1 < to && PLACE_PREFIXES.has(lower))) return true;
  }
  // "the MP for Calderbrook North", "in Leeds East": a compass word closing a name after "for", "in" or "of" is a
  // place's (a constituency, a ward), not a person's surname.
  const before = tokens[from - 1]?.lower;
  if (to - from >= 2 && COMPASS_WORDS.has(tokens[to - 1].lower) && (before === 'for' || before === 'in' || before === 'of')) return true;
  return endsInClubWord(tokens, from, to);
}

/** "Harrowby Town", "Castlebridge Rovers": two capitalised words or more ending in a club's word, and no more after it. */
function endsInClubWord(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from >= 2 && CLUB_NAME_WORDS.has(tokens[to - 1].lower) && tokens[to]?.cap !== true;
}

// Whitespace that collapsing would change: anything but a space, or two in a row.
const UNCOLLAPSED = /[^\S ]| {2}/;

export function textOf(tokens: readonly Token[], body: string): string {
  if (tokens.length === 0) return '';
  const text = body.slice(tokens[0].start, tokens[tokens.length - 1].end);
  // Most phrases are spaced singly already: the replace would copy them unchanged.
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/**
 * "The library's director, Mr. Jonas Kairys, …" / "Jonas Kairys, the library's director, …":
 * a noun phrase with a title word set off by commas next to the name.
 */
export function appositiveRole(tokens: readonly Token[], run: NameRun): Token[] | null {
  // Up to 8 words; a longer one ("a 31-year-old mother of two from the Eastfields estate") with its role word among its first five.
  const isRolePhrase = (p: readonly Token[]): boolean => {
    const words = p.filter((t) => t.text !== '-');
    const role = words.findIndex((t) => ROLE_WORDS.has(t.lower) && !HONORIFICS.has(t.lower));
    return role >= 0 && (words.length <= 8 || (words.length <= 12 && role < 5)) && !p.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  };
  let from = run.from;
  while (from > 0 && HONORIFICS.has(tokens[from - 1].lower)) from--;
  if (from > 0 && tokens[from - 1].text === ',') {
    let start = from - 1;
    while (start > 0 && tokens[start - 1].text !== ',') start--;
    const phrase = tokens.slice(start, from - 1);
    if (isRolePhrase(phrase)) return phrase;
  }
  if (run.to < tokens.length && tokens[run.to].text === ',') {
    // "Kayleigh Moss, 31, a mother of two,": an age before the role.
    const open = tokens[run.to + 1]?.pos === 'NUM' && tokens[run.to + 2]?.text === ',' ? run.to + 3 : run.to + 1;
    let stop = open;
    // A hyphen inside a word ("31-year-old") does not end the phrase as other punctuation does.
    while (stop < tokens.length && tokens[stop].text !== ',' && (tokens[stop].pos !== 'PUNCT' || tokens[stop].text === '-')) stop++;
    const phrase = tokens.slice(open, stop);
    if (stop < tokens.length && tokens[stop].text === ',' && isRolePhrase(phrase)) return phrase;
  }
  return null;
}

// Words that open a noun phrase in apposition: "the mayor", "its chief executive", "a nurse".
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);

/**
 * What a short noun phrase in apposition describes, by its head noun (the last word
 * before a preposition): "the mayor", "a nurse at the clinic" a person; "the water
 * regulator", "the opposition party" a body; null for anything else.
 */
export function appositiveKind(tokens: readonly Token[], from: number, to: number): 'PERSON' | 'ORGANISATION' | null {
  if (from >= to) return null;
  // "Britain's energy regulator", "Mr Okafor's sister": a possessor opens the phrase as a determiner does.
  const possessive = possessiveAfter(tokens, from, to);
  if (!APPOSITIVE_OPENERS.has(tokens[from].lower) && possessive < 0) return null;
  const possessor = possessive >= 0;
  let end = possessor ? possessive + 1 : from + 1;
  while (end < to && tokens[end].pos !== 'ADP') {
    const pos = tokens[end].pos;
    if ((pos === 'VERB' || pos === 'AUX' || pos === 'PUNCT') && !inCompound(tokens, end)) return null;
    if (end - from > 7) return null;
    end++;
  }
  if (end === from + 1 || tokens[end - 1].lower === "'s" || tokens[end - 1].lower === '’s') return null;
  const head = tokens[end - 1].lower;
  if (COMPANY_NOUNS.has(head) || isOrgWord(head)) return 'ORGANISATION';
  if (PERSON_TITLES.has(head) || PERSON_NOUNS.has(head) || ROLE_WORDS.has(head)) return 'PERSON';
  return null;
}

/** The "'s" after a possessor of one to three capitalised words opening tokens[from, to) ("Britain's", "Mr Okafor's"); -1 if none. */
function possessiveAfter(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < Math.min(to, from + 4); k++) {
    const lower = tokens[k].lower;
    if (lower === "'s" || lower === '’s') return k;
    if (!tokens[k].cap) return -1;
  }
  return -1;
}

/** "state-owned": a hyphen joined to the words on both sides, or the word after one, is part of a compound word. */
function inCompound(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const joined = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;
  if (t.text === '-') return joined(tokens[k - 1], t) && joined(t, tokens[k + 1]);
  return tokens[k - 1]?.text === '-' && joined(tokens[k - 1], t) && joined(tokens[k - 2], tokens[k - 1]);
}

/**
 * The appositive next to a one-word name at tokens[at], set off by commas ("Browning, the mayor,"
 * / "The watchdog, Ofwat,"): its token range and kind; null when there is none. `close` tells
 * whether a phrase after the name must be closed by a comma (in a sentence) or may run to the end
 * (a speaker phrase). A relative clause ("Smith, who …") says a person too.
 */
export function nameAppositive(tokens: readonly Token[], at: number, close: boolean): { from: number; to: number; kind: 'PERSON' | 'ORGANISATION' } | null {
  if (tokens[at + 1]?.text === ',') {
    const from = at + 2;
    if (tokens[from] !== undefined && (tokens[from].lower === 'who' || tokens[from].lower === 'whose')) return { from, to: from, kind: 'PERSON' };
    let to = from;
    while (to < tokens.length && tokens[to].text !== ',') to++;
    if (to < tokens.length || !close) {
      const kind = appositiveKind(tokens, from, to);
      if (kind !== null) return { from, to, kind };
    }
  }
  if (at >= 2 && tokens[at - 1].text === ',' && (tokens[at + 1]?.text === ',' || (!close && at + 1 === tokens.length))) {
    let from = at - 2;
    while (from > 0 && tokens[from - 1].text !== ',') from--;
    const kind = appositiveKind(tokens, from, at - 1);
    if (kind !== null) return { from, to: at - 1, kind };
  }
  return null;
}

/**
 * "Ms Marsh is the prosecutor in the case": a role given by "is" or "was" after the name, up to
 * the end of the clause; null when the name is not followed by one.
 */
export function copularRole(tokens: readonly Token[], run: NameRun): Token[] | null {
  const verb = tokens[run.to]?.lower;
  if (verb !== 'is' && verb !== 'was') return null;
  const from = run.to + 1;
  let to = from;
  while (to < tokens.length && tokens[to].pos !== 'PUNCT' && tokens[to].pos !== 'VERB' && tokens[to].pos !== 'AUX' && to - from < 10) to++;
  // A definite title only: "is a strong leader" judges the person, it names no post.
  if (tokens[from]?.lower !== 'the' || appositiveKind(tokens, from, to) !== 'PERSON') return null;
  let head = from + 1;
  while (head + 1 < to && tokens[head + 1].pos !== 'ADP') head++;
  return PERSON_TITLES.has(tokens[head].lower) || ROLE_WORDS.has(tokens[head].lower) ? tokens.slice(from, to) : null;
}

export function cleanRole(role: string): string | null {
  let r = role.replace(/^[\s,]+|[\s,]+$/g, '').replace(DETERMINERS, '').replace(/^(The|Its|Their)\s/, (w) => w.toLowerCase());
  r = r.replace(/\s*,\s*$/, '').trim();
  if (r.length === 0) return null;
  // An honorific alone ("Mr", "Dr.") is not a role.
  if (HONORIFICS.has(r.toLowerCase())) return null;
  return r;
}
