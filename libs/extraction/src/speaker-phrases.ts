// Readings of a speaker phrase or a sentence's subject that need no memory of
// the article: which tokens name the body behind some figures, where a body's
// name ends, where a group subject's head and verb are. The Discourse
// (claimant.ts) decides what they refer to.
import * as lexicon from './lexicon';
import type { Token } from './sentences';

// Local copies of the word lists, read on every token (see lexicon.ts).
const { CALENDAR_WORDS, COMPANY_NOUNS, COURT_PARTICIPLES, DATA_NOUNS, DOCUMENT_VERBS, GROUP_NOUNS, HEARING_BODIES, ORG_WORDS, PERSON_NOUNS, PERSON_TITLES, PUBLISHED_VERBS, REPORTING_VERBS, THAT_VERBS } = lexicon;

// Where an adverbial after the body's name begins: "… by the ministry on Tuesday", "… from the bureau last week".
const AFTER_SOURCE = new Set(['on', 'in', 'last', 'this', 'earlier', 'at', 'during', ',', 'which', 'that', 'who', 'under']);

/**
 * The body named as the source of some figures ("official data released by X on
 * Tuesday", "a report from X"): the tokens of X, or null when the phrase is not
 * of that form. A few words of description may come before the data noun.
 */
export function dataSource(tokens: readonly Token[]): Token[] | null {
  let i = 0;
  while (i < tokens.length && i < 4 && !isSourceNoun(tokens[i].lower)) i++;
  // A name before the figures is their owner (dataOwner); a capital opening the phrase may be the sentence's ("Separate figures published by …").
  if (i >= tokens.length || !isSourceNoun(tokens[i].lower) || tokens.slice(0, i).some((t, k) => t.cap && t.pos === 'PROPN' && k > 0)) return null;
  i++;
  // "figures the Carverton Police Department released Monday": the maker between the figures and its verb;
  // "figures it gave to the Chronicle": "it", for the reader of the phrase to resolve.
  const reduced = tokens.findIndex((t, k) => k > i && k <= i + 8 && (PUBLISHED_VERBS.has(t.lower) || t.lower === 'gave'));
  if (reduced === i + 1 && (tokens[i].lower === 'it' || tokens[i].lower === 'they')) return [tokens[i]];
  // "a notice the company filed with the state": the maker by its kind alone, as "the company" is said of a body named before.
  const byKind = reduced === i + 2 && tokens[i].lower === 'the' && (COMPANY_NOUNS.has(tokens[i + 1].lower) || ORG_WORDS.has(tokens[i + 1].lower));
  if (reduced > i && (byKind || ((tokens[i].lower === 'the' || tokens[i].cap) && tokens.slice(i, reduced).every((t) => t.cap || t.lower === 'the' || t.lower === 'of' || t.lower === 'and')))) return makerIn(tokens, i, reduced);
  // "A survey of 612 members released by …": what the survey was of comes before who released it.
  if (tokens[i]?.lower === 'of') {
    const published = tokens.findIndex((t, k) => k > i && k <= i + 6 && PUBLISHED_VERBS.has(t.lower));
    if (published > 0) i = published;
  }
  if (i < tokens.length && PUBLISHED_VERBS.has(tokens[i].lower)) {
    i++;
    // "released last week by …", "released on Thursday by …": a short time phrase before the body.
    for (let k = 0; k < 3 && i < tokens.length && (!tokens[i].cap || CALENDAR_WORDS.has(tokens[i].lower)) && tokens[i].lower !== 'by' && tokens[i].lower !== 'from'; k++) i++;
  }
  if (i >= tokens.length || (tokens[i].lower !== 'by' && tokens[i].lower !== 'from')) return null;
  const from = i + 1;
  let to = from;
  while (to < tokens.length && !AFTER_SOURCE.has(tokens[to].lower)) to++;
  // "accounts filed by its organiser, Larkfield Events Ltd, at Companies House": the name in apposition is the maker.
  if (tokens[to]?.text === ',' && tokens[to + 1]?.cap === true && !tokens.slice(from, to).some((t) => t.cap)) {
    let end = to + 1;
    while (end < tokens.length && tokens[end].text !== ',' && (tokens[end].cap || tokens[end].lower === 'of' || tokens[end].lower === 'and' || tokens[end].text === '&')) end++;
    if (end === tokens.length || tokens[end].text === ',') return tokens.slice(to + 1, end);
  }
  return makerIn(tokens, from, to);
}

