// The people and bodies an article has named so far, and the searches over them that
// a later mention needs: a surname, a title, a short form of a body's name, a pronoun's
// antecedent. The Discourse (claimant.ts) keeps the list and decides what to look for.
import * as lexicon from './lexicon';
import type { Gender } from './gender';
import { orgHead } from './body-names';
import { isOrgWord } from './names';

// Local copies of the word lists, read on every token (see lexicon.ts).
const { BODY_ALIASES, BODY_NAME_WORDS, BUSINESS_NOUNS, COMPANY_NOUNS, GENERIC_BODY_NOUNS, JOURNALIST_WORDS, PUBLIC_BODY_WORDS, RULE_NOUNS, TRADE_NOUNS } = lexicon;

export interface Entity {
  name: string;
  /** name.toLowerCase(), kept to compare without allocating. */
  lower?: string;
  /** Name parts, for "Pleshkis" → "Renus Pleshkis". */
  parts: string[];
  role: string | null;
  gender: Gender;
  kind: 'PERSON' | 'ORGANISATION';
  /** Order of the latest mention; higher is more recent. */
  seen: number;
  /** For organisations: head noun and lower-case words, for matching short forms. */
  head?: string;
  words?: ReadonlySet<string>;
  /** For organisations: contains a capitalised (proper) name. */
  proper?: boolean;
  /** For a person known only by a description ("a source close to the player"): its head noun. */
  described?: string;
  /**
   * For a body only named in passing ("figures released by the Department of Health"): "the
   * department" may mean it later, but "it" and "they" do not, until it speaks.
   */
  mentioned?: boolean;
}

/** "the same source", "the farmer": the person last described with that noun. */
export function latestDescribed(entities: readonly Entity[], head: string): Entity | undefined {
  let best: Entity | undefined;
  for (const e of entities) if (e.described === head && (best === undefined || e.seen > best.seen)) best = e;
  return best;
}

/** The person named last, not counting a journalist ("spoke to health correspondent Hannah Oduya"): who answers an interview. */
export function latestPerson(entities: readonly Entity[]): Entity | undefined {
  let best: Entity | undefined;
  for (const e of entities) if (e.kind === 'PERSON' && !isJournalist(e) && (best === undefined || e.seen > best.seen)) best = e;
  return best;
}

/**
 * "the bureau" after "the Central Statistical Bureau", "the finance ministry"
 * after "the Ministry of Finance": a definite short form with the same head
 * noun, all of whose words are in the name given earlier.
 */
export function earlierOrganisation(entities: readonly Entity[], name: string): Entity | null {
  if (!name.startsWith('the ')) return null;
  const m = /^the ((?:\p{L}+\s)?\p{L}+)$/u.exec(name);
  if (m === null) return null;
  const words = m[1].toLowerCase().split(' ');
  const head = orgHead(name);
  const lower = name.toLowerCase();
  let best: Entity | null = null;
  for (const e of entities) {
    if (e.kind !== 'ORGANISATION' || e.head !== head || e.lower === lower) continue;
    if (words.every((w) => e.words?.has(w) === true) && (best === null || e.seen > best.seen)) best = e;
  }
  return best;
}

/**
 * "the company", "the operator": the organisation last named with a proper name. A body the sentence itself
 * names (seen after `since`, the clock at its start) counts as one that spoke: "Kessler-Barr will lay off 430
 * workers, according to a notice the company filed" is Kessler-Barr's, whatever spoke before.
 */
export function describedCompany(entities: readonly Entity[], name: string, since = Infinity): Entity | null {
  const m = /^the (\p{L}+)$/u.exec(name);
  if (m === null || !COMPANY_NOUNS.has(m[1].toLowerCase())) return null;
  const noun = m[1].toLowerCase();
  // "the company" is any body; "the operator" only one introduced as an operator ("the grid operator Red Eléctrica").
  const generic = GENERIC_BODY_NOUNS.has(noun);
  // First a body named or described with that noun ("Azotek, a state-owned company"; "the club" for "Harrowby Town").
  // "the company" after "Shares in Vantora fell … an inquiry by the European Commission": a business before the public
  // body named after it; the public body only when no other was named ("The Met Office said … , the company said").
  const business = BUSINESS_NOUNS.has(noun) ? latestBody(entities, (e) => !isPublicBody(e), since) : null;
  const kinded = latestBody(entities, (e) => e.words?.has(noun) === true || aliasNames(e, noun), since);
  // "The insurer said" after "Shares of Harborline Health fell": a business whose name gives no kind of its own.
  const trade = kinded === null && !generic && TRADE_NOUNS.has(noun) ? latestBody(entities, (e) => inCapitals(e) && !isPublicBody(e) && !namesAKind(e), since) : null;
  return kinded ?? trade ?? (generic ? (business ?? latestBody(entities, () => true, since)) : null) ?? unkindedBody(entities);
}

