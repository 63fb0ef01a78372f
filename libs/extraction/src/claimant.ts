import * as gender from './gender';
import * as lexicon from './lexicon';
import * as bodyNames from './body-names';
import * as names from './names';
import type { NameRun } from './names';
import type { Token } from './sentences';
import type { Claimant } from './discourse-memory';
import * as roleTexts from './role-text';
import * as known from './entities';
import type { Entity } from './entities';
import * as phrases from './speaker-phrases';
import { SELF } from './mentions';
import { DocumentReader } from './documents';

// Local copies of the readers this file calls for every sentence and speaker: tsx, which runs the
// benchmarks, reads an imported binding through a getter call each time (tsc's CommonJS output does not).
const { guessGender } = gender;
const { cleanRole, HONORIFICS, isAcronym, titlesName, isOrgWord, nameAppositive, nameRuns, textOf } = names;
const { bodyBeforeName, orgMentions, withDepartmentArticle } = bodyNames;
const { lowersOf, roleText, textsOf } = roleTexts;
const { byFirstWord, byInitials, describedCompany, earlierOrganisation, findByParts, lastWithRoleHead, lastWithTitle, latestDescribed, latestPerson } = known;
const { bodyName, commasBefore, describedPerson, isFirstPerson, isPossessive, kindBeforeName, officeHolder, relativeClauseAt } = phrases;

// Local copies of the word lists, read on every token (see lexicon.ts).
const { ANSWER_LABELS, BODY_ALIASES, BODY_EPITHETS, BODY_NAME_WORDS, COMPANY_NOUNS, DATA_NOUNS, GROUP_MODIFIERS, GROUP_NOUNS, ORG_WORDS, PERSON_NOUNS, PERSON_TITLES, PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS, QUESTION_LABELS, ROLE_WORDS } = lexicon;

/** A letter's char code (NaN, before the text's start or past its end, is none). */
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 0xbf && /\p{L}/u.test(String.fromCharCode(c)));

/** "TRUMP" → "Trump", "O'ROURKE" → "O'Rourke", "MCCAIN" → "McCain", "SEN." → "Sen.": a word in capitals as names are written. */
function asWritten(word: string): string {
  const cased = word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
  return cased.replace(/^Mc(\p{L})/u, (_m, c: string) => `Mc${c.toUpperCase()}`);
}

/** "Analysts at X", "officials of X": a plural group noun opening the phrase, then the body it belongs to. */
const groupAtBody = (tokens: readonly Token[]): boolean =>
  tokens.length > 2 && GROUP_NOUNS.has(tokens[0].lower) && /[^s]s$/.test(tokens[0].lower) && ['at', 'of', 'from'].includes(tokens[1].lower);
/** "spokesman", "officials", "chief": a head noun for people, whom "its"/"their" only says who they work for. */
const describesPeople = (t: Token): boolean => ROLE_WORDS.has(t.lower) || PERSON_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower) || PERSON_TITLES.has(t.lower) || (t.lower.endsWith('s') && (ROLE_WORDS.has(t.lower.slice(0, -1)) || PERSON_NOUNS.has(t.lower.slice(0, -1))));

export { SELF };

export type { Claimant, ClaimantKind } from './discourse-memory';

/**
 * Who said what: people and bodies named so far in the article, and how the
 * current sentence's speaker phrase maps onto them.
 */
export class Discourse extends DocumentReader {
  /** Who answers in a Q&A interview: fixed at the first "A:" (null when nobody was named before it). */
  private interviewee: Entity | null | undefined;