/**
 * tokens[from, to) as who made a report or figures: a name, or people or a body by their kind ("a report
 * by the council's planning officers", "the regional health authority"), not "economists" cut from "by
 * economists at the University of X": a kind said in full or not at all. Null for anything else.
 */
function makerIn(tokens: readonly Token[], from: number, to: number): Token[] | null {
  const maker = tokens.slice(from, to);
  const last = maker[maker.length - 1];
  if (last === undefined) return null;
  // "by the network on Tuesday": a time after the kind ends it as a comma would.
  const whole = tokens[to] === undefined || tokens[to].pos === 'PUNCT' || isVerbTag(tokens[to]) || (tokens[to].lower === 'on' && CALENDAR_WORDS.has(tokens[to + 1]?.lower ?? '')) || tokens[to].lower === 'last' || tokens[to].lower === 'earlier' || tokens[to].lower === 'under';
  return maker.some((t) => t.cap) || (whole && (GROUP_NOUNS.has(last.lower) || ORG_WORDS.has(last.lower))) ? maker : null;
}

// What may stand between a verb of making and the report it made: "published its annual report", "carried out a survey".
const DOCUMENT_MODIFIERS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Who made the report, study or figures named by tokens[i], as its sentence says: "a report
 * by the Resolution Foundation", "figures were released by the department on Monday" (what
 * follows "by"), or "The foundation published a report", "Reyes, an epidemiologist, led the
 * study" (the subject of the verb of making). Null when the sentence says neither.
 */
export function documentMaker(tokens: readonly Token[], i: number): Token[] | null {
  let j = i + 1;
  if (tokens[j]?.pos === 'AUX') j++;
  if (j < tokens.length && PUBLISHED_VERBS.has(tokens[j].lower)) {
    j++;
    // "released last week by …": a short time phrase before the maker.
    for (let k = 0; k < 3 && j < tokens.length && !tokens[j].cap && tokens[j].lower !== 'by'; k++) j++;
  }
  if (tokens[j]?.lower === 'by' || (j === i + 1 && tokens[j]?.lower === 'from')) {
    let to = j + 1;
    while (to < tokens.length && !AFTER_SOURCE.has(tokens[to].lower) && tokens[to].pos !== 'PUNCT' && !isVerbTag(tokens[to])) to++;
    return makerIn(tokens, j + 1, to);
  }
  let v = i - 1;
  while (v > 0 && i - v <= 4 && (DOCUMENT_MODIFIERS.has(tokens[v].pos) || tokens[v].lower === 'out')) v--;
  if (v < 1 || !DOCUMENT_VERBS.has(tokens[v].lower)) return null;
  // The subject: from the start (or after an opening "On Tuesday,") to a comma before an appositive, without "has" or "also".
  let from = 0;
  if (tokens[0].pos === 'ADP' || tokens[0].pos === 'ADV') {
    while (from < v && tokens[from].text !== ',') from++;
    from++;
  }
  let to = from;
  while (to < v && tokens[to].text !== ',') to++;
  while (to > from && (tokens[to - 1].pos === 'AUX' || tokens[to - 1].pos === 'ADV')) to--;
  const subject = tokens.slice(from, to);
  return subject.length > 0 && subject.length <= 8 && !subject.some(isVerbTag) ? subject : null;
}

export const OWNED_FIGURES: ReadonlySet<string> = new Set(['figures', 'data', 'statistics', 'numbers', 'estimates', 'records', 'website', 'statement']);

// What a body says through, as its figures speak for it: "a statement from Harrowby Town", "the company's website",
// "a notice the company filed with the state".
const STATEMENT_NOUNS = new Set(['statement', 'website', 'announcement', 'notice', 'filing', 'accounts']);
const isSourceNoun = (w: string): boolean => DATA_NOUNS.has(w) || STATEMENT_NOUNS.has(w);

/**
 * "Eurostat data", "State police figures": the named body whose figures they
 * are, or null. Only a name (a capital): "police data" stays as it is written.
 * A possessor's figures ("the survey's figures") are documentOwner's.
 */
