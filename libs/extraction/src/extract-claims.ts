import { CHECKWORTHINESS_MODEL_VERSION, CHECKWORTHINESS_THRESHOLD, scoreCheckworthiness } from './checkworthiness';
import { parseFrame, type Frame } from './attribution';
import { isCheckable } from './candidates';
import { Discourse, SELF, type Claimant } from './claimant';
import { claimText } from './claim-text';
import { claimType } from './claim-type';
import { cleanBody } from './clean';
import * as pageBlocks from './page-blocks';
import { trackQuotes } from './quotes';
import { speakerLabels } from './speaker-labels';
import { splitSentences, type Sentence, type Token } from './sentences';
import type { ExtractedClaim, ExtractionInput, ExtractionResult } from './types';
import { EXTRACTION_ENGINE_VERSION } from './version';

// A local copy, read for every sentence: tsx, which runs the benchmarks, reads an imported binding through a getter.
const { followsBullet, introducesDemands } = pageBlocks;

/** Engine and scorer versions together: either one changing can change the claims. */
export const MODEL_VERSION = `${EXTRACTION_ENGINE_VERSION}+${CHECKWORTHINESS_MODEL_VERSION}`;

interface Attributed {
  sentence: Sentence;
  /** The sentence's index, for its quotation info. */
  index: number;
  /**
   * The sentence's own frame (true), not a later clause's ("…, and the state law said B"): only it
   * names who speaks a quotation, and the speaker a quote running on goes back to.
   */
  head: boolean;
  frame: Frame;
  /** Resolved speaker; undefined when the sentence names none (the publisher's, or a quote's). */
  claimant: Claimant | undefined;
  /** The speaker of the transcript turn the sentence is in, when labelled. */
  turn: Claimant | undefined;
  /** The sentence introduces a list ("The survey found that:"): its statements are the items'. */
  intro: boolean;
  /** For an item of such a list: who the introduction named, and whether it lists demands. */
  list: ListIntro | undefined;
}

interface ListIntro {
  claimant: Claimant | undefined;
  demands: boolean;
}

/**
 * Find the checkable statements in an article: clean away page furniture, split
 * sentences, find who makes each statement, strip the attribution frame, type
 * and score it. Every candidate is returned with its score; the caller decides
 * which to queue. Offsets point into `input.body` as submitted.
 */
