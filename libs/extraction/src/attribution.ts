import { DATA_NOUNS, PUBLISHED_VERBS, QUESTION_VERBS, REPORTING_VERBS, ROLE_WORDS, SHOW_VERBS, THAT_VERBS } from './lexicon';
import type { Span } from './clean';
import { isHeardByCourt, isParticipleAfterComma, participleClauseAt } from './speaker-phrases';
import type { Sentence, Token } from './sentences';

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
}

const OPEN_QUOTES = new Set(['"', '“', '«', '„', "''", '``']);
const CLOSE_QUOTES = new Set(['"', '”', '»', "''"]);
const QUOTES = new Set([...OPEN_QUOTES, ...CLOSE_QUOTES]);
const FINAL_PUNCT = new Set(['.', '!', '?', '…', '...']);
// Words that may sit between the speaker and the verb: "He also said", "She has repeatedly warned".
const SPEAKER_TAIL = new Set(['also', 'further', 'later', 'previously', 'again', 'repeatedly', 'publicly', 'recently', 'earlier', 'once', 'then', 'however', 'has', 'have', 'had', 'separately', 'additionally', 'even']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'me', 'us']);
const NOMINAL = new Set(['PROPN', 'NOUN', 'PRON', 'NUM']);
const MAX_SPEAKER = 16;
// Reporting verbs wink-nlp tags as nouns when they close a sentence, and that rarely end one as nouns.
const FINAL_VERBS = new Set(['estimates', 'forecasts', 'predicts', 'reports']);

const isVerbLike = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';
/** "… figures show …": a finding framed by figures, without "that" (t[i] the verb, after the figures). */
const isFinding = (t: readonly Token[], i: number): boolean => i > 0 && SHOW_VERBS.has(t[i].lower) && DATA_NOUNS.has(t[i - 1].lower);

/**
 * A verb-tagged token inside a noun phrase, not a verb of the sentence: a verb
 * joined to a noun by a hyphen ("Kyiv-based", "state-owned"; not "so-called"),
 * or a participle describing figures ("a poll released last week by …").
 */
function inNounPhrase(tokens: readonly Token[], i: number): boolean {
  if (i < 1) return false;
  const before = tokens[i - 1];
  if (PUBLISHED_VERBS.has(tokens[i].lower) && DATA_NOUNS.has(before.lower)) return true;
  return i > 1 && before.text === '-' && before.end === tokens[i].start && tokens[i - 2].end === before.start && NOMINAL.has(tokens[i - 2].pos);
}

/** A reporting verb used as a verb ("claims" can be a noun). */
export function isReportingVerb(t: Token): boolean {
  if (!REPORTING_VERBS.has(t.lower) && !QUESTION_VERBS.has(t.lower)) return false;
  return t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'said' || t.lower === 'says' || t.lower === 'told';
}

/**
 * Is this a noun phrase that can be a speaker: a pronoun, a name with or
 * without a title, an organisation, with appositives between commas; no verb
 * (except inside a "who …" relative clause of an appositive).
 */
export function isSpeakerPhrase(tokens: readonly Token[], lenient = false): boolean {
  if (tokens.length === 0) return false;
  // A relative clause ("X, a pensioner who has complained about his bills, said …") does not count towards the length.
  const relative = tokens.findIndex((t) => t.lower === 'who' || t.lower === 'whose');
  if ((relative > 0 ? relative : tokens.length) > MAX_SPEAKER || tokens.length > 2 * MAX_SPEAKER) return false;
  const first = tokens[0];
  if (first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'CCONJ' || first.pos === 'PUNCT' || first.pos === 'ADV') return false;
  if (tokens.length === 1 && first.pos === 'PRON') return SUBJECT_PRONOUNS.has(first.lower) || OBJECT_PRONOUNS.has(first.lower);
  let nominal = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "X, an epidemiologist who was not involved, …": a relative clause inside an appositive ends the check.
    if (t.lower === 'who' || t.lower === 'whose' || t.lower === 'which') return nominal && tokens.slice(0, i).some((x) => x.text === ',');
    // After "according to" there is no verb to confuse with the statement, and
    // wink-nlp tags some nouns as verbs ("police data"): only a finite auxiliary rules the phrase out.
    if (lenient ? t.pos === 'AUX' : isVerbLike(t) && !inNounPhrase(tokens, i) && !(t.lower.endsWith('ed') && i > 0 && tokens[i - 1].text === ',')) {
      // Titles wink-nlp tags as verbs ("Acting", "Deputy") still start with a capital; so do
      // names in -ing it tags so ("Manning", "Ewing Kahn"), alone or before another name.
      if (!t.cap || (i === 0 && !(t.pos === 'VERB' && t.lower.endsWith('ing') && (tokens.length === 1 || tokens[1].cap)))) return false;
    }
    if (QUOTES.has(t.text) || FINAL_PUNCT.has(t.text) || t.text === ':' || t.text === ';') return false;
    if (NOMINAL.has(t.pos) || t.cap) nominal = true;
  }
  return nominal;
}

