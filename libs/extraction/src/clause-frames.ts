// Sentences that hold two statements, each with a frame of its own: "…, said X, adding that B"
// (the same speaker's second statement) and "Critics say A, but ministers insist B" (another
// speaker's). Each statement becomes a claim over its own clause, so that two speakers are not
// merged into one and the claims of one sentence keep distinct spans.
import * as lexicon from './lexicon';
import type { Span } from './clean';
import type { Sentence, Token } from './sentences';
import * as words from './frame-words';
import type { Frame } from './frame-words';
import { coordinatedReport, withoutCoordinatedReport } from './joined-frames';
import { isOrgWord, isRoleWord } from './names';
import { isFirstPerson } from './speaker-phrases';

// Local copies, as in attribution.ts: read on every token, and tsx would call a getter for each.
const { ADDING_PARTICIPLES, COMPANY_NOUNS, GROUP_NOUNS, PERSON_NOUNS, QUESTION_VERBS } = lexicon;
const { findThat, hasFiniteVerb, introEnd, NONE, SUBJECT_PRONOUNS, isParticiple, isReportingVerb, isSpeakerPhrase, isVerbLike, lastContentIndex, MAX_SPEAKER, span, SPEAKER_TAIL } = words;

/** ", adding that B": the comma's token index and where B starts. */
export interface Added {
  comma: number;
  resume: number;
}

/** The first ", adding that B" (", noting that …", ", warning that …") in t[from, end); null when there is none. */
export function addedClause(t: readonly Token[], from: number, end: number): Added | null {
  for (let k = from; k < end - 3; k++) {
    if (t[k].text !== ',' || !ADDING_PARTICIPLES.has(t[k + 1].lower)) continue;
    // "that" at once or after a particle ("pointing out that"); without it the participle describes, it reports nothing.
    const that = findThat(t, k + 2, Math.min(end, k + 5));
    if (that >= 0 && end - that > 2) return { comma: k, resume: that + 1 };
    // "saying his client was the sole carer": "say" takes its statement without "that" too.
    if (t[k + 1].lower === 'saying' && end - k > 5 && hasFiniteVerb(t, k + 3, end)) return { comma: k, resume: k + 2 };
  }
  return null;
}

/**
 * Can the subject say anything: a person or a body, not "Sales fell …, saying shoppers stayed at
 * home"? A pronoun for one, a name (wink-nlp's proper noun), or a noun for people or bodies.
 */
function canSpeak(subject: readonly Token[]): boolean {
  const head = subject[subject.length - 1];
  if (subject.length === 1 && SUBJECT_PRONOUNS.has(head.lower)) return true;
  // wink-nlp tags a capitalised plural opening the sentence ("Sales", "Prices") as a name: only a word there
  // that is no plural, or a name further on ("Mr Whitcombe"), counts.
  if (subject.some((x, i) => x.pos === 'PROPN' && (i > 0 || !/[^s]s$/.test(x.lower)))) return true;
  const lower = head.lower.endsWith('s') ? head.lower.slice(0, -1) : head.lower;
  return GROUP_NOUNS.has(head.lower) || PERSON_NOUNS.has(lower) || isRoleWord(head.lower) || isOrgWord(head.lower) || COMPANY_NOUNS.has(lower);
}

/**
 * "Mr Whitcombe rejected the figure, saying that B": the subject of an unframed sentence, whose
 * statement B is after its act. The tokens from the start (after an opening phrase) to the first
 * verb, when they can be a speaker; null otherwise.
 */
function subjectOf(t: readonly Token[], before: number): Token[] | null {
  for (let v = 1; v < Math.min(before, MAX_SPEAKER); v++) {
    if (!isVerbLike(t[v]) || SPEAKER_TAIL.has(t[v].lower)) continue;
    let subjEnd = v;
    while (subjEnd > 0 && (SPEAKER_TAIL.has(t[subjEnd - 1].lower) || t[subjEnd - 1].pos === 'ADV')) subjEnd--;
    const subject = t.slice(introEnd(t, subjEnd), subjEnd);
    return subject.length > 0 && !subject.some((x) => x.text === ',') && isSpeakerPhrase(subject) && canSpeak(subject) ? subject : null;
  }
  return null;
}

