import * as lexicon from './lexicon';
import { isHeardByCourt, isParticipleAfterComma, participleClauseAt } from './speaker-phrases';
import type { Sentence, Token } from './sentences';
import * as words from './frame-words';
import type { Frame } from './frame-words';
import { coordinated, passiveCause, withoutCoordinatedReport } from './joined-frames';
import { actThenReport, joinClauses, splitClauses } from './clause-frames';
import { afterComma } from './tail-frames';

// Local copies of the word lists, read on every token (see lexicon.ts).
const { CAUSE_VERBS, DENIAL_VERBS, OWN_VIEW_VERBS, PROMISE_VERBS, QUESTION_VERBS, REPORTING_VERBS, ROLE_WORDS, SHOW_VERBS, THAT_VERBS } = lexicon;

// Local copies of the frame words, read on every token: tsx, which runs the benchmarks, reads
// an imported binding through a getter call each time (tsc's CommonJS output does not).
const {
  beforeAppositiveName, CLOSE_QUOTES, findThat, hasFiniteVerb, inNounPhrase, introCommaEnd, introEnd, isBareParticiple, isCauseVerb, isFinding, isParticiple, isReportingVerb, isSpeakerPhrase, isVerbLike, opensNameAppositive, participleOfNoun,
  lastContentIndex, MAX_SPEAKER, NOMINAL, NONE, OBJECT_PRONOUNS, OPEN_QUOTES, opensWithParticiple, span, SPEAKER_TAIL, SUBJECT_PRONOUNS, TIME_WORDS, trimSpeaker,
} = words;

export type { Frame, FrameKind } from './frame-words';

/** "X said (in a statement) (that) …" — the frame at the start of the sentence. */
/** The first reporting verb after `from` with only a speaker phrase before it; -1 when there is none. */
/**
 * Verbs that frame a statement of the subject's own with the verb kept in it: a denial ("denied that A": lifting A
 * out would state the opposite), a forecast or estimate without "that" ("expects below-median rainfall"), an estimate
 * put at a figure ("put insured losses at $1.9 billion").
 */
function keepsItsVerb(t: readonly Token[], v: number): boolean {
  const verb = t[v].lower;
  return DENIAL_VERBS.has(verb) || (OWN_VIEW_VERBS.has(verb) && t[v + 1]?.lower !== 'that') || verb === 'put' || verb === 'puts';
}

/** "put damage to homes at $9.3 million": "at" and a figure within a few words of the verb. */
function putsAtFigure(t: readonly Token[], i: number, end: number): boolean {
  for (let j = i + 2; j < Math.min(end - 1, i + 10); j++) if (t[j].lower === 'at' && (t[j + 1].pos === 'NUM' || /^[£$€]/.test(t[j + 1].text) || /^\d/.test(t[j + 1].text))) return true;
  return false;
}

/** "The bureau (also) expects …", "The alliance estimates …": a subject of a determiner and a noun or a name, then the verb. */
function ownViewSubject(t: readonly Token[], from: number, i: number): boolean {
  let k = i - 1;
  if (t[k]?.pos === 'ADV') k--;
  // "She expects rents to keep rising": the one "she" stands for, as "Venkataraman expects …" would be.
  if (k === from && (t[k].lower === 'he' || t[k].lower === 'she' || t[k].lower === 'they')) return true;
  if (k < from || k - from > 3 || (t[k].pos !== 'NOUN' && t[k].pos !== 'PROPN')) return false;
  return t.slice(from, k + 1).every((x) => x.pos === 'DET' || x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'ADJ');
}

