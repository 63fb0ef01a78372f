// Transcripts and Q&A interviews name the speaker before a colon at the start
// of each turn ("Q: …", "A: …", "SANDERS: …"). The label is not part of the
// statement, and it speaks for every sentence of its paragraph.
import { NOT_SPEAKER_LABELS } from './lexicon';
import type { Sentence, Token } from './sentences';

/** A turn's label: its tokens, and the sentence as it reads after the colon. */
export interface SpeakerLabel {
  speaker: Token[];
  rest: Sentence;
}

const MAX_LABEL = 4;
const TURN_LETTER = /^[QA]\.$/;

/**
 * The labels opening the paragraphs of a transcript, by sentence index. An article
 * with a single "Council: …" line is not a transcript, so two labelled paragraphs
 * are needed before any counts.
 */
export function speakerLabels(sentences: readonly Sentence[]): Map<number, SpeakerLabel> {
  const labels = new Map<number, SpeakerLabel>();
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraph === paragraph) continue;
    paragraph = s.paragraph;
    const label = labelOf(s);
    if (label !== null) labels.set(s.index, label);
  }
  return labels.size >= 2 ? labels : new Map();
}

function labelOf(s: Sentence): SpeakerLabel | null {
  const t = s.tokens;
  // "Q. How many …", "A. We built …": wink-nlp keeps the letter and its full stop as one token.
  if (t.length > 2 && TURN_LETTER.test(t[0].text)) return { speaker: [t[0]], rest: { ...s, start: t[1].start, tokens: t.slice(1) } };
  const colon = t.findIndex((x) => x.text === ':');
  // A statement must follow on the same line (a heading "Key events:" has none).
  if (colon < 1 || colon > MAX_LABEL || colon + 2 >= t.length) return null;
  const speaker = t.slice(0, colon);
  // A name or a role in capitals, every word of it: "Q", "Dr Castell", "MR. SCHWAB"; not "Then three months later".
  if (!speaker.every((x) => x.cap) || speaker.some((x) => x.pos === 'NUM' || x.pos === 'AUX')) return null;
  if (NOT_SPEAKER_LABELS.has(speaker.map((x) => x.lower).join(' '))) return null;
  const tokens = t.slice(colon + 1);
  return { speaker, rest: { ...s, start: tokens[0].start, tokens } };
}