  /**
   * Resolve a speaker phrase (already known to be a noun phrase) to a claimant;
   * SELF for "I"/"we"; a claimant with a null name for a pronoun with nobody to refer to.
   */
  resolveSpeaker(tokens: readonly Token[]): Claimant | typeof SELF {
    if (tokens.length === 1) {
      const pronoun = PERSONAL_PRONOUNS.get(tokens[0].lower);
      // "A National Grid spokesperson said … . She said …": the spokesperson again, so the body.
      const again = pronoun === undefined ? null : this.spokespersonAgain(tokens);
      if (again !== null) return again;
      if (pronoun !== undefined) return this.resolvePronoun(pronoun) ?? { name: null, role: null, kind: pronoun === 'N' || pronoun === 'P' ? 'ORGANISATION' : 'PERSON' };
    }
    if (isFirstPerson(tokens)) return SELF;
    // "Nice said" after "the National Institute for Health and Care Excellence (Nice)".
    const short = tokens.length <= 2 ? this.shortNames.get(tokens[tokens.length - 1].lower) : undefined;
    if (short !== undefined && (tokens.length === 1 || tokens[0].lower === 'the')) {
      short.seen = ++this.clock;
      return { name: short.name, role: null, kind: 'ORGANISATION' };
    }
    const employer = this.employerOf(tokens);
    if (employer !== null) return employer;
    // "Ortuño's office said": what a person's office says, the person says.
    const holder = officeHolder(tokens);
    if (holder !== null) {
      const person = this.resolveSpeaker(holder);
      // A named person only: "the president's office" with no president named is a body of its own.
      if (person !== SELF && person.kind === 'PERSON' && person.name !== null && !/^(?:the|a|an)\s/i.test(person.name)) return person;
    }
    const spokesperson = this.spokespersonClaimant(tokens);
    if (spokesperson !== null) return spokesperson;
    // "a farmer near Ambleside": one unnamed person, described.
    if ((tokens[0].lower === 'a' || tokens[0].lower === 'an') && describedPerson(tokens) === tokens[tokens.length - 1].lower) return this.titledOrBody(tokens);
    const document = this.documentClaimant(tokens);
    if (document !== null) return document;
    const named = this.namedAfterDescription(tokens);
    if (named !== null) return named;
    const person = this.personIn(tokens, true);
    if (person !== null) return { name: person.name, role: person.role, kind: 'PERSON' };
    // "Its hydrological plan, published in January, estimates that …", "Its figures show …": the plan or figures of the body "its" stands for.
    const last = tokens[tokens.length - 1];
    const owner =
      tokens.length > 1 && tokens.length <= 4 && (tokens[0].lower === 'its' || tokens[0].lower === 'their') && !tokens.some((x) => x.text === ',') && (!describesPeople(last) || DATA_NOUNS.has(last.lower))
        ? this.possessorBody(tokens[0].lower, last.lower)
        : null;
    if (owner !== null) return owner;
    // "Analysts at Kessler Brothers said": the body is named too, for "the broker" later.
    if (groupAtBody(tokens)) this.noteGroupsBody(tokens.slice(2));
    // "the supermarket chain Fairway said": Fairway speaks; its kind is what "the chain" may mean later.
    const kinded = kindBeforeName(bodyName(tokens));
    if (kinded !== null) {
      const named = this.titledOrBody(kinded.name);
      if (named.kind === 'ORGANISATION') this.describeBody(named.name, kinded.kind);
      return named;
    }
    const body = bodyName(tokens);
    const claimant = this.titledOrBody(body);
    // "…, a study published in the journal X has found.": "the study" later is this one.
    const noun = (tokens[0].lower === 'a' || tokens[0].lower === 'an') && tokens.length > 2 ? tokens.slice(1, 3).find((t) => DATA_NOUNS.has(t.lower)) : undefined;
    if (noun !== undefined && !this.documents.has(noun.lower)) this.documents.set(noun.lower, claimant);
    // "Ofwat, the water regulator": what the body is described as, for "the regulator" later.
    if (body.length < tokens.length && claimant.kind === 'ORGANISATION') {
      const app = nameAppositive(tokens, body.length - 1, false);
      if (app?.kind === 'ORGANISATION') this.describeBody(claimant.name, tokens.slice(app.from, app.to));
    }
    return claimant;
  }

