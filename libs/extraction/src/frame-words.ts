// The words of attribution frames: which tokens are reporting verbs, speakers,
// quotation marks, and where a statement starts and ends. The frame readers
// (attribution.ts, joined-frames.ts) build on these.
import * as lexicon from './lexicon';
import type { Span } from './clean';
import type { Sentence, Token } from './sentences';

// Local copies of the word lists, read on every token (see lexicon.ts).
const { CAUSE_VERBS, COURT_PARTICIPLES, DATA_NOUNS, PUBLISHED_VERBS, QUESTION_VERBS, REPORTING_VERBS, ROLE_WORDS, RULE_NOUNS, SHOW_VERBS } = lexicon;

/** How a sentence attributes what it says. */
export type FrameKind = 'none' | 'leading' | 'trailing' | 'middle' | 'according';

export interface Frame {
  kind: FrameKind;
  /** The speaker's noun phrase ("Lithuanian Deputy Minister … Renus Pleshkis", "He", "the President's Office"). */
  speaker: Token[];
  /** The reporting verb as written, lower-case; null for "according to" and unframed sentences. */
  verb: string | null;
  /** The asserted statement, in body offsets: one span, or two around a frame in the middle. */
  content: Span[];
  /** The frame reports a question ("asked whether …"), which is not a claim. */
  question: boolean;
  /**
   * What the frame itself says of the statement: a promise of the speaker's own action
   * ("pledged to build …") is about the future; putting an effect down to a cause
   * ("attributed the rise to …") is a claim of causation, whatever its words.
   */
  implies: 'PREDICTION' | 'CORRELATION_CAUSATION' | null;
  /**
   * When the sentence holds a second statement with a frame of its own ("…, adding that B",
   * "…, but ministers insist B"): the part of the sentence this frame covers, body offsets.
   */
  clause?: Span;
  /** The frame of the sentence's next clause; its speaker is this one's (the same array) when "adding that" continues it. */
  next?: Frame;
}

export const OPEN_QUOTES = new Set(['"', '“', '«', '„', "''", '``']);
export const CLOSE_QUOTES = new Set(['"', '”', '»', "''"]);
export const QUOTES = new Set([...OPEN_QUOTES, ...CLOSE_QUOTES]);
export const FINAL_PUNCT = new Set(['.', '!', '?', '…', '...']);
// Words that may sit between the speaker and the verb: "He also said", "She has repeatedly warned".
export const SPEAKER_TAIL = new Set(['also', 'further', 'later', 'previously', 'again', 'repeatedly', 'publicly', 'recently', 'earlier', 'once', 'then', 'however', 'has', 'have', 'had', 'separately', 'additionally', 'even']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'me', 'us']);
export const NOMINAL = new Set(['PROPN', 'NOUN', 'PRON', 'NUM']);
export const MAX_SPEAKER = 16;
// Reporting verbs wink-nlp tags as nouns when they close a sentence, and that rarely end one as nouns.
export const FINAL_VERBS = new Set(['estimates', 'forecasts', 'predicts', 'reports']);

export const isVerbLike = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';
/** "saying", "adding": a participle has no subject of its own, so it frames nothing by itself. */
export const isParticiple = (t: Token): boolean => t.lower.endsWith('ing');