// Conjunctions that join a second speaker's clause: "…, but ministers insist …", "…, while unions say …".
const JOINERS = new Set(['but', 'and', 'while', 'whereas', 'yet']);

/**
 * ", but ministers insist (that) B" in t[from, end): a conjunction after a comma, a subject of its
 * own that can be a speaker, and a finite reporting verb. The comma's index and B's frame.
 */
function joinedSpeaker(t: readonly Token[], from: number, end: number): { comma: number; frame: Frame } | null {
  for (let k = Math.max(from - 1, 1); k < end - 4; k++) {
    if (t[k].text !== ',' || t[k + 1].pos === 'PUNCT' || !JOINERS.has(t[k + 1].lower)) continue;
    const subjFrom = k + 2;
    for (let v = subjFrom + 1; v < Math.min(end, subjFrom + MAX_SPEAKER); v++) {
      const w = t[v];
      if (w.text === ',') break;
      if (!isReportingVerb(w)) {
        // Another verb first: the clause's subject does something else ("but prices rose").
        if (isVerbLike(w) && !SPEAKER_TAIL.has(w.lower)) break;
        continue;
      }
      // "but critics asked whether …" reports a question; "but, speaking later, …" has no subject.
      if (QUESTION_VERBS.has(w.lower) || isParticiple(w)) break;
      let subjEnd = v;
      // "but he really said", "and the lawyers all said": adverbs and quantifiers before the verb are no part of the speaker.
      while (subjEnd > subjFrom && (SPEAKER_TAIL.has(t[subjEnd - 1].lower) || t[subjEnd - 1].pos === 'ADV' || QUANTIFIERS.has(t[subjEnd - 1].lower))) subjEnd--;
      const speaker = t.slice(subjFrom, subjEnd);
      if (!isJoinedSpeaker(speaker)) break;
      const that = findThat(t, v + 1, end);
      const c = that >= 0 ? that + 1 : v + 1;
      // What is reported is a clause: "and they announced a pause" reports an act; "told me what …" needs its listener read.
      if (end - c < 3 || !hasFiniteVerb(t, c, end) || (that < 0 && TELL.has(w.lower))) break;
      return { comma: k, frame: { kind: 'leading', speaker, verb: w.lower, content: withoutCoordinatedReport(t, c, end, true), question: false, implies: null } };
    }
  }
  return null;
}

const QUANTIFIERS = new Set(['all', 'both', 'each']);
const TELL = new Set(['tell', 'tells', 'told']);
const WH_WORDS = new Set(['what', 'how', 'why', 'where', 'when', 'whether', 'who']);

/**
 * A second speaker after a conjunction: a noun phrase that ends in a noun or a pronoun, and not
 * the writer's own voice (", but I think B" goes on in it), nor "you", a clause ("what Trump
 * says about …") or a noun with a clause of its own ("the fact that theologians …").
 */
function isJoinedSpeaker(speaker: readonly Token[]): boolean {
  if (!isSpeakerPhrase(speaker) || isFirstPerson(speaker) || speaker[0].lower === 'you' || WH_WORDS.has(speaker[0].lower)) return false;
  if (speaker.some((x) => x.lower === 'that')) return false;
  const last = speaker[speaker.length - 1].pos;
  return last === 'NOUN' || last === 'PROPN' || last === 'PRON' || last === 'NUM';
}

/**
 * "… that A(,) and that B" in t[from, end): where the first statement ends (the comma, else "and")
 * and where B starts; null when there is no second "that" clause ("and that was the end" is none:
 * there "that" is the subject).
 */