  /**
   * A transcript's turn label: the interviewer's ("Q") is the writer's; the
   * answerer ("A") is whoever was named last before the first answer (the
   * interview's introduction names its subject); any other label names its speaker.
   */
  resolveLabel(tokens: readonly Token[]): Claimant | typeof SELF {
    const label = tokens.map((t) => t.lower).join(' ').replace(/\.$/, '');
    if (QUESTION_LABELS.has(label)) return SELF;
    if (ANSWER_LABELS.has(label)) {
      this.interviewee ??= latestPerson(this.entities) ?? null;
      // The one answering is the person last mentioned: "he says" after the answers is them.
      if (this.interviewee !== null) this.interviewee.seen = ++this.clock;
      return this.interviewee === null ? { name: null, role: null, kind: 'PERSON' } : { name: this.interviewee.name, role: this.interviewee.role, kind: 'PERSON' };
    }
    // "TRUMP:", "MR. SCHWAB:": transcripts set the speaker's name in capitals, which are the label's, not the name's.
    const capitals = tokens.length <= 3 && tokens.every((t) => t.text === t.text.toUpperCase()) && !tokens.some((t) => isOrgWord(t.lower));
    const person = capitals ? null : this.personIn(tokens, true);
    if (person !== null) return { name: person.name, role: person.role, kind: 'PERSON' };
    if (capitals) return this.labelPerson(tokens);
    // "Sanders:": a label is a speaker, so one capitalised word is a surname.
    const name = textOf(tokens, this.body);
    if (tokens.length === 1 && !ORG_WORDS.has(tokens[0].lower)) {
      const p = findByParts(this.entities, [name]) ?? this.remember({ name, parts: [name], role: null, gender: null, kind: 'PERSON', seen: 0 });
      return { name: p.name, role: p.role, kind: 'PERSON' };
    }
    return this.titledOrBody(tokens);
  }

  /**
   * A label in capitals ("TRUMP", "MR. SCHWAB", "SEN. SANDERS"): the person named before with that
   * surname ("Donald Trump"), else the name as it is written in running text ("Trump"), without the
   * honorific; a title before it is the role.
   */
  private labelPerson(tokens: readonly Token[]): Claimant {
    const words = tokens.filter((t) => !HONORIFICS.has(t.lower) && /\p{L}/u.test(t.text));
    const name = words.filter((t) => !ROLE_WORDS.has(t.lower));
    const titles = words.filter((t) => ROLE_WORDS.has(t.lower));
    if (name.length === 0) return this.titledOrBody(tokens);
    const parts = name.map((t) => asWritten(t.text));
    const last = parts[parts.length - 1];
    // A turn's label is no mention in the text: it does not make its speaker the one "he" or "she" means.
    const p = findByParts(this.entities, parts) ?? findByParts(this.entities, [last]) ?? this.remember({ name: parts.join(' '), parts, role: titles.length > 0 ? titles.map((t) => asWritten(t.text)).join(' ') : null, gender: guessGender(parts, lowersOf(tokens)), kind: 'PERSON', seen: 0 });
    return { name: p.name, role: p.role, kind: 'PERSON' };
  }