/** A name of capitalised words only ("Kessler Brothers"), not a group at a body ("analysts at Kessler Brothers"). */
const inCapitals = (e: Entity): boolean => /^\p{Lu}\S*(?: \p{Lu}\S*)*$/u.test(e.name);

/** A body whose name says what kind of body it is ("Acme Airlines", "Westshire Police"). */
function namesAKind(e: Entity): boolean {
  if (e.words === undefined) return true;
  for (const w of e.words) if (isOrgWord(w) || COMPANY_NOUNS.has(w) || BODY_NAME_WORDS.has(w) || TRADE_NOUNS.has(w) || TRADE_NOUNS.has(w.replace(/s$/, ''))) return true;
  return false;
}

/** A body whose name says it is public ("the Home Office", "Westshire Police"): no business "the company" may mean. */
export function isPublicBody(e: Entity): boolean {
  if (e.words === undefined) return false;
  for (const w of e.words) if (PUBLIC_BODY_WORDS.has(w)) return true;
  return false;
}

/**
 * The proper-named body passing the test: one that spoke or opened a sentence before one only named in passing
 * (unless named since `since`), then the latest.
 */
function latestBody(entities: readonly Entity[], test: (e: Entity) => boolean, since = Infinity): Entity | null {
  let best: Entity | null = null;
  // ("mentioned" is false once a body named in passing speaks, and undefined for one that spoke first: the same.)
  const inPassing = (e: Entity): boolean => e.mentioned === true && e.seen <= since;
  for (const e of entities) {
    // "the Data Protection Act 2018" is a law, no body to speak ("The company said" is never it).
    if (e.kind !== 'ORGANISATION' || e.proper !== true || isLaw(e) || !test(e)) continue;
    if (best === null || (inPassing(best) && !inPassing(e)) || (inPassing(best) === inPassing(e) && e.seen > best.seen)) best = e;
  }
  return best;
}

/** A law's name ("the Data Protection Act 2018"): its last word (before a year) is a text of law. */
function isLaw(e: Entity): boolean {
  const words = e.lower?.split(' ') ?? [];
  const last = /^\d{4}$/.test(words[words.length - 1] ?? '') ? words[words.length - 2] : words[words.length - 1];
  return last !== undefined && RULE_NOUNS.has(last);
}

/**
 * "the club" for "Harrowby Town": a body whose name's head is a word of the noun's kind (not "Castlebridge City
 * Council"; not "the board of the X Authority" for "the agency", a board being no agency).
 */
function aliasNames(e: Entity, noun: string): boolean {
  const alias = BODY_ALIASES.get(noun);
  return alias !== undefined && e.head !== undefined && alias.includes(e.head);
}

/**
 * "The club said …" after "a statement from Harrowby Town", "according to the broker" after
 * "Kessler Brothers": a body of a kind, when none was named with that noun, is the body last
 * named (all in capitals) whose name says no kind at all; not one whose name gives another
 * ("Westshire Police", "Colvin Securities"), nor one only named in passing: no guess when the text gives none.
 */
function unkindedBody(entities: readonly Entity[]): Entity | null {
  let best: Entity | null = null;
  for (const e of entities) {
    if (e.kind !== 'ORGANISATION' || e.proper !== true || e.mentioned === true || e.words === undefined) continue;
    if ((best !== null && e.seen <= best.seen) || !inCapitals(e)) continue;
    // A club's name says its kind too ("Stenbury Town": "the club", not "the company").
    if (!(aliasNames(e, 'club') && e.name.includes(' ')) && !namesAKind(e)) best = e;
  }
  return best;
}

/**
 * "Moorline" after "Moorline Buses", "Greenplate" after "Greenplate Catering": the first word of a body's name, written
 * alone, is the body (the latest so named); not a word that opens no name of a body given in full.
 */