function secondThat(t: readonly Token[], from: number, end: number): Added | null {
  for (let k = from + 3; k < end - 3; k++) {
    // "and that's the thing": a demonstrative subject, its verb next.
    if (t[k].lower !== 'and' || t[k + 1].lower !== 'that' || isVerbLike(t[k + 2]) || /^['’]/.test(t[k + 2].text) || t[k + 2].pos === 'PART') continue;
    if (!hasFiniteVerb(t, from, k) || !hasFiniteVerb(t, k + 2, end)) return null;
    return { comma: t[k - 1].text === ',' ? k - 1 : k, resume: k + 2 };
  }
  return null;
}

/** The statement's spans cut off at `at` (a body offset). */
function clip(content: readonly Span[], at: number): Span[] {
  const out: Span[] = [];
  for (const c of content) if (c.start < at) out.push({ start: c.start, end: Math.min(c.end, at) });
  return out;
}

/** The index of the token starting at `offset` (a statement's first), or 0. */
function tokenAt(t: readonly Token[], offset: number): number {
  for (let i = 0; i < t.length; i++) if (t[i].start >= offset) return i;
  return 0;
}

/**
 * `first` over the sentence up to the comma at t[comma], and `second` over the rest from the
 * word after it: two claims of one sentence, each with its own clause.
 */
export function joinClauses(s: Sentence, first: Frame, comma: number, second: Frame): Frame {
  const t = s.tokens;
  const cut = t[comma - 1].end;
  return {
    ...first,
    content: clip(first.content, cut),
    clause: { start: s.start, end: cut },
    next: { ...second, clause: { start: t[comma + 1].start, end: s.end } },
  };
}

/**
 * Split a sentence's frame where a second statement with its own frame follows: "X said A,
 * adding that B" (X's again) and "X say A, but Y insist B" (Y's). An unframed first clause
 * ("The council approved the plan, but officials say …") stays the publisher's.
 */
export function splitClauses(s: Sentence, f: Frame): Frame {
  if (f.next !== undefined || f.content.length === 0 || f.kind === 'according' || f.kind === 'trailing') return f;
  const t = s.tokens;
  const end = lastContentIndex(t);
  const from = tokenAt(t, f.content[f.content.length - 1].start);
  // "He asked the court to …, saying B" and "X rejected the figure, saying that B": B is the subject's, whatever the first clause is.
  if (f.kind === 'leading' || f.kind === 'none') {
    const added = addedClause(t, from, end);
    const speaker = added === null ? null : f.kind === 'leading' ? f.speaker : subjectOf(t, added.comma);
    if (added !== null && speaker !== null) {
      const second: Frame = { kind: 'leading', speaker, verb: t[added.comma + 1].lower, content: span(t, added.resume, end), question: false, implies: null };
      return joinClauses(s, f, added.comma, second);
    }
  }
  if (f.question) return f;
  // "X said that A, and that B": two statements of the same speaker.
  if (f.kind === 'leading') {
    const and = secondThat(t, from, end);
    if (and !== null) {
      const second: Frame = { kind: 'leading', speaker: f.speaker, verb: f.verb, content: span(t, and.resume, end), question: false, implies: null };
      return joinClauses(s, f, and.comma, second);
    }
  }
  const joined = joinedSpeaker(t, from, end);
  return joined === null ? f : joinClauses(s, f, joined.comma, joined.frame);
}

/**
 * "The mayor welcomed the report and said that 40 officers would be hired", "X termed the hike "anti-people" and
 * claimed that B": an act of the subject's, which the writer reports, then the subject's own statement B, a claim of
 * theirs over its own clause. Null when the sentence is not of that form, or its subject cannot speak.
 */
export function actThenReport(s: Sentence): Frame | null {
  const t = s.tokens;
  const end = lastContentIndex(t);
  const split = coordinatedReport(t, 2, end);
  if (split === null || t[split.conj].lower !== 'and') return null;
  const subject = subjectOf(t, split.conj);
  if (subject === null) return null;
  const second: Frame = { kind: 'leading', speaker: subject, verb: t[split.verb].lower, content: span(t, split.resume, end), question: false, implies: null };
  return joinClauses(s, NONE({ ...s, end: t[split.conj - 1].end, tokens: t.slice(0, split.conj) }), split.conj, second);
}