export function dataOwner(tokens: readonly Token[]): Token[] | null {
  // "Ofsted figures published in August": what follows the figures says when, not whose (a "by" would: dataSource).
  const published = tokens.findIndex((t, i) => i > 1 && PUBLISHED_VERBS.has(t.lower));
  const end = published > 1 && !tokens.some((t, i) => i > published && (t.lower === 'by' || t.lower === 'from')) ? published : tokens.length;
  const last = tokens[end - 1];
  // Not "the Duelfer report": a report or a study is often named after someone, figures are someone's.
  if (end < 2 || last.cap || !OWNED_FIGURES.has(last.lower)) return null;
  // "Alcott County tax records": what kind of records the lower-case words say; the name before them owns them.
  let named = end - 1;
  while (named > 1 && !tokens[named - 1].cap) named--;
  const owner = tokens.slice(0, named);
  if (isPossessive(owner[owner.length - 1])) return null;
  return owner.some((t) => t.cap && (t.pos === 'PROPN' || ORG_WORDS.has(t.lower))) ? owner : null;
}

export const isPossessive = (t: Token | undefined): boolean => t !== undefined && (t.lower === "'s" || t.lower === '’s');

// What a body issues in its own name, read as its word: "the company's annual report".
export const OWNED_DOCUMENTS: ReadonlySet<string> = new Set([...OWNED_FIGURES, 'report', 'reports', 'review', 'accounts', 'survey', 'study', 'analysis', 'audit', 'outlook', 'forecast', 'programme', 'program', 'budget', 'plan']);

/**
 * "the company's annual report", "Ofsted's report on the school", "the trust's own monthly performance
 * report": whose the document is (the tokens before "'s"), or null. A few words in lower case may stand
 * between (not "the council's Audit and Governance Committee"), and what it is about may follow ("on …").
 */
export function documentOwner(tokens: readonly Token[]): Token[] | null {
  // "the Department of Health Services' monthly report": a plural's possessive is its apostrophe alone.
  const p = tokens.findIndex((t, k) => isPossessive(t) || ((t.text === "'" || t.text === '’') && k > 0 && tokens[k - 1].lower.endsWith('s')));
  // A possessor of a few words, or a longer name ("the Department of Health Services'").
  if (p < 1 || p > 7 || (p > 4 && !tokens.slice(0, p).every((t) => t.cap || t.lower === 'the' || t.lower === 'of' || t.lower === 'and' || t.lower === 'for'))) return null;
  let k = p + 1;
  while (k < tokens.length && k <= p + 4 && !OWNED_DOCUMENTS.has(tokens[k].lower)) {
    if (tokens[k].cap) return null;
    k++;
  }
  if (k >= tokens.length || !OWNED_DOCUMENTS.has(tokens[k].lower)) return null;
  return k + 1 === tokens.length || tokens[k + 1].pos === 'ADP' ? tokens.slice(0, p) : null;
}

/**
 * "Ortuño's office", "the minister's office": the one whose office speaks for them (the tokens
 * before "'s"), or null. Not "the President's Office": a capitalised Office is a body of its own.
 */
export function officeHolder(tokens: readonly Token[]): Token[] | null {
  const n = tokens.length;
  if (n < 3 || tokens[n - 1].lower !== 'office' || tokens[n - 1].cap || !isPossessive(tokens[n - 2])) return null;
  return tokens.slice(0, n - 2);
}

/**
 * "the supermarket chain Fairway", "the consultancy Harwell Economics", "Disability charity Access Ahead",
 * "Supporters' group the Rovers Trust": a body's kind before its name. The name (with its own "the") is who speaks;
 * the kind only describes it. Null when the phrase is not of that form.
 */
export function kindBeforeName(tokens: readonly Token[]): { name: Token[]; kind: Token[] } | null {
  let k = tokens[0]?.lower === 'the' ? 1 : 0;
  const kindFrom = k;
  // The kind's words are in lower case (the first may carry the sentence's capital), its last a noun for a body.
  while (k < tokens.length && (!tokens[k].cap || k === kindFrom) && tokens[k].lower !== 'the' && !COMPANY_NOUNS.has(tokens[k].lower)) k++;
  if (k >= tokens.length || !COMPANY_NOUNS.has(tokens[k].lower) || tokens[k].cap) return null;
  const kind = tokens.slice(kindFrom, k + 1);
  const from = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  const name = tokens.slice(from);
  if (name.length === 0 || !name[0].cap || !name.every((t) => t.cap || t.lower === 'of' || t.lower === 'and' || t.lower === 'for' || t.lower === '&')) return null;
  return { name: tokens.slice(k + 1), kind };
}

export const SPOKES_WORDS: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman']);

/**
 * "a spokesman for the union", "a spokeswoman for Unison": the body one unnamed person speaks for (the
 * tokens after "for"), or null. What they say is the body's, as "A council spokesman said" is.
 */