  /** A speaker phrase that names no person: "the mayor" named before, else a body or a group. */
  private titledOrBody(named: readonly Token[]): Claimant {
    // "the nonpartisan Office of Legislative Budget Analysis": the body's name without the words describing it.
    let e = 1;
    while (named[0].lower === 'the' && e < named.length - 1 && !named[e].cap && BODY_EPITHETS.has(named[e].lower)) e++;
    const bare = e > 1 && named[e].cap ? named.slice(e) : null;
    const phrase = bare === null ? named : [named[0], ...bare];
    // "The council's Audit and Governance Committee": a body with a name of its own is known by it, not by whose it is.
    const owned = phrase.length > 4 && phrase[0].lower === 'the' && !phrase[1].cap && isPossessive(phrase[2]) && phrase.slice(3).every((t) => t.cap || t.lower === 'and' || t.lower === 'of' || t.lower === 'for') && isOrgWord(phrase[phrase.length - 1].lower);
    const tokens = owned ? phrase.slice(3) : phrase;
    const written = textOf(bare ?? tokens, this.body).replace(/^The\s/, 'the ');
    let name = owned || bare !== null ? `the ${written}` : withDepartmentArticle(written);
    // "Treasury figures", "A Home Office spokesperson": a department by its name, which no lookup of a body by its kind may take.
    const department = name !== written && !owned && bare === null ? (this.bodyNamed(name) ?? this.remember({ name, parts: [name], role: null, gender: null, kind: 'ORGANISATION', seen: 0 })) : null;
    if (department !== null) {
      department.seen = ++this.clock;
      return { name: department.name, role: null, kind: 'ORGANISATION' };
    }
    const head = tokens[tokens.length - 1].lower;
    // "A source close to the player said …": one unnamed person, whom "he", "she" and "the same source" may mean later.
    const described = describedPerson(tokens);
    if (described !== null) {
      // "One mother, who asked not to be named": the clause says why no name is given, and is no part of the description.
      const who = relativeClauseAt(tokens);
      const description = who > 1 && tokens[who - 1].text === ',' ? textOf(tokens.slice(0, who - 1), this.body) : name;
      const e = this.remember({ name: description.replace(/^(A|An|One)\s/, (w) => w.toLowerCase()), parts: [], role: null, gender: guessGender([], lowersOf(tokens)), kind: 'PERSON', seen: 0, described });
      return { name: e.name, role: null, kind: 'PERSON' };
    }
    if (tokens[0].lower === 'the' && tokens.length <= 3) {
      const again = this.spokespersonAgain(tokens);
      if (again !== null) return again;
      const earlier = latestDescribed(this.entities, head);
      if (earlier !== undefined) {
        earlier.seen = ++this.clock;
        return { name: earlier.name, role: null, kind: 'PERSON' };
      }
      const document = this.knownDocument(tokens, head);
      if (document !== null) return document;
    }
    // "The survey of 2,104 private renters found that:" after "a survey published by Shelterwise": the same survey's maker.
    if (tokens[0].lower === 'the' && tokens.length > 3 && DATA_NOUNS.has(tokens[1].lower) && tokens[2].pos === 'ADP') {
      const maker = this.documents.get(tokens[1].lower);
      if (maker !== undefined) return maker;
    }
    // "the mayor", "the deputy minister": the person last named with that title, else an unnamed one.
    if (PERSON_TITLES.has(head) && (tokens[0].lower === 'the' || tokens.length === 1) && tokens.length <= 4) {
      const others = tokens.slice(0, -1).filter((t) => PERSON_TITLES.has(t.lower)).map((t) => t.lower);
      const titled = lastWithTitle(this.entities, head, others);
      if (titled !== null) {
        titled.seen = ++this.clock;
        return { name: titled.name, role: titled.role, kind: 'PERSON' };
      }
      return { name, role: null, kind: 'PERSON' };
    }
    // "the epidemiologist" after "Dr Anna Reyes, an epidemiologist at Leeds University": the person whose role that noun heads.
    if (tokens[0].lower === 'the' && tokens.length <= 4 && !isOrgWord(head) && !COMPANY_NOUNS.has(head)) {
      const titled = lastWithRoleHead(this.entities, head);
      if (titled !== null) {
        titled.seen = ++this.clock;
        return { name: titled.name, role: titled.role, kind: 'PERSON' };
      }
    }
    // "The owner of Stenbury Town", "the manager of the shop": one unnamed person, described by what they are
    // of a body (not the body, whose kind words "the club" would then match); "the owner" later is them.
    if (tokens.length > 3 && tokens[0].lower === 'the' && PERSON_NOUNS.has(tokens[1].lower) && (tokens[2].lower === 'of' || tokens[2].lower === 'at')) {
      const e = this.remember({ name, parts: [], role: null, gender: guessGender([], lowersOf(tokens)), kind: 'PERSON', seen: 0, described: tokens[1].lower });
      return { name: e.name, role: null, kind: 'PERSON' };
    }
    // No name: an organisation or an unnamed group ("the President's Office", "officials").
    // A common noun capitalised only because it starts the sentence goes back to lower case.
    // So does an adjective that opens a group ("Opposition councillors", "Local residents"), whatever wink-nlp tags it.
    if (tokens[0].start === this.sentenceStart && (GROUP_NOUNS.has(tokens[0].lower) || (GROUP_MODIFIERS.has(tokens[0].lower) && tokens.length > 1) || (tokens.length === 2 && GROUP_NOUNS.has(head) && this.writtenLower(tokens[0])))) {
      // (Not in capitals: "AIDES" gives nothing to lower, and "aIDES" would be no word.)
      if (tokens[0].text !== tokens[0].text.toUpperCase()) name = name[0].toLowerCase() + name.slice(1);
    }
    // ("Environment Agency figures" after "the Environment Agency has said": the same body, its article or not.)
    const known = this.bodyNamed(name) ?? earlierOrganisation(this.entities, name) ?? byInitials(this.entities, name) ?? byFirstWord(this.entities, name) ?? describedCompany(this.entities, name, this.sentenceClock) ?? this.bodyJustNamed(name);
    const org = known ?? this.remember({ name, parts: [name], role: null, gender: null, kind: 'ORGANISATION', seen: 0 });
    // A body of that kind first spoken of here (no earlier one answered to the phrase).
    if (known === null) this.awaitName(org);
    org.seen = ++this.clock;
    if (org.mentioned === true) org.mentioned = false;
    return { name: org.name, role: null, kind: 'ORGANISATION' };
  }