/** A verb in t[from, end) that is no gerund or participle ("admitted causing death by …" has none). */
export function hasFiniteVerb(t: readonly Token[], from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (isVerbLike(t[i]) && !isParticiple(t[i])) return true;
  return false;
}
// Forms of "be" before a progressive: "I'm saying", "we are not saying", "he was just saying".
const BE_FORMS = /^(?:am|is|are|was|were|be|been|'s|’s)$|(?:'m|’m|'re|’re)$/;

/**
 * "Not saying that …", "on record as saying …": a participle with neither "be" nor a noun
 * before it (over "not" and adverbs) has no subject, and frames nothing; "I'm not saying
 * that …" and "Young people saying …" do.
 */
export function isBareParticiple(t: readonly Token[], i: number): boolean {
  if (!isParticiple(t[i])) return false;
  let k = i - 1;
  while (k >= 0 && (t[k].pos === 'ADV' || t[k].pos === 'PART')) k--;
  return k < 0 || !(BE_FORMS.test(t[k].lower) || NOMINAL.has(t[k].pos));
}
/** "attributed the rise to …": a cause verb used as a verb, with its cause's preposition after it. */
export function isCauseVerb(t: readonly Token[], i: number, end: number): boolean {
  const preps = CAUSE_VERBS.get(t[i].lower);
  if (preps === undefined || t[i].pos !== 'VERB') return false;
  for (let j = i + 2; j < end; j++) {
    if (!preps.has(t[j].lower)) continue;
    // Money is credited to someone's account: a cause's "to" follows no sum.
    if (t[j].lower === 'to' && t[i].lower.startsWith('credit') && t.slice(i + 1, j).some((x) => x.pos === 'NUM' || /^[£$€]/.test(x.text))) return false;
    return true;
  }
  // "It blamed higher wheat costs": what is blamed is the cause of what the sentence before told; the object alone says so.
  return preps.has('on');
}
/** "… figures show …": a finding framed by figures, without "that" (t[i] the verb, after the figures). */
export const isFinding = (t: readonly Token[], i: number): boolean => i > 0 && ((SHOW_VERBS.has(t[i].lower) && DATA_NOUNS.has(nounBefore(t, i).lower)) || foundBySubject(t, i));

/** The word before tokens[i], past an adverb or a clause set off by commas ("The bureau's outlook, released on Wednesday, shows"). */
function nounBefore(t: readonly Token[], i: number): Token {
  // "The agency's figures also show": an adverb between.
  if (t[i - 1].pos === 'ADV' && i > 1) return t[i - 2];
  if (t[i - 1].text !== ',') return t[i - 1];
  let k = i - 2;
  while (k > 0 && t[k].text !== ',' && i - k < 8) k--;
  return k > 0 && t[k].text === ',' ? t[k - 1] : t[i - 1];
}

const FOUND = new Set(['found', 'finds']);
/**
 * "The report found the median time was 52 minutes", "A survey of 612 members released by the union last week
 * found 71 per cent had …": a report, survey or study opening the sentence frames what it found or shows, "that" or not.
 */
function foundBySubject(t: readonly Token[], i: number): boolean {
  // So do figures for what they show: "Figures from the Regional Tertiary Alliance show enrolments fell …".
  if ((!FOUND.has(t[i].lower) && !SHOW_VERBS.has(t[i].lower)) || i > 14 || t[i + 1]?.lower === 'that') return false;
  const head = t[0]?.pos === 'DET' ? 1 : 0;
  return DATA_NOUNS.has(t[head]?.lower ?? '') && !t.slice(head + 1, i).some((x) => x.pos === 'AUX');
}

/**
 * A verb-tagged token inside a noun phrase, not a verb of the sentence: a verb
 * joined to a noun by a hyphen ("Kyiv-based", "state-owned"; not "so-called"),
 * or a participle describing figures ("a poll released last week by …").
 */
export function inNounPhrase(tokens: readonly Token[], i: number): boolean {
  if (i < 1) return false;
  const before = tokens[i - 1];
  if (PUBLISHED_VERBS.has(tokens[i].lower) && DATA_NOUNS.has(before.lower)) return true;
  // "The policing minister", "the governing party", "the company's managing director", "Its managing director", "chief
  // operating officer": a gerund between a determiner, a possessor ("'s", "its", "their") or a title's word and its
  // noun modifies the noun.
  const opener = before.pos === 'DET' || before.lower === "'s" || before.lower === '’s' || before.lower === 'its' || before.lower === 'their' || ROLE_WORDS.has(before.lower);
  if (opener && isParticiple(tokens[i]) && tokens[i + 1]?.pos === 'NOUN') return true;
  return i > 1 && before.text === '-' && before.end === tokens[i].start && tokens[i - 2].end === before.start && NOMINAL.has(tokens[i - 2].pos);
}

/**
 * "The council's education lead, Sarah Penrose, said …": a word wink-nlp tags as a verb just before
 * a name set off by commas is the title the name is in apposition to, not the sentence's verb.
 */
export function beforeAppositiveName(t: readonly Token[], i: number): boolean {
  if (t[i + 1]?.text !== ',' || i === 0 || (t[i - 1].pos !== 'NOUN' && t[i - 1].pos !== 'ADJ' && t[i - 1].pos !== 'PART')) return false;
  let k = i + 2;
  while (k < t.length && k < i + 7 && t[k].cap) k++;
  return k - (i + 2) >= 2 && t[k]?.text === ',';
}

/** A reporting verb used as a verb ("claims" can be a noun). */
export function isReportingVerb(t: Token): boolean {
  if (!REPORTING_VERBS.has(t.lower) && !QUESTION_VERBS.has(t.lower)) return false;
  return t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'said' || t.lower === 'says' || t.lower === 'told';
}

/** Does the part of the phrase that tokens[i] is in start after a comma with an article ("…, a charity that runs …")? */
function opensAppositive(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && tokens[k].text !== ',') k--;
  return k > 0 && ARTICLES.has(tokens[k + 1].lower);
}
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Is this a noun phrase that can be a speaker: a pronoun, a name with or
 * without a title, an organisation, with appositives between commas; no verb
 * (except inside a "who …" relative clause of an appositive).
 */
