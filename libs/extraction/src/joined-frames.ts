// Frames joined to another clause: "X expects A but warned that B", "X said A, and added
// that B" (a second reporting verb that shares the first clause's subject), and "A was
// blamed on B by X" (the agent of a passive cause verb).
import * as lexicon from './lexicon';
import type { Span } from './clean';
import type { Sentence, Token } from './sentences';
import * as words from './frame-words';
import type { Frame } from './frame-words';

// Local copies of the word lists, read on every token (see lexicon.ts).
const { CAUSE_VERBS, FORECAST_VERBS, QUESTION_VERBS } = lexicon;

// Local copies, as in attribution.ts: read on every token, and tsx would call a getter for each.
const { findThat, inNounPhrase, introEnd, isReportingVerb, isSpeakerPhrase, isVerbLike, lastContentIndex, MAX_SPEAKER, QUOTES, span, SPEAKER_TAIL, trimSpeaker } = words;

const COORDINATORS = new Set(['and', 'but', 'yet']);
// A reporting verb that can have the subject of a clause before it: "warned", "says"; not "warn", "saying".
const FINITE_FORM = /(?:ed|[^s]s|sses)$|^(?:said|told|wrote|thought)$/;

/**
 * "… but warned that B", "… and added on Monday that B": a second reporting verb joined to
 * the clause before it, with no subject of its own, so the same speaker's. The conjunction's
 * index, the verb's, and where B starts; null when t[from, end) has none.
 */
export function coordinatedReport(t: readonly Token[], from: number, end: number): { conj: number; verb: number; resume: number } | null {
  for (let k = from; k < end - 3; k++) {
    // The tag first: most tokens are no conjunction, and a tag compares cheaper than a word looks up.
    if (t[k].pos !== 'CCONJ' || !COORDINATORS.has(t[k].lower)) continue;
    let v = k + 1;
    // "but also warned", "and has since said".
    while (v < k + 3 && v < end && (SPEAKER_TAIL.has(t[v].lower) || t[v].pos === 'ADV')) v++;
    const w = t[v];
    if (!isReportingVerb(w) || QUESTION_VERBS.has(w.lower) || !FINITE_FORM.test(w.lower)) continue;
    // "that" next, or after an adverbial ("on Monday that") or a listener ("told reporters that").
    const listener = w.lower === 'told' || w.lower === 'tells';
    const that = t[v + 1]?.lower === 'that' ? v + 1 : t[v + 1]?.pos === 'ADP' || listener ? findThat(t, v + 1, Math.min(end, v + 7)) : -1;
    if (that >= 0 && end - that > 2) return { conj: k, verb: v, resume: that + 1 };
    // "and said the plan was ready": only "say" takes a statement without "that" and nothing else
    // (not "and said, …": a quotation is what was said, word for word).
    const next = t[v + 1];
    if ((w.lower === 'said' || w.lower === 'says') && next !== undefined && next.pos !== 'ADP' && next.pos !== 'PART' && next.pos !== 'PUNCT' && !QUOTES.has(next.text) && end - v > 3) return { conj: k, verb: v, resume: v + 1 };
  }
  return null;
}

/**
 * The statement in t[from, end), without a coordinated reporting frame inside it (the conjunction
 * stays). Inside a statement (`inside`), only one after a comma ("said A, but warned that B"):
 * without the comma the verb may be the statement's own ("said he changed his mind and indicated that …").
 */
export function withoutCoordinatedReport(t: readonly Token[], from: number, end: number, inside = false): Span[] {
  const split = coordinatedReport(t, from, end);
  if (split !== null && inside && t[split.conj - 1]?.text !== ',') return span(t, from, end);
  return split === null ? span(t, from, end) : [...span(t, from, split.conj + 1), ...span(t, split.resume, end)];
}

/**
 * "The Bank of England expects inflation to fall but warned that prices could rise.": a
 * subject, a first clause that frames nothing, and a reporting verb joined to it. The whole is
 * the subject's: the first clause as written, the second without its frame.
 */
export function coordinated(s: Sentence): Frame | null {
  const t = s.tokens;
  const end = lastContentIndex(t);
  const split = coordinatedReport(t, 2, end);
  if (split === null) return null;
  let v = -1;
  for (let i = 1; i < split.conj && v < 0; i++) if (isVerbLike(t[i]) && !t[i].cap && !inNounPhrase(t, i)) v = i;
  // Only an expectation or an intention is the subject's statement too; "X visited the plant and
  // said that …" reports an act of X's, which is the writer's to report.
  if (v < 1 || !FORECAST_VERBS.has(t[v].lower)) return null;
  let subjEnd = v;
  while (subjEnd > 0 && SPEAKER_TAIL.has(t[subjEnd - 1].lower)) subjEnd--;
  const speaker = t.slice(introEnd(t, subjEnd), subjEnd);
  // Only a plain subject: a comma in it may close a clause whose own subject is someone else.
  if (speaker.some((x) => x.text === ',') || !isSpeakerPhrase(speaker)) return null;
  return { kind: 'middle', speaker, verb: t[split.verb].lower, content: [...span(t, 0, split.conj + 1), ...span(t, split.resume, end)], question: false, implies: null };
}

const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** "The rise was blamed on the war by analysts.": who puts an effect down to a cause, named after "by". */
export function passiveCause(s: Sentence): Frame | null {
  const t = s.tokens;
  const end = lastContentIndex(t);
  for (let i = 1; i < end - 3; i++) {
    if (t[i - 1].pos !== 'AUX' || t[i].pos !== 'VERB') continue;
    const preps = CAUSE_VERBS.get(t[i].lower);
    if (preps === undefined || !PASSIVE_AUX.has(t[i - 1].lower)) continue;
    let by = -1;
    for (let j = i + 2; j < end - 1; j++) if (t[j].lower === 'by') by = j;
    if (by < 0) return null;
    let cause = false;
    for (let j = i + 1; j < by && !cause; j++) cause = preps.has(t[j].lower);
    const speaker = trimSpeaker(t.slice(by + 1, end));
    // "by 5 percent" measures; an agent is a noun phrase without a number first.
    if (!cause || speaker.length === 0 || speaker.length > MAX_SPEAKER || speaker[0].pos === 'NUM' || !isSpeakerPhrase(speaker)) return null;
    return { kind: 'trailing', speaker, verb: t[i].lower, content: span(t, 0, by), question: false, implies: 'CORRELATION_CAUSATION' };
  }
  return null;
}
