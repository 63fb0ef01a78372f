// Sentences that hold two statements, each with a frame of its own: "…, said X, adding that B"
// (the same speaker's second statement) and "Critics say A, but ministers insist B" (another
// speaker's). Each statement becomes a claim over its own clause, so that two speakers are not
// merged into one and the claims of one sentence keep distinct spans.
import * as lexicon from './lexicon';
import type { Span } from './clean';
import type { Sentence, Token } from './sentences';
import * as words from './frame-words';
import type { Frame } from './frame-words';
import { withoutCoordinatedReport } from './joined-frames';

// Local copies, as in attribution.ts: read on every token, and tsx would call a getter for each.
const { ADDING_PARTICIPLES, QUESTION_VERBS } = lexicon;
const { findThat, isParticiple, isReportingVerb, isSpeakerPhrase, isVerbLike, lastContentIndex, MAX_SPEAKER, span, SPEAKER_TAIL } = words;

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
      while (subjEnd > subjFrom && SPEAKER_TAIL.has(t[subjEnd - 1].lower)) subjEnd--;
      const speaker = t.slice(subjFrom, subjEnd);
      if (!isSpeakerPhrase(speaker)) break;
      const that = findThat(t, v + 1, end);
      const c = that >= 0 ? that + 1 : v + 1;
      if (end - c < 3) break;
      return { comma: k, frame: { kind: 'leading', speaker, verb: w.lower, content: withoutCoordinatedReport(t, c, end, true), question: false, implies: null } };
    }
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
  if (f.next !== undefined || f.content.length === 0 || f.question || f.kind === 'according' || f.kind === 'trailing') return f;
  const t = s.tokens;
  const end = lastContentIndex(t);
  const from = tokenAt(t, f.content[f.content.length - 1].start);
  if (f.kind === 'leading') {
    const added = addedClause(t, from, end);
    if (added !== null) {
      const second: Frame = { kind: 'leading', speaker: f.speaker, verb: t[added.comma + 1].lower, content: span(t, added.resume, end), question: false, implies: null };
      return joinClauses(s, f, added.comma, second);
    }
  }
  const joined = joinedSpeaker(t, from, end);
  return joined === null ? f : joinClauses(s, f, joined.comma, joined.frame);
}