export function isSpeakerPhrase(tokens: readonly Token[], lenient = false): boolean {
  if (tokens.length === 0) return false;
  // "the state law said that …", "the rules state that …": a text of law is what is claimed about, no speaker.
  if (RULE_NOUNS.has(tokens[tokens.length - 1].lower)) return false;
  // A relative clause ("X, a pensioner who has complained about his bills, said …", "X, which makes …,") does not count towards the length.
  const relative = tokens.findIndex((t, k) => t.lower === 'who' || t.lower === 'whose' || (t.lower === 'which' && k > 0 && tokens[k - 1].text === ','));
  // Nor does a descriptive appositive after a name ("Safe Streets Carverton, a coalition of churches and
  // neighborhood associations on the city's east side,"), up to a speaker's length of its own.
  const appositive = tokens.findIndex((_t, k) => opensNameAppositive(tokens, k));
  const counted = relative > 0 ? relative : appositive > 0 && tokens.length - appositive <= MAX_SPEAKER ? appositive : tokens.length;
  if (counted > MAX_SPEAKER || tokens.length > 2 * MAX_SPEAKER) return false;
  const first = tokens[0];
  if (first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'CCONJ' || first.pos === 'PUNCT' || first.pos === 'ADV') return false;
  if (tokens.length === 1 && first.pos === 'PRON') return SUBJECT_PRONOUNS.has(first.lower) || OBJECT_PRONOUNS.has(first.lower);
  let nominal = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "X, an epidemiologist who was not involved, …": a relative clause inside an appositive ends the check.
    // So does "that" after the appositive's noun: "X, a charity that runs 300 clubs, …".
    const relativeThat = t.lower === 'that' && i > 1 && tokens[i - 1].pos === 'NOUN' && opensAppositive(tokens, i);
    if (t.lower === 'who' || t.lower === 'whose' || t.lower === 'which' || relativeThat) return nominal && tokens.slice(0, i).some((x) => x.text === ',');
    // After "according to" there is no verb to confuse with the statement, and
    // wink-nlp tags some nouns as verbs ("police data"): only a finite auxiliary rules the phrase out.
    // Counsel's "prosecuting" between commas in a court report is a role, not a verb.
    const court = i > 0 && tokens[i - 1].text === ',' && COURT_PARTICIPLES.has(t.lower);
    // Inside a closed appositive after a name ("X, a think tank focused on living standards,") a verb describes X.
    const described = appositive > 0 && i > appositive && tokens[tokens.length - 1].text === ',';
    if (lenient ? t.pos === 'AUX' : isVerbLike(t) && !described && !inNounPhrase(tokens, i) && !court && !(t.lower.endsWith('ed') && i > 0 && tokens[i - 1].text === ',') && !beforeAppositiveName(tokens, i) && !participleOfNoun(tokens, i)) {
      // Titles wink-nlp tags as verbs ("Acting", "Deputy") still start with a capital; so do
      // names in -ing it tags so ("Manning", "Ewing Kahn"), alone, before another name or before an appositive ("Browning, the mayor").
      if (!t.cap || (i === 0 && !(t.pos === 'VERB' && t.lower.endsWith('ing') && (tokens.length === 1 || tokens[1].cap || tokens[1].text === ',')))) return false;
    }
    if (QUOTES.has(t.text) || FINAL_PUNCT.has(t.text) || t.text === ':' || t.text === ';') return false;
    if (NOMINAL.has(t.pos) || t.cap) nominal = true;
  }
  return nominal;
}

