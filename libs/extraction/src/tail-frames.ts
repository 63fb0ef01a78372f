// Frames that close a sentence or sit in its middle, after a comma: "…, she said.", "…," said Jane Doe,
// a spokeswoman.", "The plan, she said, was ready.", "…, the researchers found." (split from
// attribution.ts, which reads the sentence's other frames and decides among them).
import * as lexicon from './lexicon';
import { isHeardByCourt } from './speaker-phrases';
import type { Sentence, Token } from './sentences';
import * as words from './frame-words';
import type { Frame, FrameKind } from './frame-words';
import { withoutCoordinatedReport } from './joined-frames';
import { addedClause, joinClauses, type Added } from './clause-frames';
import { isOrgWord, isRoleWord } from './names';

// Local copies of the word lists and frame words, read on every token (see attribution.ts).
const { CALENDAR_WORDS, DATA_NOUNS, GROUP_NOUNS, PERSON_NOUNS, QUESTION_VERBS, REPORTING_VERBS, SHOW_VERBS, THAT_VERBS } = lexicon;
const { CLOSE_QUOTES, FINAL_VERBS, isFinding, isParticiple, isReportingVerb, isSpeakerPhrase, isVerbLike, lastContentIndex, MAX_SPEAKER, OPEN_QUOTES, span, SPEAKER_TAIL, trimSpeaker } = words;

const CIRCUMSTANCE = new Set(['as', 'while']);

/**
 * "…, she said." / "…," said Jane Doe, a spokeswoman. / "The plan, she said, was
 * ready." / "…," he said, "…." — a frame after a comma, closing the sentence or
 * set in the middle of it.
 */
export function afterComma(s: Sentence): Frame | null {
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
    if (frame.added !== null) {
      // "…, said Mayor Alex Varn, adding that B": B is the speaker's second statement, a claim of its own.
      const first: Frame = { kind: 'trailing', speaker: frame.speaker, verb: frame.verb, content, question: QUESTION_VERBS.has(frame.verb), implies: null };
      const second: Frame = { kind: 'leading', speaker: frame.speaker, verb: t[frame.added.comma + 1].lower, content: span(t, frame.added.resume, end), question: false, implies: null };
      return joinClauses(s, first, frame.added.comma, second);
    }
    let kind: FrameKind = 'trailing';
    if (frame.resume < end) {
      content.push(...withoutCoordinatedReport(t, frame.resume, end));
      kind = 'middle';
    }
    return { kind, speaker: frame.speaker, verb: frame.verb, content, question: QUESTION_VERBS.has(frame.verb), implies: null };
  }
  return null;
}

interface TailFrame {
  speaker: Token[];
  verb: string;
  /** Where the statement resumes after a frame in the middle; `end` when the frame closes the sentence. */
  resume: number;
  /** ", adding that B" after the speaker: a second statement of theirs. */
  added: Added | null;
}

function parseTailFrame(t: readonly Token[], f: number, end: number): TailFrame | null {
  if (f >= end) return null;
  // Verb first: "said Jane Doe, a spokeswoman for the ministry" / "reports LTR"
  // (wink-nlp may tag "reports" as a noun there, so the word alone decides).
  // Not ", saying …": a participle clause is its sentence's subject's, and what follows it no speaker.
  // Not "…, state media reported.": a reporting word tagged as a noun, with a reporting verb after it, opens the speaker.
  const nounBeforeVerb = t[f].pos === 'NOUN' && t.slice(f + 1, end).some(isReportingVerb);
  if ((REPORTING_VERBS.has(t[f].lower) || QUESTION_VERBS.has(t[f].lower)) && !isParticiple(t[f]) && !nounBeforeVerb) {
    const verb = t[f].lower;
    const resume = resumeAt(t, f + 1, end);
    // "said Mayor Alex Varn, adding that …": the speaker ends where the added statement's clause starts.
    const found = addedClause(t, f + 1, end);
    const added = found !== null && found.comma < resume ? found : null;
    const stop = added?.comma ?? resume;
    const speaker = trimSpeaker(t.slice(f + 1, stop));
    // Bounded by the verb and the sentence's end, the phrase cannot swallow the statement,
    // so wink-nlp's verb tags on title words ("lead author") are not trusted here.
    // "…, Tillis, 61, said Wednesday outside …": a day after the verb is when, no speaker.
    // "…, said he waited five hours": a pronoun with more after it opens the statement's clause, not a speaker's name.
    if (!isSpeakerPhrase(speaker, true) || CALENDAR_WORDS.has(speaker[0]?.lower ?? '') || (speaker.length > 1 && speaker[0].pos === 'PRON')) return null;
    return { speaker, verb, resume: added === null ? stop : end, added };
  }
  // Speaker first: "she said", "the ministry said in a statement", "Jane Doe, the minister, said".
  for (let v = f + 1; v < Math.min(end, f + MAX_SPEAKER + 1); v++) {
    // Closing the sentence, "…, the agency estimates." is the verb whatever wink-nlp tags it (not "…, the United States.").
    // "…, police figures show.": figures frame a finding here too.
    // "…, she pointed out.": the phrasal verb closing the sentence frames it as "pointed out that" would.
    const pointedOut = v === end - 2 && (t[v].lower === 'pointed' || t[v].lower === 'points') && t[v + 1].lower === 'out';
    if (!isReportingVerb(t[v]) && !isFinding(t, v) && !pointedOut && !(v === end - 1 && (FINAL_VERBS.has(t[v].lower) || isHeardByCourt(t, f, v) || closingFinding(t, f, v)))) continue;
    let subjEnd = v;
    while (subjEnd > f && SPEAKER_TAIL.has(t[subjEnd - 1].lower)) subjEnd--;
    const speaker = trimSpeaker(t.slice(f, subjEnd));
    // "…, damaging dozens of homes …, officials said": a participle clause of the statement's opens no speaker.
    if (!isSpeakerPhrase(speaker) || namesNobodyBeforeComma(speaker) || unclosedAppositive(t, f, subjEnd) || ((speaker[0].pos === 'VERB' || speaker[0].pos === 'ADJ') && isParticiple(speaker[0]) && !speaker[0].cap)) return null;
    const stop = resumeAt(t, v + 1, end);
    // Whatever follows the verb up to the end or the resumed quote is an adverbial
    // ("in a statement"), or a participle clause about the speaker (", citing …", ", adding that …").
    for (let i = v + 1; i < stop; i++) {
      if (t[i].text === ',' && t[i + 1] !== undefined && t[i + 1].pos === 'VERB' && t[i + 1].lower.endsWith('ing')) break;
      // "…, Pérez said as he walked between the rows.": when and how it was said, no statement.
      if (stop === end && CIRCUMSTANCE.has(t[i].lower) && i === v + 1 && t[i + 1]?.pos === 'PRON') break;
      // "…, Achterberg said, as relief money runs out": a clause of circumstance after the frame, no statement of hers.
      if (stop === end && t[i].text === ',' && CIRCUMSTANCE.has(t[i + 1]?.lower ?? '')) break;
      // "outside a burned-out gas station": a participle inside a hyphened word describes, it states nothing.
      if (isVerbLike(t[i]) && t[i + 1]?.text !== '-' && t[i - 1]?.text !== '-') return null;
    }
    // "…, she said, adding that B": B is hers too.
    const added = stop === end ? addedClause(t, v + 1, end) : null;
    return { speaker, verb: t[v].lower, resume: stop, added };
  }
  return null;
}