export function spokespersonFor(tokens: readonly Token[]): Token[] | null {
  if (tokens.length < 4 || (tokens[0].lower !== 'a' && tokens[0].lower !== 'an') || !SPOKES_WORDS.has(tokens[1].lower) || tokens[2].lower !== 'for') return null;
  // The name ends at a comma ("the union, which …"); one with a comma inside ("the Ministry of Housing,
  // Communities and Local Government") stays as written, as the body's name would be cut there.
  let end = 3;
  while (end < tokens.length && tokens[end].text !== ',') end++;
  return tokens[end + 1]?.cap === true ? null : tokens.slice(3, end);
}

/**
 * "Brightwell Energy, the country's second-largest utility": a body's name
 * without what follows it after a comma; the phrase itself when it does not
 * open with a name. Not "Spain's energy minister, Teresa Ribera" (in capitals,
 * a name wink-nlp may not see): a title is no body's name.
 */
export function bodyName(tokens: readonly Token[]): readonly Token[] {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma <= 0) return withoutShortName(tokens);
  const before = tokens.slice(0, comma);
  return before.some((t) => t.cap && t.pos === 'PROPN') && !before.some((t) => PERSON_TITLES.has(t.lower)) ? withoutShortName(before) : tokens;
}

/** "the Kaveri Electricity Supply Company (KAVESCOM)": the short name in brackets after a body's name is no part of it. */
function withoutShortName(tokens: readonly Token[]): readonly Token[] {
  const n = tokens.length;
  const short = n > 4 && tokens[n - 3].text === '(' && tokens[n - 1].text === ')' && tokens[n - 2].text.length > 1 && tokens[n - 2].text === tokens[n - 2].text.toUpperCase();
  return short ? tokens.slice(0, n - 3) : tokens;
}

// Prepositions that tie a group to where it works: "researchers at …", "economists from …".
const WHERE_FROM = new Set(['at', 'from', 'of', 'with']);

const isVerbTag = (t: Token | undefined): boolean => t?.pos === 'VERB' || t?.pos === 'AUX';

/**
 * A noun phrase opening the sentence as the subject of its verb: the index of
 * its head noun and where the phrase ends (the name a later "they" or "the
 * group" may stand for), or null. "The researchers analysed …", "The Vilnius
 * city council approved …", "Researchers at Harvard University followed …",
 * "The Consumer Brands Association, which represents food makers, disputed …".
 */
export function groupSubject(tokens: readonly Token[]): { head: number; end: number } | null {
  let i = tokens[0]?.pos === 'DET' ? 1 : 0;
  // Nouns and adjectives up to the last one before the verb ("The Met Office": a capital after "the" is a name's, whatever its tag).
  while (i + 1 < tokens.length && i < 6 && (tokens[i].pos === 'ADJ' || tokens[i].pos === 'PROPN' || tokens[i].pos === 'NOUN' || (i === 1 && tokens[i].cap && tokens[i + 1].cap)) && !isVerbTag(tokens[i + 1])) i++;
  let end = i + 1;
  let verbAt = end;
  if (i > 0 && WHERE_FROM.has(tokens[i].lower)) {
    // A named place of work between the group and its verb.
    let j = i + 1;
    if (tokens[j]?.lower === 'the') j++;
    const named = j;
    while (j < tokens.length && j < named + 6 && tokens[j].cap) j++;
    if (j > named && isVerbTag(tokens[j])) {
      i--;
      end = verbAt = j;
    }
  } else if (i > 0 && tokens[i].text === ',' && (tokens[i + 1]?.lower === 'which' || tokens[i + 1]?.lower === 'who')) {
    // A relative clause between the body and its verb.
    verbAt = i + 2;
    while (verbAt < tokens.length && tokens[verbAt].text !== ',') verbAt++;
    verbAt++;
    end = i;
    i--;
  }
  const head = tokens[i];
  if (head === undefined || (head.pos !== 'NOUN' && head.pos !== 'PROPN') || !isVerbTag(tokens[verbAt])) return null;
  return { head: i, end };
}

/** Where a relative clause set off by a comma starts in a speaker phrase ("…, who runs a bakery"); -1 when none does. */
export function relativeClauseAt(phrase: readonly Token[]): number {
  for (let i = 1; i < phrase.length; i++) if ((phrase[i].lower === 'who' || phrase[i].lower === 'whose') && commasBefore(phrase, i) > 0) return i;
  return -1;
}