/**
 * A past participle that describes the noun before it, no verb of the sentence: "X, a paramedic of 14 years based
 * at Salter Hill, said" (inside an appositive), "A survey of 612 members released by the union found" (who published it).
 */
export function participleOfNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t.lower.endsWith('ed') || tokens[i + 1]?.pos !== 'ADP' || i < 2) return false;
  const before = tokens[i - 1].pos;
  if (before !== 'NOUN' && before !== 'PROPN' && before !== 'NUM') return false;
  return PUBLISHED_VERBS.has(t.lower) || (i >= 3 && tokens.slice(0, i).some((x) => x.text === ','));
}

/** Does the comma at tokens[k] open a descriptive appositive after a name ("Safe Streets Carverton, a coalition …")? */
export const opensNameAppositive = (tokens: readonly Token[], k: number): boolean =>
  tokens[k].text === ',' && k > 0 && tokens[k - 1].cap && (tokens[k + 1]?.lower === 'a' || tokens[k + 1]?.lower === 'an');

export function lastContentIndex(tokens: readonly Token[]): number {
  let end = tokens.length;
  while (end > 0 && (FINAL_PUNCT.has(tokens[end - 1].text) || CLOSE_QUOTES.has(tokens[end - 1].text) || tokens[end - 1].text === ')')) end--;
  return end;
}

export const span = (tokens: readonly Token[], from: number, to: number): Span[] =>
  from < to ? [{ start: tokens[from].start, end: tokens[to - 1].end }] : [];

export const NONE = (s: Sentence): Frame => {
  const end = lastContentIndex(s.tokens);
  return { kind: 'none', speaker: [], verb: null, content: span(s.tokens, 0, end > 0 ? end : s.tokens.length), question: false, implies: null };
};

/** Skip a leading "In a statement," / "On Monday," / "Speaking to reporters," before the speaker. */
export const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'meanwhile', 'earlier', 'later', 'however', 'separately', 'previously', 'also', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'this', 'next']);

// Prepositions wink-nlp tags otherwise at a sentence's start ("Outside court, …").
const INTRO_WORDS = new Set(['outside', 'inside', 'despite', 'amid', 'asked', 'pressed', 'questioned', 'challenged']);

const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * Just past the comma that closes an opening phrase, before `limit`, or -1: "In a statement, …", and "In its decision,
 * published in July, …" (a participle or relative clause about the phrase's noun goes with it).
 */
export function introCommaEnd(tokens: readonly Token[], limit: number): number {
  for (let i = 1; i < limit; i++) {
    if (tokens[i].text !== ',') continue;
    // "At Northgate Medical Practice, which has 14,500 patients, practice manager X said": a relative clause too.
    const relative = tokens[i + 1]?.lower === 'which' || tokens[i + 1]?.lower === 'who';
    if (relative || (tokens[i + 1]?.pos === 'VERB' && tokens[i + 1].lower.endsWith('ed') && tokens[i + 2]?.pos === 'ADP')) {
      const close = tokens.findIndex((x, k) => k > i + 1 && k < Math.min(limit, i + 8) && x.text === ',');
      if (close > 0) return close + 1;
    }
    return i + 1;
  }
  return -1;
}

