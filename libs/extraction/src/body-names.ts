// Names of bodies in a sentence: where a body's name starts and ends ("the Department of Health", "Shares in Vantora
// Semiconductor", "the supermarket chain Pennock's"), its head noun, and how running text writes it. The people's
// names and the appositives around them are names.ts's.
import * as lexicon from './lexicon';
import type { Token } from './sentences';
import { isOrgWord, isRoleWord, type NameRun } from './names';

// Local copies of the word lists, read on every token (see lexicon.ts).
const { BODY_NAME_WORDS, CLUB_NAME_WORDS, COMPANY_NOUNS, PERSON_TITLES } = lexicon;

/** Do tokens[0, end) name a body: an organisation's head word or a trade word among them ("Great Western Railway", "the Met Office")? */
export function namesBody(tokens: readonly Token[], end: number): boolean {
  for (let k = 0; k < end; k++) if (isOrgWord(tokens[k].lower) || BODY_NAME_WORDS.has(tokens[k].lower)) return true;
  return false;
}

// What the words of a body's name are tagged (in capitals wink-nlp tags a verb as one, and that ends the name).
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);

/** Does tokens[at] open a person's title (capitalised title words, the last a person's title) with a name after it? */
function titleBeforeName(tokens: readonly Token[], at: number): boolean {
  // "Council Member Tanya Whitford": a member is a person's title after a body's word too.
  const isTitle = (t: Token): boolean => PERSON_TITLES.has(t.lower) || t.lower === 'member';
  let k = at;
  while (k < tokens.length && tokens[k].cap && !isTitle(tokens[k]) && !isOrgWord(tokens[k].lower) && k - at < 2) k++;
  if (k >= tokens.length || !isTitle(tokens[k])) return false;
  const name = tokens[k + 1];
  return name !== undefined && name.cap && name.pos === 'PROPN' && !isRoleWord(name.lower) && !isOrgWord(name.lower);
}

/**
 * Names of bodies anywhere in a sentence ("the Department of Health", "Leeds University", "the
 * Defence Ministry"): capitalised words around a capitalised organisation word, with "of"/"for"
 * joining more of them, and "the" before. Not one capitalised word opening the sentence ("Police
 * said"): its capital tells nothing.
 */
export function orgMentions(tokens: readonly Token[]): NameRun[] {
  const out: NameRun[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.cap || !isOrgWord(t.lower)) continue;
    let from = k;
    // Inside a name a capital counts more than the tag ("the Met Office": wink-nlp tags "Met" a verb); not the sentence's first.
    while (from > 0 && tokens[from - 1].cap && (NAME_POS.has(tokens[from - 1].pos) || (from - 1 > 0 && tokens[from - 2].lower === 'the'))) from--;
    // "Devon and Cornwall Police", "the Dunmore and Vale NHS Foundation Trust": one capitalised word (two
    // places) joined by "and" opens the name; not "John Smith and Devon Police".
    if (from > 1 && tokens[from - 1].lower === 'and' && tokens[from - 2].cap && NAME_POS.has(tokens[from - 2].pos) && !(from > 2 && tokens[from - 3].cap)) from -= 2;
    let to = k + 1;
    for (;;) {
      const next = tokens[to];
      if (next === undefined) break;
      // "Council President Angela Ruiz", "Senate Majority Leader X": a title after the body's word, then a name, is the person's.
      if (next.cap && titleBeforeName(tokens, to)) break;
      if (next.cap && NAME_POS.has(next.pos)) to++;
      else if ((next.lower === 'of' || next.lower === 'for' || next.lower === 'and') && tokens[to + 1]?.cap === true && NAME_POS.has(tokens[to + 1].pos)) to += 2;
      else break;
    }
    if (to - from === 1 && k === 0) continue;
    if (from > 0 && tokens[from - 1].lower === 'the') from--;
    out.push({ from, to });
    k = to - 1;
  }
  return out;
}

/**
 * "Leader of the Opposition in the Odisha Assembly Naba Kishore Jena": a phrase opening on a title, whose last body runs
 * on into two or more capitalised words that are no body's words, ends with the title holder's name; the body ends
 * before it. Any other body mention as it is.
 */
export function bodyBeforeName(tokens: readonly Token[], m: NameRun): NameRun {
  if (m.to !== tokens.length || !isRoleWord(tokens[0].lower)) return m;
  let last = m.to - 1;
  while (last > m.from && !isOrgWord(tokens[last].lower)) last--;
  return last > m.from && m.to - 1 - last >= 2 ? { from: m.from, to: last + 1 } : m;
}