export function extractClaims(input: ExtractionInput): ExtractionResult {
  const body = input.body;
  const { masked } = cleanBody(body, input.title);
  const split = splitSentences(masked);
  // A transcript's turn labels ("A:", "SANDERS:") are not part of the sentences they open.
  const labels = speakerLabels(split);
  const sentences = labels.size === 0 ? split : split.map((s) => labels.get(s.index)?.rest ?? s);
  const quotes = trackQuotes(body, sentences);
  const discourse = new Discourse(body);
  const publisher: Claimant = { name: input.source ?? null, role: null, kind: 'PUBLISHER' };

  // Resolve speakers in reading order: pronouns and bare surnames refer back.
  let turn: { paragraph: number; claimant: Claimant | undefined } | undefined;
  const attributed: Attributed[] = [];
  let list: ListIntro | undefined;
  // Whether each sentence opens after a bullet or list number: read by the list rules and the candidate test.
  const bulleted = sentences.map((s) => followsBullet(body, s.start));
  sentences.forEach((sentence, index) => {
    discourse.startSentence(sentence.start, sentence.paragraph);
    // An item of a list keeps its introduction's reading until a sentence that is no item.
    const item = list !== undefined && bulleted[index] ? list : undefined;
    list = undefined;
    const intro = sentence.tokens[sentence.tokens.length - 1].text === ':' && bulleted[index + 1] === true;
    const label = labels.get(sentence.index);
    if (label !== undefined) {
      const speaker = discourse.resolveLabel(label.speaker);
      turn = { paragraph: sentence.paragraph, claimant: speaker === SELF ? undefined : speaker };
    }
    const sentenceTurn = turn?.paragraph === sentence.paragraph ? turn.claimant : undefined;
    // Most sentences have one frame; "…, adding that B" and "A, but ministers insist B" have two.
    let previous: { frame: Frame; claimant: Claimant | undefined } | undefined;
    for (let frame: Frame | undefined = parseFrame(sentence); frame !== undefined; frame = frame.next) {
      let claimant: Claimant | undefined;
      // "adding that" continues the same speaker: resolved once.
      if (previous !== undefined && frame.speaker === previous.frame.speaker) claimant = previous.claimant;
      else {
        // A speaker after the statement may be a short form of a body the statement names ("…, the network said").
        if (frame.speaker.length > 0 && frame.content.length > 0 && frame.content[0].start < frame.speaker[0].start) {
          const speakerAt = frame.speaker[0].start;
          discourse.noteNamedBodies(sentence.tokens.filter((t) => t.end <= speakerAt));
        }
        const resolved = frame.speaker.length > 0 ? discourse.resolveSpeaker(frame.speaker) : SELF;
        // Unframed, or framed by the writer ("I said"): left to the turn or quote it sits in, else the publisher.
        claimant = resolved === SELF ? undefined : resolved;
        if (claimant !== undefined) {
          discourse.noteSpeaker(claimant);
          // The frame's own words, before the statement or after it ("…, the CRS has concluded in its inquiry report").
          if (previous === undefined && frame.content.length > 0) discourse.noteDocumentOf(claimant, sentence.tokens.filter((t) => !frame.content.some((c) => t.start >= c.start && t.end <= c.end)));
        }
        if (claimant !== undefined && frame.content.length > 0) discourse.learnGender(claimant, sentence.tokens, frame.content[0].start);
      }
      attributed.push({ sentence, index, head: previous === undefined, frame, claimant, turn: sentenceTurn, intro, list: item });
      previous = { frame, claimant };
    }
    if (intro) list = { claimant: attributed[attributed.length - 1].claimant, demands: introducesDemands(body.slice(sentence.start, sentence.end)) };
    else if (item !== undefined) list = item;
    discourse.noteMentions(sentence.tokens);
  });

  const groupSpeaker = new Map<number, Claimant>();
  attributed.forEach((a, k) => {
    const q = quotes[a.index];
    // Not a later clause's speaker ("…, and the state law said B"), unless the head frame names nobody:
    // "Mr Keeling repeated the claim, saying: "A. B."" — the quotation is his.
    const head = a.head || (attributed[k - 1]?.index === a.index && attributed[k - 1].head && attributed[k - 1].claimant === undefined && a.frame.kind === 'leading');
    if (q.group >= 0 && head && !q.within && a.claimant !== undefined && !groupSpeaker.has(q.group)) groupSpeaker.set(q.group, a.claimant);
  });

  const claims: ExtractedClaim[] = [];
  let lastSpeaker: { claimant: Claimant; paragraph: number } | undefined;
  attributed.forEach((a) => {
    const { sentence, frame } = a;
    // A list's introduction states nothing by itself; a list of demands states nothing at all.
    if (a.intro || a.list?.demands === true) return;
    const q = quotes[a.index];
    let claimant = a.claimant ?? a.turn ?? (frame.kind === 'none' ? a.list?.claimant : undefined);
    if (claimant === undefined && q.quoted) {
      // A quote's other sentences belong to the speaker named once for it, or
      // to the speaker just before (a quote running on from the last paragraph).
      claimant = groupSpeaker.get(q.group);
      if (claimant === undefined && lastSpeaker !== undefined && sentence.paragraph - lastSpeaker.paragraph <= 1) {
        claimant = lastSpeaker.claimant;
        // The rest of the quotation, over later paragraphs too, is theirs.
        groupSpeaker.set(q.group, claimant);
      }
      if (claimant === undefined) claimant = { name: null, role: null, kind: 'PERSON' };
    }
    if (a.claimant !== undefined && a.head) lastSpeaker = { claimant: a.claimant, paragraph: sentence.paragraph };
    // "…, the council has confirmed." before the council is named: the name given next.
    claimant = claimant === undefined ? publisher : discourse.namedAs(claimant);
    // "Shelterwise said …" in Shelterwise's own release: the publisher speaking of itself.
    if (claimant.kind === 'ORGANISATION' && claimant.name !== null && claimant.name.toLowerCase() === publisher.name?.toLowerCase()) claimant = publisher;

    const content = tokensIn(sentence.tokens, frame);
    const text = claimText(body, frame.content);
    if (!isCheckable(sentence, frame, content, text, bulleted[a.index])) return;

    // A sentence of two statements gives each claim its own clause.
    const spanStart = frame.clause?.start ?? sentence.start;
    const spanEnd = frame.clause?.end ?? sentence.end;
    const quote = body.slice(spanStart, spanEnd);
    // The model was trained on one-line sentences: hard wraps become spaces.
    const checkworthiness = scoreCheckworthiness(/\s\s|[\n\r\t]/.test(quote) ? quote.replace(/\s+/g, ' ') : quote);
    claims.push({
      text,
      quote,
      spanStart,
      spanEnd,
      claimant: claimant.name,
      claimantRole: claimant.role,
      claimantKind: claimant.kind,
      claimType: claimType(text, frame.implies ?? undefined),
      checkworthiness,
      checkworthy: checkworthiness >= CHECKWORTHINESS_THRESHOLD,
    });
  });
  return { claims, modelVersion: MODEL_VERSION };
}

function tokensIn(tokens: readonly Token[], frame: Frame): Token[] {
  const out: Token[] = [];
  for (const s of frame.content) for (const t of tokens) if (t.start >= s.start && t.end <= s.end) out.push(t);
  return out;
}