function reportingVerbAfter(t: readonly Token[], from: number, end: number): number {
  for (let i = from + 1; i < Math.min(end, from + MAX_SPEAKER + 8); i++) {
    // "The report found that …": findings frame a statement only with "that".
    if ((isReportingVerb(t[i]) && !isBareParticiple(t, i)) || (THAT_VERBS.has(t[i].lower) && (t[i + 1]?.lower === 'that' || (t[i + 1]?.lower === 'out' && t[i + 2]?.lower === 'that')))) return i;
    // "The office estimates that …": before "that", after a noun, a reporting verb is one whatever wink-nlp tags it.
    // So after a clause set off by commas: "Its plan, published in January, estimates that …".
    if (REPORTING_VERBS.has(t[i].lower) && t[i + 1]?.lower === 'that' && i > from && (t[i - 1].pos === 'NOUN' || t[i - 1].pos === 'PROPN' || t[i - 1].text === ',') && !isBareParticiple(t, i)) return i;
    // "The bureau also expects …", "The agency put insured losses at $1.9 billion", "The airport denied that …".
    if (keepsItsVerb(t, i) && (DENIAL_VERBS.has(t[i].lower) ? t[i + 1]?.lower === 'that' : OWN_VIEW_VERBS.has(t[i].lower) ? ownViewSubject(t, from, i) : i > from && putsAtFigure(t, i, end))) return i;
    // "Economists attributed the rise to higher rates": the subject's own claim of causation.
    if (t[i].pos === 'VERB' && isCauseVerb(t, i, end)) return i;
    // "State police figures show violent crime fell": figures frame a finding without "that".
    if (i > from && isFinding(t, i)) return i;
    if (t[i + 1]?.lower === 'that' && isHeardByCourt(t, from, i)) return i;
    // "Pleshkis, who visited Kyiv last week, said …", "X, an epidemiologist who was not
    // involved, said …", "Unison, which represents council staff, said …": a relative clause
    // between commas belongs to the speaker.
    if (t[i].text === ',') {
      let close = i + 1;
      // So does a participle clause: "A senior executive, speaking on condition of anonymity, said …".
      let relative = isParticipleAfterComma(t, i);
      // "Analysis by the Marlowe Institute, a think tank focused on living standards, found that …": an appositive
      // after a name describes it, whatever verbs its description has, up to its closing comma.
      if (!relative && i > from + 1 && opensNameAppositive(t, i)) {
        const closing = t.findIndex((x, k) => k > i + 2 && k < i + 14 && x.text === ',');
        if (closing > 0 && closing < end - 1 && (REPORTING_VERBS.has(t[closing + 1].lower) || THAT_VERBS.has(t[closing + 1].lower))) relative = true;
      }
      for (; close < end && t[close].text !== ','; close++) {
        // "X, a spokesperson for Y, said that patients who wait …": the frame's verb comes first, so a
        // "who" after it is in the statement, not a clause about the speaker.
        if (!relative && isReportingVerb(t[close])) break;
        if (t[close].lower === 'who' || t[close].lower === 'whose' || (close === i + 1 && t[close].lower === 'which')) relative = true;
        // "The Kitchen Table Trust, a charity that runs 300 clubs, said …": "that" after the appositive's noun opens a relative clause.
        if (t[close].lower === 'that' && close > i + 2 && t[close - 1].pos === 'NOUN' && APPOSITIVE_START.has(t[i + 1].lower)) relative = true;
      }
      if (relative) {
        if (close >= end) return -1;
        i = close;
        continue;
      }
    }
    if (isVerbLike(t[i]) && !SPEAKER_TAIL.has(t[i].lower) && !t[i].cap && !inNounPhrase(t, i) && !beforeAppositiveName(t, i) && !participleOfNoun(t, i)) return -1;
  }
  return -1;
}