function lastContentIndex(tokens: readonly Token[]): number {
  let end = tokens.length;
  while (end > 0 && (FINAL_PUNCT.has(tokens[end - 1].text) || CLOSE_QUOTES.has(tokens[end - 1].text) || tokens[end - 1].text === ')')) end--;
  return end;
}

const span = (tokens: readonly Token[], from: number, to: number): Span[] =>
  from < to ? [{ start: tokens[from].start, end: tokens[to - 1].end }] : [];

const NONE = (s: Sentence): Frame => {
  const end = lastContentIndex(s.tokens);
  return { kind: 'none', speaker: [], verb: null, content: span(s.tokens, 0, end > 0 ? end : s.tokens.length), question: false };
};

/** Skip a leading "In a statement," / "On Monday," / "Speaking to reporters," before the speaker. */
const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'meanwhile', 'earlier', 'later', 'however', 'separately', 'previously', 'also', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'this', 'next']);

function introEnd(tokens: readonly Token[], verbAt: number): number {
  const first = tokens[0];
  const intro = first.pos === 'ADP' || first.pos === 'ADV' || TIME_WORDS.has(first.lower) || opensWithParticiple(tokens);
  if (!intro) return 0;
  for (let i = 1; i < verbAt; i++) if (tokens[i].text === ',') return i + 1;
  // "Then Alex Varn said …", "Later she added …": one adverb before the subject, no comma.
  return (first.pos === 'ADV' || TIME_WORDS.has(first.lower)) && verbAt > 1 ? 1 : 0;
}

/**
 * "Speaking to reporters, …", "Opening the case for the prosecution, …": wink-nlp
 * tags a capitalised participle as a name, so a lower-case word after it tells.
 */
function opensWithParticiple(t: readonly Token[]): boolean {
  return t[0].lower.endsWith('ing') && (t[0].pos === 'VERB' || (t[1] !== undefined && !t[1].cap));
}

/** "X said (in a statement) (that) …" — the frame at the start of the sentence. */
/** The first reporting verb after `from` with only a speaker phrase before it; -1 when there is none. */
function reportingVerbAfter(t: readonly Token[], from: number, end: number): number {
  for (let i = from + 1; i < Math.min(end, from + MAX_SPEAKER + 8); i++) {
    // "The report found that …": findings frame a statement only with "that".
    if (isReportingVerb(t[i]) || (THAT_VERBS.has(t[i].lower) && t[i + 1]?.lower === 'that')) return i;
    // "The office estimates that …": before "that", after a noun, a reporting verb is one whatever wink-nlp tags it.
    if (REPORTING_VERBS.has(t[i].lower) && t[i + 1]?.lower === 'that' && i > from && (t[i - 1].pos === 'NOUN' || t[i - 1].pos === 'PROPN')) return i;
    // "State police figures show violent crime fell": figures frame a finding without "that".
    if (i > from && isFinding(t, i)) return i;
    if (t[i + 1]?.lower === 'that' && isHeardByCourt(t, from, i)) return i;
    // "Pleshkis, who visited Kyiv last week, said …", "X, an epidemiologist who was not
    // involved, said …": a relative clause between commas belongs to the speaker.
    if (t[i].text === ',') {
      let close = i + 1;
      // So does a participle clause: "A senior executive, speaking on condition of anonymity, said …".
      let relative = isParticipleAfterComma(t, i);
      for (; close < end && t[close].text !== ','; close++) if (t[close].lower === 'who' || t[close].lower === 'whose') relative = true;
      if (relative) {
        if (close >= end) return -1;
        i = close;
        continue;
      }
    }
    if (isVerbLike(t[i]) && !SPEAKER_TAIL.has(t[i].lower) && !t[i].cap && !inNounPhrase(t, i)) return -1;
  }
  return -1;
}