/**
 * "The homewares retailer Hartley & Lowe is to close …", "from the supermarket chain Pennock's": a name after a
 * lower-case noun for a body's kind. The name's run (joined by "&" or "and"), and where its kind starts.
 */
export function kindedNameMentions(tokens: readonly Token[]): (NameRun & { kind: number })[] {
  const out: (NameRun & { kind: number })[] = [];
  for (let k = 1; k < tokens.length - 1; k++) {
    if (tokens[k].cap || !COMPANY_NOUNS.has(tokens[k].lower) || !tokens[k + 1].cap || tokens[k + 1].pos !== 'PROPN') continue;
    let to = k + 2;
    for (;;) {
      const next = tokens[to];
      if (next?.cap === true && NAME_POS.has(next.pos)) to++;
      else if ((next?.text === '&' || next?.lower === 'and') && tokens[to + 1]?.cap === true && tokens[to + 1].pos === 'PROPN') to += 2;
      else break;
    }
    // A name that goes on in a capital the tagger did not take for a name's ("Access Ahead") is not read cut short.
    if (tokens[to]?.cap === true) {
      k = to - 1;
      continue;
    }
    let kind = k;
    while (kind > 0 && !tokens[kind - 1].cap && (tokens[kind - 1].pos === 'NOUN' || tokens[kind - 1].pos === 'ADJ')) kind--;
    out.push({ from: k + 1, to, kind });
    k = to - 1;
  }
  return out;
}

/**
 * Names of businesses and clubs anywhere in a sentence ("Shares in Brantley Foods fell", "a loan to
 * Castlebridge Rovers"): capitalised words ending in a trade or club word, two or more, since one
 * such word alone ("Foods", "United") names nothing.
 */
export function businessMentions(tokens: readonly Token[]): NameRun[] {
  const out: NameRun[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.cap || !(BODY_NAME_WORDS.has(t.lower) || CLUB_NAME_WORDS.has(t.lower)) || tokens[k + 1]?.cap === true) continue;
    let from = k;
    while (from > 0 && tokens[from - 1].cap && NAME_POS.has(tokens[from - 1].pos) && !isOrgWord(tokens[from - 1].lower)) from--;
    if (from < k) out.push({ from, to: k + 1 });
  }
  // "Shares in Vantora Semiconductor fell", "Shares of Harborline Health": what has shares is a business, whatever its name's words.
  for (let k = 2; k < tokens.length; k++) {
    if ((tokens[k - 1].lower !== 'in' && tokens[k - 1].lower !== 'of') || (tokens[k - 2].lower !== 'shares' && tokens[k - 2].lower !== 'stake') || !tokens[k].cap) continue;
    let to = k;
    while (to < tokens.length && tokens[to].cap && NAME_POS.has(tokens[to].pos)) to++;
    if (to > k && !out.some((r) => r.from <= k && r.to >= to)) out.push({ from: k, to });
  }
  return out;
}

export function isPlural(name: string): boolean {
  const head = orgHead(name);
  return /[^s]s$/i.test(head) || /^(police|people|staff)$/i.test(head);
}

const HEAD_PREPOSITION = /^(of|by|for|from|at|in|on)$/;

/** The head noun of an organisation's name: "report" in "a report by the regional health authority". */
export function orgHead(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  let prep = -1;
  for (let i = 1; i < words.length && prep < 0; i++) if (HEAD_PREPOSITION.test(words[i])) prep = i;
  return prep > 0 ? words[prep - 1] : words[words.length - 1];
}

// A government department's name, written with "the" in running text: "the Home Office", "the Department for Transport".
const DEPARTMENT_NAME = /^(?:Department|Ministry|Office) (?:of|for) \p{Lu}|^(?:Home Office|Foreign Office|Cabinet Office|Treasury)$/u;
// Every word capitalised, or a word that joins a name ("and", "of", "for", "the").
const NAME_ONLY = /^\p{Lu}\S*(?: (?:\p{Lu}\S*|and|of|for|the))*$/u;

/** "Home Office" (from "A Home Office spokesperson", "Treasury figures") → "the Home Office"; any other name as it is. */
export const withDepartmentArticle = (name: string): string => (DEPARTMENT_NAME.test(name) && NAME_ONLY.test(name) ? `the ${name}` : name);