  /**
   * "one woman, who gave only her first name, Marta": an unnamed person described, then named after a
   * relative clause, is known by that name (one or two capitalised words closing the phrase).
   */
  private namedAfterDescription(tokens: readonly Token[]): Claimant | null {
    const who = relativeClauseAt(tokens);
    const comma = tokens.map((t) => t.text).lastIndexOf(',');
    const described = tokens.slice(0, who - 1);
    const indefinite = described.length >= 2 && ['a', 'an', 'one'].includes(described[0].lower) && PERSON_NOUNS.has(described[described.length - 1].lower);
    if (who < 0 || comma <= who || !indefinite) return null;
    const name = tokens.slice(comma + 1);
    if (name.length === 0 || name.length > 2 || !name.every((t) => t.cap && t.pos === 'PROPN')) return null;
    const parts = name.map((t) => t.text);
    const e = findByParts(this.entities, parts) ?? this.remember({ name: parts.join(' '), parts, role: null, gender: guessGender(parts, lowersOf(tokens)), kind: 'PERSON', seen: 0 });
    return { name: e.name, role: e.role, kind: 'PERSON' };
  }

  /** The body a speaking group is at, by its name (not "the finance ministry": only a name all in capitals). */
  private noteGroupsBody(tokens: readonly Token[]): void {
    const name = tokens[0]?.lower === 'the' ? tokens.slice(1) : tokens;
    if (name.length === 0 || !name.every((t) => t.cap)) return;
    const text = textOf(name, this.body);
    if (earlierOrganisation(this.entities, text) !== null) return;
    const e = this.remember({ name: text, parts: [text], role: null, gender: null, kind: 'ORGANISATION', seen: 0 });
    if (e.mentioned === true) e.mentioned = false;
  }

  /** "Housing campaigners": a capital that only the sentence's start gives, the article writing the word in lower case elsewhere. */
  private writtenLower(t: Token): boolean {
    if (isAcronym(t)) return false;
    for (let at = this.body.indexOf(t.lower, t.end); at >= 0; at = this.body.indexOf(t.lower, at + 1)) {
      if (!isLetter(this.body.charCodeAt(at - 1)) && !isLetter(this.body.charCodeAt(at + t.lower.length))) return true;
    }
    return false;
  }

  /**
   * "The operator said …" after "Great Western Railway has cancelled …", "…, the force said." after
   * "…, Devon and Cornwall Police said.": a definite description that no body was introduced with is
   * the named body the story was just about (in this paragraph or the one before). Not a body of
   * another kind: "the union" after "Acme said" is another body.
   */
  private bodyJustNamed(name: string): Entity | null {
    const m = /^the (\p{L}+)$/u.exec(name);
    const body = this.recentBody();
    if (m === null || body === undefined) return null;
    const noun = m[1].toLowerCase();
    const alias = BODY_ALIASES.get(noun);
    // Not people ("the authors", "the spokeswoman"), nor a body of another kind ("the union", "the regulator");
    // "the operator" only a business that runs a service ("Great Western Railway"), not "the Met Office".
    const other = /[^s]s$/.test(noun) || isOrgWord(noun) || GROUP_NOUNS.has(noun) || PERSON_TITLES.has(noun) || PERSON_NOUNS.has(noun) || ROLE_WORDS.has(noun);
    let business = false;
    for (const w of body.words ?? []) business ||= BODY_NAME_WORDS.has(w);
    const kind = COMPANY_NOUNS.has(noun) ? noun === 'operator' && business : !other;
    if (alias !== undefined ? !alias.some((w) => body.words?.has(w) === true) : !kind) return null;
    body.seen = ++this.clock;
    return body;
  }

  /**
   * "her organisation", "his ministry": the body named in the role of the
   * person the pronoun stands for ("head of the Consumer Energy Council");
   * null when the role names none.
   */
  private employerOf(tokens: readonly Token[]): Claimant | null {
    const gender = tokens.length === 2 ? POSSESSIVE_PRONOUNS.get(tokens[0].lower) : undefined;
    if (gender === undefined || !(ORG_WORDS.has(tokens[1].lower) || COMPANY_NOUNS.has(tokens[1].lower))) return null;
    const person = this.resolvePronoun(gender);
    const body = person?.kind === 'PERSON' ? /\b(?:of|at|for) ((?:the )?\p{Lu}.*)$/u.exec(person.role ?? '') : null;
    if (!body) return null;
    const org = this.remember({ name: body[1], parts: [body[1]], role: null, gender: null, kind: 'ORGANISATION', seen: 0 });
    return { name: org.name, role: null, kind: 'ORGANISATION' };
  }