export function introEnd(tokens: readonly Token[], verbAt: number): number {
  const first = tokens[0];
  // "Asked about the alert, the spokesperson said …": a past participle opens a clause as "Speaking …" does.
  const intro = first.pos === 'ADP' || first.pos === 'ADV' || TIME_WORDS.has(first.lower) || opensWithParticiple(tokens) || INTRO_WORDS.has(first.lower);
  if (!intro) return 0;
  const comma = introCommaEnd(tokens, verbAt);
  if (comma > 0) return comma;
  // "In 2023 HM Inspectorate of Constabulary found that …": a year after a preposition needs no comma before the subject.
  if (first.pos === 'ADP' && verbAt > 3 && YEAR.test(tokens[1].text) && tokens[2].cap) return 2;
  // "Then Alex Varn said …", "Later she added …": one adverb before the subject, no comma.
  return (first.pos === 'ADV' || TIME_WORDS.has(first.lower)) && verbAt > 1 ? 1 : 0;
}

/**
 * "Speaking to reporters, …", "Opening the case for the prosecution, …": wink-nlp
 * tags a capitalised participle as a name, so a lower-case word after it tells.
 */
export function opensWithParticiple(t: readonly Token[]): boolean {
  // "Browning, the mayor, said …": a word in -ing closed by a comma at once is a name before its appositive.
  if (!t[0].lower.endsWith('ing') || t[1]?.text === ',' || !(t[0].pos === 'VERB' || (t[1] !== undefined && !t[1].cap))) return false;
  // "Desilting on about 60 km of drains began late, an official said": a gerund not tagged a verb, with a verb of its own
  // before the comma, is the sentence's subject, not a clause before it.
  if (t[0].pos === 'VERB') return true;
  for (let i = 1; i < t.length && t[i].text !== ','; i++) if (t[i].pos === 'VERB' && !t[i].lower.endsWith('ing') && !t[i].lower.endsWith('ed')) return false;
  return true;
}

/**
 * "that" within a short adverbial after the verb: "said in a statement on Monday that", "said in a filing with the US
 * Securities and Exchange Commission that" (a name's capitalised words are no verbs, whatever their tags).
 */
export function findThat(t: readonly Token[], from: number, end: number): number {
  for (let i = from; i < Math.min(end, from + 14); i++) {
    if (t[i].lower === 'that' && (t[i].pos === 'SCONJ' || t[i].pos === 'PRON' || t[i].pos === 'DET' || t[i].pos === 'ADV')) return i;
    if ((isVerbLike(t[i]) && !(t[i].cap && i > from)) || QUOTES.has(t[i].text) || t[i].text === ':' ) return -1;
  }
  return -1;
}

const REFLEXIVES = new Set(['itself', 'themselves', 'himself', 'herself']);

export function trimSpeaker(tokens: Token[]): Token[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && (tokens[a].text === ',' || QUOTES.has(tokens[a].text))) a++;
  while (b > a && (tokens[b - 1].text === ',' || QUOTES.has(tokens[b - 1].text))) b--;
  // "the National Statistics Institute (INE)": the short name in brackets is the same body's.
  if (b - a > 2 && tokens[b - 1].text === ')') b--;
  if (b - a > 2 && tokens[b - 2].text === '(' && tokens[b - 1].text === tokens[b - 1].text.toUpperCase()) b -= 2;
  // "The ONS itself says", "He, himself, has said": the emphasis is no part of the name.
  if (b - a > 1 && REFLEXIVES.has(tokens[b - 1].lower)) b--;
  while (b > a && tokens[b - 1].text === ',') b--;
  return tokens.slice(a, b);
}