/** "Asked whether …, Ašeradens said …", "Speaking to reporters, she said …": where the speaker starts after a leading clause. */
function afterIntroClause(t: readonly Token[], end: number): number {
  const first = t[0];
  const intro = first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'SCONJ' || first.pos === 'VERB' || opensWithParticiple(t) || TIME_WORDS.has(first.lower);
  if (!intro) return -1;
  for (let i = 1; i < Math.min(end, 30); i++) if (t[i].text === ',') return i + 1;
  return -1;
}

function leading(s: Sentence): Frame | null {
  const t = s.tokens;
  const end = lastContentIndex(t);
  let subjStart = 0;
  let v = reportingVerbAfter(t, 0, end);
  if (v < 1) {
    subjStart = afterIntroClause(t, end);
    if (subjStart < 0) return null;
    v = reportingVerbAfter(t, subjStart, end);
    if (v <= subjStart) return null;
  }
  let subjEnd = v;
  while (subjEnd > subjStart && SPEAKER_TAIL.has(t[subjEnd - 1].lower)) subjEnd--;
  if (subjStart === 0) subjStart = introEnd(t, subjEnd);
  let speaker = t.slice(subjStart, subjEnd);
  if (speaker.length > 0 && OPEN_QUOTES.has(speaker[0].text)) return null;
  // The participle clause describes what the speaker did, and is no part of its name.
  const participle = participleClauseAt(speaker);
  if (participle > 0 && speaker[speaker.length - 1].text === ',') speaker = speaker.slice(0, participle);
  // A comma inside the subject must close an appositive ("Jane Doe, the minister, said");
  // "The project, she said, …" is a frame in the middle, not a subject.
  const innerComma = speaker.findIndex((x) => x.text === ',');
  if (innerComma >= 0 && speaker[speaker.length - 1].text !== ',') return null;
  if (!isSpeakerPhrase(speaker)) return null;
  if (speaker.length === 1 && OBJECT_PRONOUNS.has(speaker[0].lower) && !SUBJECT_PRONOUNS.has(speaker[0].lower)) return null;

  let c = v + 1;
  const verb = t[v].lower;
  if (verb === 'told' || verb === 'tell' || verb === 'tells') {
    // "told reporters (on Monday) that …": skip the listener.
    const that = findThat(t, c, end);
    if (that >= 0) c = that + 1;
    else {
      // The listener is one noun phrase: a pronoun ("told us the wind had …"), or up to where a determiner opens the statement's subject.
      if (c < end && OBJECT_PRONOUNS.has(t[c].lower)) c++;
      else {
        if (c < end && t[c].pos === 'DET') c++;
        while (c < end && (NOMINAL.has(t[c].pos) || t[c].pos === 'ADJ')) c++;
      }
      // "told you two things: …": what is announced before a colon is part of the frame.
      for (let k = c; k < Math.min(end, c + 6) && t[k].text !== ','; k++) if (t[k].text === ':') c = k;
      if (c < end && (t[c].text === ',' || t[c].text === ':')) c++;
    }
  } else {
    const that = findThat(t, c, end);
    if (that >= 0) c = that + 1;
    else if (c < end && (t[c].text === ',' || t[c].text === ':')) c++;
  }
  // "What I said is that …", a pseudo-cleft: "what" is no part of the speaker, and the statement follows "is that".
  if (speaker.length > 1 && speaker[0].lower === 'what') {
    speaker = speaker.slice(1);
    if (c + 1 < end && (t[c].lower === 'is' || t[c].lower === 'was') && t[c + 1].lower === 'that') c += 2;
  }
  if (end - c < 2) return null;
  speaker = trimSpeaker(speaker);
  return { kind: 'leading', speaker, verb, content: span(t, c, end), question: QUESTION_VERBS.has(verb) };
}

/** "that" within a short adverbial after the verb: "said in a statement on Monday that". */
function findThat(t: readonly Token[], from: number, end: number): number {
  for (let i = from; i < Math.min(end, from + 10); i++) {
    if (t[i].lower === 'that' && (t[i].pos === 'SCONJ' || t[i].pos === 'PRON' || t[i].pos === 'DET' || t[i].pos === 'ADV')) return i;
    if (isVerbLike(t[i]) || QUOTES.has(t[i].text) || t[i].text === ':' ) return -1;
  }
  return -1;
}