  /** Find or create the person named in a speaker phrase; null when it names none. */
  private personIn(phrase: readonly Token[], create: boolean): Entity | null {
    // A relative clause describes the speaker but names other things ("who runs a bakery on Pilies Street").
    const who = relativeClauseAt(phrase);
    const tokens = who > 0 ? phrase.slice(0, who) : phrase;
    // "Analysts at Kessler Brothers", "Economists at Smith Barney": a group of people at a body is a group,
    // however much the body's name looks like a person's.
    if (groupAtBody(tokens)) return null;
    // "The Association of Local Accommodation Owners": no person's name inside a body's.
    const bodies = orgMentions(tokens).map((m) => bodyBeforeName(tokens, m));
    const runs = bodies.length === 0 ? nameRuns(tokens) : nameRuns(tokens).filter((r) => !bodies.some((b) => r.from >= b.from && r.to <= b.to));
    // Prefer a full name (two parts or more): in the first comma-separated part
    // that has one ("Jane Doe, head of Acme Group", "The ministry's spokeswoman,
    // Jane Doe"), the last in that part ("Deputy Minister Renus Pleshkis").
    let run: NameRun | undefined;
    for (const r of runs) if (r.to - r.from >= 2 && (run === undefined || commasBefore(tokens, r.from) === commasBefore(tokens, run.from))) run = r;
    let single: Entity | null = null;
    if (run === undefined) {
      for (const r of runs) {
        const found = findByParts(this.entities, [tokens[r.from].text]);
        if (found !== null) {
          single = found;
          run = r;
        }
      }
      if (run === undefined && runs.length > 0) {
        // One unknown capitalised word: a surname after a title ("Minister Pleshkis"), else not a person.
        // The first after an honorific: "Mr Hughes, 54, from Leeds" names a town after the person.
        // (A role word may be part of a body's name, "the Office for Health Improvement": only the last run counts after one.)
        const r = runs[runs.length - 1];
        const before = r.from > 0 ? tokens[r.from - 1] : undefined;
        const honoured = runs.find((x) => x.from > 0 && HONORIFICS.has(tokens[x.from - 1].lower));
        if (honoured !== undefined) run = honoured;
        else if (before !== undefined && titlesName(before)) run = r;
        // "Tanaka said" after "Councilmembers Rick Tanaka and Joan Pruitt voted …": the surname of a full name seen before.
        // (The phrase is the surname alone: "Ireland" in "the Simon Communities of Ireland" is no "Morning Ireland".)
        else if (tokens.length === 1 && this.fullNames.has(tokens[0].text)) run = r;
        // "Browning, the mayor", "Smith, who led the campaign", "The mayor, Browning": one name described as a person.
        else {
          for (const one of [runs[0], r]) if (run === undefined && one.to - one.from === 1 && nameAppositive(phrase, one.from, false)?.kind === 'PERSON') run = one;
          // "Pérez, 63, said": an age in apposition is a person's.
          if (run === undefined && runs.length === 1 && tokens[r.to]?.text === ',' && tokens[r.to + 1]?.pos === 'NUM' && /^\d{1,3}$/.test(tokens[r.to + 1].text)) run = r;
        }
      }
    }
    if (run === undefined) return null;
    let parts = textsOf(tokens, run.from, run.to);
    const existing = single ?? findByParts(this.entities, parts);
    if (existing === null && parts.length === 1) parts = this.fullNames.get(parts[0]) ?? parts;
    // The role is read only when it will be kept: most speakers are known by now, with their role.
    if (existing !== null) {
      existing.seen = ++this.clock;
      if (existing.role === null) existing.role = cleanRole(roleText(tokens, run, this.body));
      if (existing.gender === null) existing.gender = guessGender(existing.parts, lowersOf(tokens));
      return existing;
    }
    if (!create) return null;
    return this.remember({ name: parts.join(' '), parts, role: cleanRole(roleText(tokens, run, this.body)), gender: guessGender(parts, lowersOf(tokens)), kind: 'PERSON', seen: 0 });
  }
}
