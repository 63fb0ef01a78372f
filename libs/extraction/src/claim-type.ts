import type { ClaimType } from './types';
import { NUMBER_WORDS } from './lexicon';

// Precedence, first match wins:
//   PERSONAL_EXPERIENCE  a first-person account of the speaker's own past
//   PREDICTION           the future, including reported future ("would")
//   CORRELATION_CAUSATION  one thing causing, changing or linked to another
//   LAWS_RULES           what the law or the rules say
//   QUANTITY             amounts, counts, rates and their changes
//   OTHER
// Prediction outranks the rest because "X will cut Y by 5%" is checked by
// waiting, not by looking up a number.

const FUTURE =
  /\b(will|won['’]t|shall|going to|gonna|is (due|set|poised|slated) to|are (due|set|poised|slated) to|(is|are|was|were) expected to|expects? to|(is|are) likely to|likely to|forecasts?|forecast to|predicts?|projected to|would(?! have)|will be|'ll|in the (coming|next) (days|weeks|months|years|decade)|next (week|month|year|decade)|by (20[3-9]\d|21\d\d)|(is|are) about to|(?<!\b(?:the|its|their|his|her|our|new|up|of) )plans? to|intends? to|aims? to|could(?! not| no longer|n['’]t)|might)\b/i;
// "political will", "the will of the people" are nouns, not the future.
const WILL_NOUN = /\b(political|good|free|own|ill|the|popular|strong|collective) will\b/i;
// "£9bn more than forecast", "rose as predicted": measured against an earlier forecast, not one.
// "below the $4.5bn that analysts had forecast" too: a figure someone had expected, named to measure against.
const PAST_FORECAST = /\b(than|as) (was |were |had been |previously |initially |originally )?(forecasts?|predicted|projected|anticipated)\b|\b(that|than) (\w+ ){1,2}had (forecast|predicted|projected|expected)\b/gi;
// "Smokers were more likely to develop …" compares groups: a correlation, not a forecast.
const COMPARED_LIKELIHOOD = /\b(more|less|twice as|three times as|as) likely to\b/gi;

const CAUSAL =
  /\b(caus(e|es|ed|ing)|lead(s|ing)? to|led to|result(s|ed|ing)? in|as a result( of)?|(is|was|are|were|be|been)( \w+)? (the|a) (direct )?result of|because( of)?|due to|thanks to|owing to|thus|therefore|hence|consequently|so that|reduc(e|es|ed|ing)|cutting|cuts? (the )?(risk|costs?|need|number|chances?)|lower(s|ing)? (the|its|their|our|costs?|prices?|risks?)|rais(e|es|ed|ing) (the|its|their|costs?|prices?|risks?)|increas(es|ed|ing) (the|its|their) (risk|cost|chance|likelihood|need)|boost(s|ed|ing)?|(drive(s|n)?|drove|pushed|pushes|push) (up|down)|(has|have|had) cut(?! (about |around |some |more than |nearly |almost )?[£$€]?\d)|cut (\w+ )?(in half|by)|contribut(e|es|ed|ing) to|linked (to|with)|associated with|correlat\w*|responsible for|effects? on|impact(s|ed)? on|help(s|ed)? (to )?(reduce|cut|lower|prevent|improve|increase)|prevent(s|ed|ing)?|affect(s|ed|ing)?|hurt(s|ing)?|did not hurt|(increas|reduc|lower|rais|boost|doubl|halv)\w* the (number|amount|level|share|rate|risk|cost|price)s? of|limit(s|ing)|weaken(s|ed|ing)?|strengthen(s|ed|ing)?|undermin(e|es|ed|ing)|improv(es|ing)|damag(es|ing)|harm(s|ed|ing)?|benefit(s|ed|ing)? from|effective(ness)? (in|at|against)|driven (\w+ )?by|fuell?ed by|(inflated|depressed|distorted) by|blamed (on|for)|attributed to|making it (harder|easier|possible|impossible))\b|, (giving|making|leading|causing|allowing|enabling|forcing|leaving|pushing|driving)\b/i;

const LAW =
  /\b((is|are|was|were|be|been|being) (illegal|legal|unlawful|lawful|banned|prohibited|outlawed|permitted|allowed|forbidden|required by law|mandatory|compulsory|obliged|entitled)|against the law|under( [\w-]+){0,3} (law|laws|rules|regulations?|treaty|convention|constitution|act)|the (law|constitution|treaty|convention|regulation|rules?) (says|states|requires|allows|prohibits|bans|forbids|permits|obliges|gives|provides)|(international|humanitarian|national|federal|criminal|civil|constitutional|eu|european) law|by law|legally (required|binding|obliged)|must (not |still |first |also )?(be )?(pay|register|obtain|declare|apply|report|approved|authori[sz]ed|licensed|registered)|must (\w+ )?be \w+ed within|(it is|it's) (a crime|an offence|an offense)|(rules?|regulations?|laws?|the treaty|the convention) (bar|bars|ban|bans|forbid|forbids|prohibit|prohibits|require|requires|allow|allows|oblige|obliges)|(barred|banned|prohibited|forbidden) from|is a criminal offen[cs]e|requires? (a |an )?(licen[cs]e|permit|warrant))\b/i;

const QUANTITY_WORDS =
  /\b(more than|less than|fewer than|at least|up to|as many as|as much as|nearly|almost|half of|majority of|percent|per cent|percentage points?|doubled|tripled|halved|record (high|low|number)|highest|lowest|largest|smallest|rose|fell|grew|shrank|increased|decreased|declined|dropped|average|median|rate of|rates? (rose|fell))\b/i;
// A year, a day of the month or a clock time does not make a statement about a quantity.
// "97mph", "£52m", "5bn", "400MW": a unit written onto the number is still a quantity (not "2am").
const NUMBER = /(?<![\p{L}\d:])\d[\d,.]*(?:(?:bn|mn|m|k|tn|mph|kph|km|kg|mm|cm|ft|kw|mw|gw|kwh|mwh|gwh|twh)(?![\p{L}\d]))?(?![\p{L}\d:])/giu;
const YEAR = /^(1[89]\d\d|20\d\d)s?$/;
const MONTHS = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?';
const DAY_BEFORE_MONTH = new RegExp(`^(st|nd|rd|th)?\\s+(of\\s+)?${MONTHS}\\b`, 'i');
const MONTH_BEFORE_DAY = new RegExp(`\\b${MONTHS}\\s+$`, 'i');

const FIRST_PERSON_PAST = /\b(I|my|me)\b[^.]*\b(was|were|had|have (been|seen|lost|had|never)|saw|lost|lived|worked|grew up|went|spent|met|felt|experienced|remember|recall|did|got|came|took|used to|\w+ed)\b/;

function hasQuantity(text: string): boolean {
  if (QUANTITY_WORDS.test(text)) return true;
  for (const m of text.matchAll(NUMBER)) {
    const n = m[0].replace(TRAILING_SEPARATOR, '');
    if (YEAR.test(n)) continue;
    if (n.length <= 2 && isDayOfMonth(text, m.index, m.index + m[0].length)) continue;
    return true;
  }
  // Number words are plain ASCII, so runs of a-z are the words to look up (no split array per claim).
  const lower = text.toLowerCase();
  for (let i = 0, from = -1; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if (c >= 97 && c <= 122) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      // Only runs of a number word's length are cut out to look up.
      const len = i - from;
      if (len >= NUMBER_WORD_LENGTH.min && len <= NUMBER_WORD_LENGTH.max && NUMBER_WORDS.has(lower.slice(from, i))) return true;
      from = -1;
    }
  }
  // "one opposed", "one in five": "one" is a number only next to a count.
  return ONE_IN_N.test(text);
}

const TRAILING_SEPARATOR = /[.,]$/;
const ONE_IN_N = /\bone (in|out of) (two|three|four|five|six|seven|eight|nine|ten|\d+)\b/i;
const NUMBER_WORD_LENGTH = { min: Math.min(...[...NUMBER_WORDS].map((w) => w.length)), max: Math.max(...[...NUMBER_WORDS].map((w) => w.length)) };

/** The small number text[start, end) is a day of the month: "3 March", "March 3", "the 3rd of March". */
function isDayOfMonth(text: string, start: number, end: number): boolean {
  return DAY_BEFORE_MONTH.test(text.slice(end, end + 16)) || MONTH_BEFORE_DAY.test(text.slice(Math.max(0, start - 12), start));
}

const WILL = /\bwill\b/i;

/**
 * Full Fact's claim type of a statement (the claim text, without its frame); `implied` when
 * the frame says it ("pledged to …" is a prediction, "attributed … to …" a causation).
 */
export function claimType(text: string, implied?: ClaimType): ClaimType {
  if (implied !== undefined) return implied;
  if (FIRST_PERSON_PAST.test(text) && !WILL.test(text)) return 'PERSONAL_EXPERIENCE';
  const uncompared = text.replace(COMPARED_LIKELIHOOD, '');
  if (FUTURE.test(uncompared.replace(WILL_NOUN, '').replace(PAST_FORECAST, ''))) return 'PREDICTION';
  if (uncompared.length !== text.length || CAUSAL.test(text)) return 'CORRELATION_CAUSATION';
  if (LAW.test(text)) return 'LAWS_RULES';
  if (hasQuantity(text)) return 'QUANTITY';
  return 'OTHER';
}