function trimSpeaker(tokens: Token[]): Token[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && (tokens[a].text === ',' || QUOTES.has(tokens[a].text))) a++;
  while (b > a && (tokens[b - 1].text === ',' || QUOTES.has(tokens[b - 1].text))) b--;
  return tokens.slice(a, b);
}

const APPOSITIVE_START = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);

/**
 * If tokens from `from` form an appositive noun phrase closed by a comma ("the
 * city's chief engineer,"), the index of that comma; else -1.
 */
function appositiveEnd(t: readonly Token[], from: number, end: number): number {
  if (from >= end) return -1;
  const first = t[from];
  if (!APPOSITIVE_START.has(first.lower) && !ROLE_WORDS.has(first.lower)) return -1;
  for (let i = from + 1; i < Math.min(end, from + 10); i++) {
    if (t[i].text === ',') {
      const phrase = t.slice(from, i);
      const hasRole = phrase.some((x) => ROLE_WORDS.has(x.lower));
      return hasRole && !phrase.some(isVerbLike) ? i : -1;
    }
  }
  return -1;
}

/** "According to X, …" and "…, according to X." */
function accordingTo(s: Sentence): Frame | null {
  const t = s.tokens;
  const end = lastContentIndex(t);
  if (t.length > 3 && t[0].lower === 'according' && t[1].lower === 'to') {
    let comma = -1;
    for (let i = 2; i < Math.min(end, 2 + MAX_SPEAKER + 1); i++) {
      if (t[i].text === ',') {
        comma = i;
        break;
      }
    }
    if (comma < 3) return null;
    // "According to Ms. Rūta Žemaitytė, the city's chief engineer, the old deck …": an appositive joins the speaker.
    const second = appositiveEnd(t, comma + 1, end);
    const speakerEnd = second > 0 ? second : comma;
    const speaker = t.slice(2, speakerEnd);
    if (!isSpeakerPhrase(speaker, true)) return null;
    return { kind: 'according', speaker, verb: null, content: span(t, speakerEnd + 1, end), question: false };
  }
  for (let i = end - 2; i >= 1; i--) {
    if (t[i].lower !== 'according' || t[i + 1]?.lower !== 'to' || t[i - 1].text !== ',') continue;
    let contentEnd = i - 1;
    while (contentEnd > 0 && CLOSE_QUOTES.has(t[contentEnd - 1].text)) contentEnd--;
    const speaker = trimSpeaker(t.slice(i + 2, end));
    if (i >= end - MAX_SPEAKER - 2 && isSpeakerPhrase(speaker, true)) return { kind: 'according', speaker, verb: null, content: span(t, 0, contentEnd), question: false };
    // "…, according to a new report by X, the steepest decline since …": the source ends at a comma, and the statement goes on after it.
    const comma = t.findIndex((x, k) => k > i + 2 && x.text === ',');
    if (comma < 0 || comma + 2 >= end) return null;
    const source = t.slice(i + 2, comma);
    if (source.length > MAX_SPEAKER || !isSpeakerPhrase(source, true)) return null;
    return { kind: 'according', speaker: source, verb: null, content: [...span(t, 0, contentEnd), ...span(t, comma + 1, end)], question: false };
  }
  return null;
}

/**
 * "…, she said." / "…," said Jane Doe, a spokeswoman. / "The plan, she said, was
 * ready." / "…," he said, "…." — a frame after a comma, closing the sentence or
 * set in the middle of it.
 */
function afterComma(s: Sentence): Frame | null {
  const t = s.tokens;
  const end = lastContentIndex(t);
  for (let c = 1; c < end - 1; c++) {
    if (t[c].text !== ',' && !(CLOSE_QUOTES.has(t[c].text) && t[c - 1].text !== ',')) continue;
    // The frame starts after the comma and any closing quote.
    let f = c + 1;
    while (f < end && (CLOSE_QUOTES.has(t[f].text) || t[f].text === ',')) f++;
    let contentEnd = c;
    while (contentEnd > 0 && (CLOSE_QUOTES.has(t[contentEnd - 1].text) || t[contentEnd - 1].text === ',')) contentEnd--;
    if (contentEnd < 2) continue;
    const frame = parseTailFrame(t, f, end);
    if (frame === null) continue;
    const content = span(t, 0, contentEnd);
    let kind: FrameKind = 'trailing';
    if (frame.resume < end) {
      content.push(...span(t, frame.resume, end));
      kind = 'middle';
    }
    return { kind, speaker: frame.speaker, verb: frame.verb, content, question: QUESTION_VERBS.has(frame.verb) };
  }
  return null;
}