/** Commas in tokens[0, at): which comma-separated part of a phrase a token is in. */
export function commasBefore(tokens: readonly Token[], at: number): number {
  let n = 0;
  for (let i = 0; i < at; i++) if (tokens[i].text === ',') n++;
  return n;
}

/**
 * A participle clause set off by commas after a speaker ("A senior executive,
 * speaking on condition of anonymity, said …", "The report, published on
 * Thursday, found that …"): does one start after tokens[comma]?
 */
export function isParticipleAfterComma(tokens: readonly Token[], comma: number): boolean {
  const t = tokens[comma + 1];
  if (tokens[comma]?.text !== ',' || t === undefined || t.cap || t.pos !== 'VERB') return false;
  // "Jane Doe, the minister, warned that …": the speaker's own verb after an appositive.
  if (REPORTING_VERBS.has(t.lower) || THAT_VERBS.has(t.lower)) return false;
  // "A lot of people, including me, said, look, …": a preposition, whatever wink-nlp tags it.
  if (t.lower === 'including' || t.lower === 'excluding') return false;
  return PARTICIPLE.test(t.lower) || PUBLISHED_VERBS.has(t.lower);
}

const PARTICIPLE = /(ing|ed)$/;

/**
 * Where a participle clause set off by a comma starts in a speaker phrase (the comma's index); -1
 * when none does. Not counsel's "prosecuting" in a court report: that one is the speaker's role.
 */
export function participleClauseAt(phrase: readonly Token[]): number {
  for (let i = 1; i < phrase.length - 1; i++) if (isParticipleAfterComma(phrase, i) && courtRoleAt(phrase, i + 1) === null) return i;
  return -1;
}

/**
 * "Helen Marsh, prosecuting, told the court …": the role a court report's participle set off by
 * commas stands for (tokens[i] the participle), or null.
 */
export function courtRoleAt(tokens: readonly Token[], i: number): string | null {
  const role = COURT_PARTICIPLES.get(tokens[i]?.lower ?? '');
  if (role === undefined || tokens[i - 1]?.text !== ',') return null;
  const next = tokens[i + 1];
  return next === undefined || next.text === ',' ? role : null;
}

/**
 * "a farmer near Ambleside", "A source close to the player", "a senior club
 * executive": one unnamed person, described by a noun after "a". The head
 * noun's lower-case form, or null when the phrase is not of that form.
 */
export function describedPerson(tokens: readonly Token[]): string | null {
  // "a farmer near Ambleside", "One mother, who asked not to be named".
  if (tokens.length < 2 || (tokens[0].lower !== 'a' && tokens[0].lower !== 'an' && tokens[0].lower !== 'one')) return null;
  let head: Token | undefined;
  for (let i = 1; i < tokens.length && (tokens[i].pos === 'ADJ' || tokens[i].pos === 'NOUN' || tokens[i].pos === 'PROPN'); i++) if (tokens[i].pos === 'NOUN') head = tokens[i];
  return head !== undefined && (PERSON_NOUNS.has(head.lower) || PERSON_TITLES.has(head.lower)) ? head.lower : null;
}

/**
 * "The court heard that …", "…, a jury at Kingsford Crown Court has heard.": evidence
 * heard by a court frames a statement as a reporting verb does; is tokens[v] that "heard"
 * (its subject in tokens[from, v))? Not "Residents heard that …": only a court hears evidence.
 */
export function isHeardByCourt(tokens: readonly Token[], from: number, v: number): boolean {
  if (tokens[v]?.lower !== 'heard') return false;
  for (let i = from; i < v; i++) if (HEARING_BODIES.has(tokens[i].lower)) return true;
  return false;
}

// What may stand beside "I"/"we" in a speaker phrase that is still only the speaker: "I really", "I'm not", "we just".
const BESIDE_SELF = new Set(["'m", '’m', "'re", '’re', 'am', 'are', 'not']);
// wink keeps some contractions whole ("I'm").
const SELF_WORDS = new Set(['i', 'we', "i'm", 'i’m', "we're", 'we’re']);

/** "I" or "we", alone or with adverbs ("I really believe", "I'm not saying"): the writer, or the turn's speaker. */
export function isFirstPerson(tokens: readonly Token[]): boolean {
  const core = tokens.filter((t) => t.pos !== 'ADV' && !BESIDE_SELF.has(t.lower));
  return core.length === 1 && SELF_WORDS.has(core[0].lower);
}
