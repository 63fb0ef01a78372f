import { isCallToAction } from './reader-prompts';
import type { Frame } from './attribution';
import { NOUN_TAGGED_VERBS } from './lexicon';
import type { Sentence, Token } from './sentences';

const GREETING = /^(hello|hi|hey|dear|good (morning|afternoon|evening|night)|thanks?( you)?\b|welcome|congratulations|happy (new year|birthday|holidays|easter|christmas)|merry christmas|best wishes|cheers|goodbye|bye)\b/i;
const OPINION_FRAME = /^(i|we) (personally |really |just |strongly |honestly )?(think|believe|feel|hope|wish|love|hate|like|dislike|guess|suppose|prefer|doubt|fear|am (sure|convinced|glad|happy|sad|proud|disappointed)|are (sure|convinced|glad|happy|sad|proud|disappointed))\b/i;
const EVALUATIVE =
  /\b(is|are|was|were|'s|’s|seems?|looks?|remains?)\s+(a |an |the |so |very |truly |really |absolutely |simply |just |quite |deeply |utterly |totally |completely |most |such a )*(great|terrible|awful|wonderful|shameful|disgraceful|disgrace|outrageous|ridiculous|beautiful|amazing|fantastic|brilliant|horrible|horrific|disappointing|unacceptable|wrong|right|good|bad|best|worst|sad|tragic|nice|excellent|fair|unfair|absurd|scandal(ous)?|shame|stupid|foolish|wise|admirable|lovely|awesome|pathetic|appalling|deplorable|welcome|regrettable|encouraging|impressive|remarkable|inspiring|heartbreaking|perfect|fine|crazy|insane|ugly|boring|exciting|interesting|delightful|mistake|joke|travesty|betrayal|triumph|success|failure|disaster|historic|momentous|terrifying|scary|frightening|shocking|disgusting|unbelievable|incredible|magnificent|dreadful)\b|\bdoing an? (\w+ )?(great|good|terrible|awful|bad|poor|fine|excellent|fantastic|lousy|wonderful) job\b/i;
// Rhetoric with nothing to look up, when no checkable core is there: what a thing is "about", what someone
// "deserves", what "you" should do. ("Should" alone, and "you can/can't/don't", are left alone: labelled
// debates have check-worthy sentences that report who said what should be done, or state a rule as "you can".)
const RHETORIC = /^(this|it|that)( is|'s|’s| was| isn't| isn’t| wasn't)( not| all| really| just)? about\b|\bdeserves? (to|better|more|answers|the truth)\b|^you (should|shouldn't|shouldn’t|will never)\b/i;

// What asserts nothing to check, in two tests: the openings (anchored, so tried at the start only) and
// the phrases (anywhere). Each rule is a few tens of nanoseconds to call, and every sentence is tested.
// - What is not known: "We cannot rule out that …", "This study doesn't tell us that …", "the data may not
//   reflect …", dependence ("That depends on whether …") and what is unsettled ("The evidence is mixed").
// - Doubt opening the statement ("I am just not sure it will be us", "She is less sure it can last"), with
//   nothing after it ("…, but I do believe B" asserts B).
// - Advice: to the reader ("Anyone worried … should speak to their GP") and to people at large ("People
//   should not travel unless …", "Parents should check …"; not "People said we should …").
// - What unnamed others believe: "People think farmers get compensated for everything."
// - Condolences: "Our thoughts are with his family", "Our sympathies go out to …".
// - "Every knife handed in is one less on our streets.": rhetoric that every (or each) one of something is
//   one more or less of another, with no figure in it.
const OPENING_NOT_ASSERTED = new RegExp(
  '^(?:' +
    [
      /(?:that|this|it)(?: all)? depends on\b/,
      /(?:[\w'’]+\s+){0,4}(?:not|less|no longer)\s+(?:so\s+)?(?:sure|certain|convinced)\b(?![^]*,\s*(?:though|although|but|while|whereas)\b)/,
      /(?:anyone|everyone|those|people|patients|parents|readers|you)\b.{0,60}\bshould (?:speak|talk|see|contact|seek|visit|call|consult)\b/,
      /(?:people|parents|drivers|passengers|residents|customers|travellers|motorists|patients)(?: \w+){0,3} should\b/,
      /(?:people|many people|some people|everyone|everybody) (?:think|believe|assume|feel)s?\b/,
      /(?:every|each)\b[^\d]*\b(?:is|means)(?: just| simply)? one (?:less|fewer|more)\b[^\d]*$/,
    ]
      .map((r) => r.source)
      .join('|') +
    ')',
  'i',
);
const PHRASE_NOT_ASSERTED =
  /\b(?:(?:cannot|can't|can’t|can not) rule out|(?:doesn't|doesn’t|does not|don't|don’t|do not) tell us|(?:may|might) not (?:reflect|represent|apply to)|(?:is|are|was|were|remains?) (?:still )?(?:unclear|uncertain|mixed|inconclusive)|(?:thoughts|prayers|sympathies|condolences|hearts)(?: and (?:thoughts|prayers|sympathies|condolences))? (?:are|go|goes|remain) (?:out )?(?:with|to))\b/i;

// A checkable core: a number, a comparison, a cause, a prediction or a named thing.
const CHECKABLE_CORE = /\d|\b(more|less|fewer|most|least|than|increase\w*|decrease\w*|rose|fell|grew|cause\w*|because|due to|lead\w* to|will|would|law|illegal|banned|percent|million|billion|thousand|hundred)\b/i;

/**
 * Does the statement assert something that can be checked? Questions, greetings,
 * imperatives, reader prompts, fragments and pure opinions do not. `listItem`: the
 * sentence is an item of a bulleted list (of figures, where it has one, with no verb).
 */
export function isCheckable(sentence: Sentence, frame: Frame, content: readonly Token[], text: string, listItem = false): boolean {
  if (frame.question) return false;
  const words = content.filter(isWordOrComma);
  // A frame that implies the statement's kind leaves its verb phrase without a subject (the claimant's): one word fewer.
  if (words.length - commas(words) < (frame.implies === null ? 4 : 3)) return false;
  if (endsWithQuestionMark(text) || sentence.tokens[sentence.tokens.length - 1].text === '?' || endsWithQuestionMark(sentence.tokens[sentence.tokens.length - 2]?.text ?? '')) return false;
  // A statement needs a verb; headings and captions that slipped through have none.
  // Only short ones are tested: wink-nlp tags some verbs as nouns ("The increase amounts to …").
  // A list's item with a figure is a statement as it stands ("• 62% of them in the centre").
  if (words.length < 8 && !content.some(isVerbTag) && !hasNounTaggedVerb(content) && !(listItem && DIGIT.test(text))) return false;
  if (GREETING.test(text) || isCallToAction(text)) return false;
  // "pledged to build 300,000 homes", "I blame the president for …": the verb is the claimant's, and no command.
  // A frame that keeps its verb in the statement ("put insured losses at $1.9 billion") is no command.
  if (frame.implies === null && isImperative(words) && words[0].lower !== frame.verb) return false;
  if (isStanceOnly(words) || isSlogan(words) || isNonAnswer(text)) return false;
  // Its "less" or "more" is no checkable core: it counts nothing.
  if (OPENING_NOT_ASSERTED.test(text) || PHRASE_NOT_ASSERTED.test(text)) return false;
  if (CHECKABLE_CORE.test(text)) return true;
  // Judge opinion on the whole sentence too: "I think" is stripped as a frame but still marks one.
  return !(OPINION_FRAME.test(text) || (opensFirstPerson(sentence) && OPINION_FRAME.test(sentenceText(sentence))) || EVALUATIVE.test(text) || RHETORIC.test(text));
}

// The callbacks below are made once: each closure made per call costs an allocation.
const isWordOrComma = (t: Token): boolean => (t.pos !== 'PUNCT' || t.text === ',') && t.pos !== 'SYM';
const isVerbTag = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';
const isComma = (t: Token): boolean => t.text === ',';
const isNotComma = (t: Token): boolean => t.text !== ',';

/**
 * "Rising rents drive families away.": a verb wink-nlp tags as a noun, between a
 * plural subject noun and its object (a noun, a determiner or a pronoun).
 */
function hasNounTaggedVerb(content: readonly Token[]): boolean {
  for (let i = 1; i + 1 < content.length; i++) {
    const t = content[i];
    if (!NOUN_TAGGED_VERBS.has(t.lower) || t.pos !== 'NOUN') continue;
    const before = content[i - 1];
    const after = content[i + 1].pos;
    if ((before.pos === 'NOUN' || before.pos === 'PROPN') && before.lower.endsWith('s') && (after === 'NOUN' || after === 'DET' || after === 'PRON' || after === 'ADJ')) return true;
  }
  return false;
}

function commas(words: readonly Token[]): number {
  let n = 0;
  for (const t of words) if (t.text === ',') n++;
  return n;
}

// Verbs that report a stance rather than a statement: "Lopez disagreed.", "The director welcomed the vote."
const STANCE_VERBS = new Set('agreed disagreed welcomed criticised criticized condemned praised declined refused denied objected protested applauded hailed slammed rejected dismissed termed branded dubbed'.split(' '));
const isStanceVerb = (t: Token): boolean => STANCE_VERBS.has(t.lower);
const PASSIVE_BE = /^(?:be|been|being|is|are|was|were)$/;

// Journalists' notes that someone did not say something: there is no statement in them.
const NON_ANSWER =
  /\b((declined|refused) to (comment|elaborate|say|give details)|did not (immediately )?(respond|reply) to (a |our )?requests? for comment|could not (immediately )?be reached for comment|(did not|didn't|would not|wouldn't|declined to) (say|specify|disclose|elaborate|give details|comment))\b/i;

// "Officials are examining the accounts, though a spokesperson did not comment", "The ministry declined to
// comment, but said 40 staff had left": a non-answer joined to a statement leaves the statement.
const CONCESSION = /,\s*(though|although|but|while|whereas)\b/i;

function isNonAnswer(text: string): boolean {
  const m = NON_ANSWER.exec(text);
  // "it had not received an application and would not comment until it did": a statement before the non-answer stays.
  return m !== null && !CONCESSION.test(text) && !/\sand\s+$/.test(text.slice(0, m.index));
}

/** "X disagreed", "X welcomed the vote", "X declined to comment": a stance with nothing to check in it. */
function isStanceOnly(words: readonly Token[]): boolean {
  const v = words.findIndex(isStanceVerb);
  // "Owners who apply late will be refused": a passive is what is done to someone, no stance taken.
  if (v < 1 || PASSIVE_BE.test(words[v - 1].lower)) return false;
  // "termed the hike "anti-people"": quotation marks and a word's hyphen are no words of their own.
  const rest = words.slice(v + 1).filter((t) => isNotComma(t) && !/^["“”'‘’-]$/.test(t.text));
  return rest.length <= 3 && !rest.some((t) => t.pos === 'NUM');
}

/** "Energy security is national security.": a short copular line with no number or name in it. */
function isSlogan(words: readonly Token[]): boolean {
  // Counted first: most statements are longer, and need no filtered copy.
  if (words.length - commas(words) > 6) return false;
  const plain = words.filter(isNotComma);
  if (!plain.some(isCopula)) return false;
  return !plain.some(isNumberOrName);
}

const COPULA = /^(is|are|was|were)$/;
const DIGIT = /\d/;
const isCopula = (t: Token): boolean => COPULA.test(t.lower);
const isNumberOrName = (t: Token, i: number): boolean => t.pos === 'NUM' || DIGIT.test(t.text) || (i > 0 && t.pos === 'PROPN');

function endsWithQuestionMark(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && '"”»\')'.includes(s[i])) i--;
  return i >= 0 && s[i] === '?';
}

/**
 * OPINION_FRAME needs "I " or "we " first, and the joined tokens start with the
 * first token and a space: so only a sentence opening with the word "I" or "we"
 * can match, and the others need not be joined into a string at all.
 */
function opensFirstPerson(sentence: Sentence): boolean {
  const w = sentence.tokens[0].lower;
  return w === 'i' || w === 'we';
}

function sentenceText(sentence: Sentence): string {
  return sentence.tokens.map((t) => t.text).join(' ');
}

const INFLECTED = /(ing|ed|s)$/;

/**
 * "Sign up now", "Imagine a world …", "For more information, contact …": a bare
 * verb first (after a short introductory phrase), with no subject before it.
 */
function isImperative(words: readonly Token[]): boolean {
  let first = words[0];
  const comma = words.findIndex(isComma);
  if (first.pos === 'ADP' && comma > 0 && comma <= 4 && comma + 1 < words.length) first = words[comma + 1];
  if (first.pos !== 'VERB') return false;
  if (INFLECTED.test(first.lower)) return false;
  return true;
}