/** "Asked whether …, Ašeradens said …", "Speaking to reporters, she said …": where the speaker starts after a leading clause. */
function afterIntroClause(t: readonly Token[], end: number): number {
  const first = t[0];
  // "Not saying that the plan failed, the report found …": a negated participle opens a clause too.
  const negated = first.lower === 'not' && t[1] !== undefined && t[1].pos === 'VERB' && isParticiple(t[1]);
  const intro = first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'SCONJ' || first.pos === 'VERB' || opensWithParticiple(t) || TIME_WORDS.has(first.lower) || negated;
  if (!intro) return -1;
  return introCommaEnd(t, Math.min(end, 30));
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
  const innerComma = speaker.findIndex((x, k) => x.text === ',' && !inNameList(speaker, k));
  if (innerComma >= 0 && speaker[speaker.length - 1].text !== ',') return null;
  if (!isSpeakerPhrase(speaker)) return null;
  if (speaker.length === 1 && OBJECT_PRONOUNS.has(speaker[0].lower) && !SUBJECT_PRONOUNS.has(speaker[0].lower)) return null;

  let c = v + 1;
  const verb = t[v].lower;
  let implies: Frame['implies'] = null;
  if (CAUSE_VERBS.has(verb)) {
    // "attributed the rise to higher rates": no clause follows to lift out; the cause verb is the statement's own.
    c = v;
    implies = 'CORRELATION_CAUSATION';
  } else if (keepsItsVerb(t, v)) {
    // "denied that it had ignored the warning", "expects below-median rainfall": the denial or the forecast is the
    // statement, its verb kept.
    c = v;
    if (OWN_VIEW_VERBS.has(verb) && verb !== 'estimates') implies = 'PREDICTION';
  } else if (verb === 'told' || verb === 'tell' || verb === 'tells') {
    // "told reporters (on Monday) that …": skip the listener.
    const that = findThat(t, c, end);
    if (that >= 0) c = that + 1;
    else {
      // The listener is one noun phrase: a pronoun ("told us the wind had …"), or up to where a determiner opens the statement's subject.
      if (c < end && OBJECT_PRONOUNS.has(t[c].lower)) c++;
      else {
        if (c < end && t[c].pos === 'DET') c++;
        // "told the newspaper they had …": a subject pronoun opens the statement.
        while (c < end && (NOMINAL.has(t[c].pos) || t[c].pos === 'ADJ') && !SUBJECT_PRONOUNS.has(t[c].lower)) c++;
      }
      // "told you two things: …": what is announced before a colon is part of the frame.
      for (let k = c; k < Math.min(end, c + 6) && t[k].text !== ','; k++) if (t[k].text === ':') c = k;
      if (c < end && (t[c].text === ',' || t[c].text === ':')) c++;
    }
  } else {
    const that = findThat(t, c, end);
    // "Graham Hughes admitted fraud by abuse of position": a plea to a charge, no statement; the writer reports it.
    if (that < 0 && PLEA_VERBS.has(verb) && !hasFiniteVerb(t, c, end)) return NONE(s);
    if (that >= 0) c = that + 1;
    else if (PROMISE_VERBS.has(verb) && t[c]?.lower === 'to' && t[c + 1]?.pos === 'VERB') {
      // "pledged to reach net zero by 2050": what is promised is the statement; "to" is the frame's.
      c++;
      implies = 'PREDICTION';
    } else if (c < end && (t[c].text === ',' || t[c].text === ':')) c++;
  }
  // "What I said is that …", "All I'm saying is, …": a pseudo-cleft: "what" is no part of the speaker, and the statement follows "is (that)".
  // ("All our allies thought …" is no cleft: "all" must come before a subject pronoun.)
  if (speaker.length > 1 && (speaker[0].lower === 'what' || (speaker[0].lower === 'all' && CLEFT_SUBJECT.test(speaker[1].lower)))) {
    speaker = speaker.slice(1);
    // Not "What I think is most important is …": there "is" belongs to the subject.
    if (c + 1 < end && (t[c].lower === 'is' || t[c].lower === 'was') && t[c + 1].pos !== 'ADJ' && t[c + 1].pos !== 'ADV') {
      c++;
      if (t[c].lower === 'that' || t[c].text === ',') c++;
      // Spoken: "What I'm saying is, is that …".
      if (c + 1 < end && t[c - 1].text === ',' && (t[c].lower === 'is' || t[c].lower === 'was') && t[c + 1].lower === 'that') c += 2;
    }
  }
  // "The survey of 2,104 renters found that:", "Dr Naomi Asante said:": what is said is the list or the
  // quotation below, read with this frame.
  const introduces = t[end - 1].text === ':' && c >= end - 1;
  if (end - c < 2 && !introduces) return null;
  speaker = trimSpeaker(speaker);
  return { kind: 'leading', speaker, verb, content: withoutCoordinatedReport(t, c, end, true), question: QUESTION_VERBS.has(verb), implies };
}

const PLEA_VERBS = new Set(['admit', 'admits', 'admitted']);

function hasSemicolon(t: readonly Token[]): boolean {
  for (const x of t) if (x.text === ';') return true;
  return false;
}

/**
 * "the Ministry of Housing, Communities and Local Government": a comma between capitalised words
 * that an "and" closes further on lists the parts of one name.
 */
function inNameList(t: readonly Token[], k: number): boolean {
  if (k === 0 || !t[k - 1].cap || t[k + 1]?.cap !== true) return false;
  for (let j = k + 2; j + 1 < t.length && (t[j].cap || t[j].text === ',' || t[j].lower === 'and'); j++) if (t[j].lower === 'and' && t[j + 1].cap) return true;
  return false;
}