export function byFirstWord(entities: readonly Entity[], name: string): Entity | null {
  // A word with a lower-case letter: in capitals ("POLICE SAID") a word tells nothing.
  if (!/^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(name)) return null;
  const prefix = `${name.toLowerCase()} `;
  let best: Entity | null = null;
  for (const e of entities) {
    // Not two bodies named together ("Bayview Health and St. Adalbert Medical Group"): "Bayview" is one of them.
    if (e.kind !== 'ORGANISATION' || e.proper !== true || e.lower === undefined || isLaw(e) || e.lower.includes(' and ')) continue;
    const bare = e.lower.startsWith('the ') ? e.lower.slice(4) : e.lower;
    if (bare.startsWith(prefix) && (best === null || e.seen > best.seen)) best = e;
  }
  return best;
}

/**
 * "the ONS", "the same ONS" after "the Office for National Statistics": a body whose name's
 * capitalised words give the short name's letters in order.
 */
export function byInitials(entities: readonly Entity[], name: string): Entity | null {
  const m = /^(?:the )?(?:same )?(\p{Lu}{2,6})$/u.exec(name);
  if (m === null) return null;
  let best: Entity | null = null;
  for (const e of entities) {
    if (e.kind !== 'ORGANISATION' || (best !== null && e.seen <= best.seen)) continue;
    const initials = e.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    if (initials === m[1]) best = e;
  }
  return best;
}

/** The person last given a role headed by this noun ("an epidemiologist at Leeds University" for "epidemiologist"). */
export function lastWithRoleHead(entities: readonly Entity[], head: string): Entity | null {
  let best: Entity | null = null;
  for (const e of entities) {
    if (e.kind !== 'PERSON' || e.role === null || (best !== null && e.seen <= best.seen)) continue;
    if (roleHeadOf(e.role) === head) best = e;
  }
  return best;
}

/**
 * "the mayor": the person last named with that word in their title; and with every other title word
 * of the phrase too ("the prosecutor general" is not "Azotek's director general").
 */
export function lastWithTitle(entities: readonly Entity[], head: string, others: readonly string[] = []): Entity | null {
  let best: Entity | null = null;
  for (const e of entities) {
    if (e.kind !== 'PERSON' || e.role === null) continue;
    const words = e.role.toLowerCase().split(/[^\p{L}]+/u);
    if (words.includes(head) && others.every((w) => words.includes(w)) && (best === null || e.seen > best.seen)) best = e;
  }
  return best;
}

/** The person a name or a part of it ("Pleshkis" for "Renus Pleshkis") was last used for. */
export function findByParts(entities: readonly Entity[], parts: readonly string[]): Entity | null {
  const full = parts.join(' ');
  let best: Entity | null = null;
  for (const e of entities) {
    if (e.kind !== 'PERSON') continue;
    // "Ó Dálaigh" for "Eoin Ó Dálaigh", "Van Dyke" for "Anna Van Dyke": a surname of two words.
    const match = e.name === full || (parts.length === 1 && (e.parts[e.parts.length - 1] === full || e.parts[0] === full)) || (parts.length > 1 && full.endsWith(' ' + e.parts[e.parts.length - 1]) && e.parts.length === 1) || (parts.length === 2 && e.parts.length > 2 && e.name.endsWith(' ' + full));
    if (match && (best === null || e.seen > best.seen)) best = e;
  }
  return best;
}

/** The noun a role is headed by: the last word before a preposition or a comma ("epidemiologist" in "an epidemiologist at Leeds University"). */
function roleHead(role: string): string {
  const m = /^(.*?)(?:\s+(?:of|at|for|from|with|in|on)\b|,|$)/i.exec(role);
  const words = (m?.[1] ?? role).toLowerCase().split(/[^\p{L}-]+/u).filter((w) => w.length > 0);
  return words[words.length - 1] ?? '';
}

// Roles repeat from article to article ("spokeswoman", "the mayor"): each is read once per process.
const ROLE_HEADS = new Map<string, string>();
function roleHeadOf(role: string): string {
  let head = ROLE_HEADS.get(role);
  if (head === undefined) {
    head = roleHead(role);
    if (ROLE_HEADS.size < 10_000) ROLE_HEADS.set(role, head);
  }
  return head;
}

export const isJournalist = (e: Entity): boolean => e.role !== null && e.role.toLowerCase().split(/[^\p{L}]+/u).some((w) => JOURNALIST_WORDS.has(w));