/**
 * "…, the highest so far today, the forecaster said": a speaker phrase whose part before its first
 * comma has no name, pronoun, title or noun for people (or opens with a figure) is the statement's, and the
 * speaker starts after that comma. (Not "Jane Doe, the minister," nor "the minister, Jane Doe,".)
 */
function namesNobodyBeforeComma(speaker: readonly Token[]): boolean {
  const comma = speaker.findIndex((x) => x.text === ',');
  if (comma <= 0) return false;
  const next = speaker[comma + 1];
  if (next !== undefined && (next.lower === 'who' || next.lower === 'which' || next.lower === 'whose' || next.pos === 'VERB')) return false;
  const names = (x: Token): boolean => x.cap || x.pos === 'PRON' || isRoleWord(x.lower) || PERSON_NOUNS.has(x.lower) || GROUP_NOUNS.has(x.lower) || isOrgWord(x.lower);
  // "…on 12, 13 and 14 December, the union said": a part that opens with a figure is a list's tail, no name.
  const nameless = /^\d/.test(speaker[0].text) || !speaker.slice(0, comma).some(names);
  // "tomas petraitis, the chief executive of …" in lower case: a title after the comma says the part before is a name
  // (not a body's word before its head: "the Environment Agency", "the health ministry").
  const after = speaker.slice(comma + 1);
  return nameless && !after.some((x, k) => isRoleWord(x.lower) && !isOrgWord(after[k + 1]?.lower ?? ''));
}

/**
 * "…operated by Azotek, a state-owned company, the national news agency ONA said.": an appositive
 * inside a speaker phrase is closed by a comma before the verb ("Jane Doe, the minister, said"); a
 * comma with none after it ends a description of the statement's last noun (the state-owned company
 * is Azotek), and the speaker starts after it. Not a relative clause ("X, who …, said" is closed later).
 */
function unclosedAppositive(t: readonly Token[], f: number, subjEnd: number): boolean {
  // After a closing quote the whole phrase is the speaker's, however it is punctuated ("…," Jane Doe, the minister said);
  // and only a description ("a state-owned company") is the statement's last noun's.
  if (t[subjEnd - 1]?.text === ',' || t[f - 1]?.text !== ',' || (t[f].lower !== 'a' && t[f].lower !== 'an')) return false;
  for (let k = f; k < subjEnd; k++) {
    if (t[k].text !== ',') continue;
    const next = t[k + 1]?.lower;
    if (next === 'who' || next === 'which' || next === 'whose') return false;
    return true;
  }
  return false;
}

/**
 * "…, the researchers found.", "…, figures from the Office for Health show.": closing the sentence,
 * a verb of finding frames what came before when its subject is people or figures (t[f, v)).
 */
function closingFinding(t: readonly Token[], f: number, v: number): boolean {
  const verb = t[v].lower;
  // "…, the study has found.": the auxiliary is the verb's.
  const w = t[v - 1].lower === 'has' || t[v - 1].lower === 'have' ? v - 1 : v;
  if (THAT_VERBS.has(verb) && w - f <= 4 && (t[w - 1].pos === 'NOUN' || t[w - 1].pos === 'PROPN')) return true;
  // "…, a study published in the journal Child Development Reports has found.": a study, however described.
  if (THAT_VERBS.has(verb) && w > f + 1 && (DATA_NOUNS.has(t[f].lower) || DATA_NOUNS.has(t[f + 1].lower))) return true;
  return SHOW_VERBS.has(verb) && (DATA_NOUNS.has(t[f].lower) || DATA_NOUNS.has(t[f + 1]?.lower ?? ''));
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