interface TailFrame {
  speaker: Token[];
  verb: string;
  /** Where the statement resumes after a frame in the middle; `end` when the frame closes the sentence. */
  resume: number;
}

function parseTailFrame(t: readonly Token[], f: number, end: number): TailFrame | null {
  if (f >= end) return null;
  // Verb first: "said Jane Doe, a spokeswoman for the ministry" / "reports LTR"
  // (wink-nlp may tag "reports" as a noun there, so the word alone decides).
  if (REPORTING_VERBS.has(t[f].lower) || QUESTION_VERBS.has(t[f].lower)) {
    const verb = t[f].lower;
    const stop = resumeAt(t, f + 1, end);
    const speaker = trimSpeaker(t.slice(f + 1, stop));
    // Bounded by the verb and the sentence's end, the phrase cannot swallow the statement,
    // so wink-nlp's verb tags on title words ("lead author") are not trusted here.
    if (!isSpeakerPhrase(speaker, true)) return null;
    return { speaker, verb, resume: stop };
  }
  // Speaker first: "she said", "the ministry said in a statement", "Jane Doe, the minister, said".
  for (let v = f + 1; v < Math.min(end, f + MAX_SPEAKER + 1); v++) {
    // Closing the sentence, "…, the agency estimates." is the verb whatever wink-nlp tags it (not "…, the United States.").
    // "…, police figures show.": figures frame a finding here too.
    if (!isReportingVerb(t[v]) && !isFinding(t, v) && !(v === end - 1 && (FINAL_VERBS.has(t[v].lower) || isHeardByCourt(t, f, v)))) continue;
    let subjEnd = v;
    while (subjEnd > f && SPEAKER_TAIL.has(t[subjEnd - 1].lower)) subjEnd--;
    const speaker = trimSpeaker(t.slice(f, subjEnd));
    if (!isSpeakerPhrase(speaker)) return null;
    const stop = resumeAt(t, v + 1, end);
    // Whatever follows the verb up to the end or the resumed quote is an adverbial
    // ("in a statement"), or a participle clause about the speaker (", citing …", ", adding that …").
    for (let i = v + 1; i < stop; i++) {
      if (t[i].text === ',' && t[i + 1] !== undefined && t[i + 1].pos === 'VERB' && t[i + 1].lower.endsWith('ing')) break;
      if (isVerbLike(t[i])) return null;
    }
    return { speaker, verb: t[v].lower, resume: stop };
  }
  return null;
}

/** After a frame in the middle, the statement resumes after a comma (often with an opening quote). */
function resumeAt(t: readonly Token[], from: number, end: number): number {
  for (let i = from; i < end; i++) {
    if (t[i].text === ',' || t[i].text === ':') {
      const j = i + 1;
      if (j < end && OPEN_QUOTES.has(t[j].text)) return j;
      // ", citing the threat": a participle clause about the speaker ends the frame and the sentence.
      if (j < end && t[j].pos === 'VERB' && t[j].lower.endsWith('ing')) return end;
      // ", was ready." — a clause without its own subject continues the statement.
      if (j < end && isVerbLike(t[j])) return j;
      // ", while the number of loans has fallen": a conjunction carries the statement on.
      if (j < end && (t[j].pos === 'CCONJ' || t[j].pos === 'SCONJ') && t[j].lower !== 'who') return j;
      // ", even as drones struck the port", ", just as …": so does an adverb before one.
      if (j + 1 < end && t[j].pos === 'ADV' && (t[j + 1].pos === 'SCONJ' || t[j + 1].lower === 'as' || t[j + 1].lower === 'though')) return j;
      // An appositive (", a spokeswoman for the ministry", ", who …") is part of the frame.
      continue;
    }
  }
  return end;
}

/** Find how the sentence attributes its statement, if it does. */
export function parseFrame(s: Sentence): Frame {
  if (s.tokens.length < 3) return NONE(s);
  return accordingTo(s) ?? leading(s) ?? afterComma(s) ?? NONE(s);
}