// "All I said …", "All we're asking …": the subject of a cleft after "all".
const CLEFT_SUBJECT = /^(?:i|we|you|he|she|they)(?:['’](?:m|re|s|ve|d))?$/;

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

const TRANSLATION_NOUNS = new Set(['translation', 'transcript', 'interpreter']);

/** "according to", and Indian English's "as per" ("as per officials", "as per the tariff order"). */
const isAccordingTo = (t: readonly Token[], i: number): boolean => (t[i]?.lower === 'according' && t[i + 1]?.lower === 'to') || (t[i]?.lower === 'as' && t[i + 1]?.lower === 'per');

/** "According to X, …" and "…, according to X." */
function accordingTo(s: Sentence): Frame | null {
  const t = s.tokens;
  const end = lastContentIndex(t);
  if (t.length > 3 && isAccordingTo(t, 0)) {
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
    return { kind: 'according', speaker, verb: null, content: span(t, speakerEnd + 1, end), question: false, implies: null };
  }
  for (let i = end - 2; i >= 1; i--) {
    if (!isAccordingTo(t, i) || t[i - 1].text !== ',') continue;
    // "…, according to a translation by Continental Press.": who translated is no source of the statement.
    if (TRANSLATION_NOUNS.has(t[i + 3]?.lower ?? '')) return null;
    let contentEnd = i - 1;
    while (contentEnd > 0 && CLOSE_QUOTES.has(t[contentEnd - 1].text)) contentEnd--;
    const speaker = trimSpeaker(t.slice(i + 2, end));
    // "…, according to the company's website, and employs some 3,000 people": the source ends at the comma.
    const goesOn = speaker.some((x, k) => x.text === ',' && speaker[k + 1]?.pos === 'CCONJ');
    if (i >= end - MAX_SPEAKER - 2 && !goesOn && isSpeakerPhrase(speaker, true)) return { kind: 'according', speaker, verb: null, content: span(t, 0, contentEnd), question: false, implies: null };
    // "…, according to a new report by X, the steepest decline since …": the source ends at a comma, and the statement goes on after it.
    const comma = t.findIndex((x, k) => k > i + 2 && x.text === ',');
    if (comma < 0 || comma + 2 >= end) return null;
    const source = t.slice(i + 2, comma);
    if (source.length > MAX_SPEAKER || !isSpeakerPhrase(source, true)) return null;
    return { kind: 'according', speaker: source, verb: null, content: [...span(t, 0, contentEnd), ...span(t, comma + 1, end)], question: false, implies: null };
  }
  return null;
}

// What a rule is set in, which its maker speaks through: "Under guidance from X", "Under the price cap set by X".
const RULE_SOURCE_NOUNS = new Set(['guidance', 'guidelines', 'rules', 'regulations', 'cap', 'limits', 'plan', 'plans', 'proposals', 'scheme', 'policy', 'order', 'terms', 'agreement', 'deal', 'settlement', 'framework', 'law', 'legislation', 'ruling', 'standards', 'targets']);

/**
 * "Under guidance from the state Office of Air Quality, schools should keep …", "Under the price cap set by Ofgem, a
 * typical household pays …": the rule's maker states what it provides. The statement keeps its "Under …" (the
 * condition is part of what is checked); only who says it changes. Not "Under pressure from parents, …": an act.
 */
function underRuleOf(s: Sentence): Frame | null {
  const t = s.tokens;
  if (t.length < 6 || t[0].lower !== 'under') return null;
  const comma = t.findIndex((x, k) => k > 2 && k <= MAX_SPEAKER + 5 && x.text === ',');
  if (comma < 0) return null;
  const by = t.findIndex((x, k) => k > 1 && k < comma - 1 && (x.lower === 'from' || x.lower === 'by'));
  if (by < 0) return null;
  // The noun the maker's rule is: right before "from", or before "set by"/"issued by"/"drawn up by".
  const noun = t[by - 1].lower === 'set' || t[by - 1].pos === 'VERB' ? t[by - 2] : t[by - 1];
  if (noun === undefined || !RULE_SOURCE_NOUNS.has(noun.lower)) return null;
  // "from the National Institute for Health and Care Excellence (Nice)": the short name in brackets is not the name.
  const bracket = t.findIndex((x, k) => k > by && k < comma && x.text === '(');
  const speaker = t.slice(by + 1, bracket > 0 ? bracket : comma);
  if (!isSpeakerPhrase(speaker, true)) return null;
  return { kind: 'according', speaker, verb: null, content: span(t, 0, lastContentIndex(t)), question: false, implies: null };
}

/**
 * "Barcelona stopped granting licences in 2014; a 2021 study estimated that rents …": a clause after a
 * semicolon with a frame of its own is a second statement, its speaker's, over its own clause.
 */
function afterSemicolon(s: Sentence): Frame | null {
  const t = s.tokens;
  for (let k = 2; k < t.length - 3; k++) {
    if (t[k].text !== ';') continue;
    const rest: Sentence = { ...s, start: t[k + 1].start, tokens: t.slice(k + 1) };
    const second = leading(rest);
    // A named speaker or a noun: "he said …" or "I think …" after a semicolon goes on in the voice before (a transcript's "; I think").
    if (second === null || second.speaker.length === 0 || second.content.length === 0 || second.speaker.some((x) => x.pos === 'PRON')) continue;
    const first = parseFrame({ ...s, end: t[k - 1].end, tokens: t.slice(0, k) });
    if (first.next !== undefined || first.content.length === 0) return null;
    return joinClauses(s, first, k, second);
  }
  return null;
}

// Verbs that also name an act done by saying ("declared a day of mourning", "announced a review").
const DECLARING_VERBS = new Set(['declared', 'declares', 'announced', 'announces', 'confirmed', 'revealed']);

/** Does "that" (or a quote or colon) follow the frame's verb? */
function afterVerbThat(t: readonly Token[], frame: Frame): boolean {
  const last = frame.speaker[frame.speaker.length - 1];
  const v = t.findIndex((x) => x.start > last.start && x.lower === frame.verb);
  const next = v >= 0 ? t[v + 1] : undefined;
  return next === undefined || next.lower === 'that' || next.text === ':' || next.text === ',' || OPEN_QUOTES.has(next.text);
}

/**
 * "That is also wrong: the same ONS figures show falls in 2023.": after a short lead-in and a colon, figures
 * or a report showing something frame the clause after the colon, which is their statement.
 */
function findingAfterColon(s: Sentence): Frame | null {
  const t = s.tokens;
  const k = t.findIndex((x) => x.text === ':');
  // Nothing after the colon (a sentence cut there): nothing to frame.
  if (k < 2 || k > 6 || k + 1 >= t.length || OPEN_QUOTES.has(t[k + 1].text)) return null;
  const rest: Sentence = { ...s, start: t[k + 1].start, tokens: t.slice(k + 1) };
  const second = leading(rest);
  if (second === null || second.content.length === 0 || second.verb === null || !SHOW_VERBS.has(second.verb) || second.speaker.some((x) => x.pos === 'PRON')) return null;
  const first = NONE({ ...s, end: t[k - 1].end, tokens: t.slice(0, k) });
  return joinClauses(s, first, k, second);
}

/** Find how the sentence attributes its statement, if it does. */
export function parseFrame(s: Sentence): Frame {
  if (s.tokens.length < 3) return NONE(s);
  // Most sentences have no semicolon (sentences made elsewhere than the splitter are looked through).
  if (s.semicolon ?? hasSemicolon(s.tokens)) {
    const split = afterSemicolon(s);
    if (split !== null) return split;
  }
  const according = accordingTo(s) ?? underRuleOf(s);
  if (according !== null) return according;
  const shown = findingAfterColon(s);
  if (shown !== null) return shown;
  const lead = leading(s);
  if (lead !== null && lead.implies === null) {
    // "President Irina Vasko declared Wednesday a day of mourning, the press service said.": a verb with an
    // object and no "that" is an act the sentence reports, and the frame closing it says who reports it.
    const tail = lead.speaker.length > 0 && DECLARING_VERBS.has(lead.verb ?? '') && !afterVerbThat(s.tokens, lead) ? afterComma(s) : null;
    // The closing frame must come after the act ("The world's largest company, Apple, announced …" has none).
    const closes = tail?.kind === 'trailing' && tail.content.length > 0 && tail.content[tail.content.length - 1].end > lead.speaker[lead.speaker.length - 1].end;
    return splitClauses(s, closes && tail !== null ? tail : lead);
  }
  // "The UK has pledged to reach net zero by 2050, the minister said.": a pledge or a cause
  // reported by someone else is theirs to report.
  return splitClauses(s, afterComma(s) ?? lead ?? coordinated(s) ?? actThenReport(s) ?? passiveCause(s) ?? NONE(s));
}
