// Reading an article's mentions into the discourse's memory: the people, bodies and documents each
// sentence names, so that later speaker phrases ("he", "the company", "the report", "Pérez") find them.
// The Discourse (claimant.ts) adds the resolution of speaker phrases on top.
import * as gender from './gender';
import * as lexicon from './lexicon';
import * as bodyNames from './body-names';
import * as names from './names';
import type { NameRun } from './names';
import type { Token } from './sentences';
import { DiscourseMemory, type Claimant } from './discourse-memory';
import * as roleTexts from './role-text';
import * as known from './entities';
import type { Entity } from './entities';
import * as phrases from './speaker-phrases';

// Local copies of the readers called for every sentence (see claimant.ts: tsx's import getters).
const { FEMALE_NAMES, guessGender, MALE_NAMES } = gender;
const { appositiveRole, cleanRole, titlesName, copularRole, isAcronym, nameAppositive, nameRuns, textOf } = names;
const { businessMentions, kindedNameMentions, namesBody, orgHead, orgMentions } = bodyNames;
const { lowersOf, textsOf, titleBefore } = roleTexts;
const { describedCompany, earlierOrganisation, findByParts, isPublicBody } = known;
const { documentMaker, groupSubject } = phrases;
const { COMPANY_NOUNS, DATA_NOUNS, FILED_NOUNS, GROUP_NOUNS, ORG_WORDS, PERSON_NOUNS, ROLE_WORDS } = lexicon;

/** The speaker is the writer ("I said", "we reported"): the publisher, or the quote's speaker inside a quote. */
export const SELF = 'self';

// "in a report", "in its report": the determiners of a document someone speaks in.
const IN_DOCUMENT = new Set(['a', 'an', 'its', 'their', 'his', 'her']);

/** Are tokens[0, end) all capitalised? */
function allCapitalised(tokens: readonly Token[], end: number): boolean {
  for (let k = 0; k < end; k++) if (!tokens[k].cap) return false;
  return true;
}

/** The people, bodies and documents an article has named so far, noted sentence by sentence. */
export abstract class MentionReader extends DiscourseMemory {
  /** Start offset of the sentence being read (set by the caller through `startSentence`). */
  protected sentenceStart = -1;
  /** Who made the report, study or figures named so far, by its noun: "the report" speaks for them. */
  protected readonly documents = new Map<string, Claimant>();
  /** Lower-case names of bodies already noted from a mention in passing. */
  private readonly namedInPassing = new Set<string>();
  /** Short names given in brackets after a body's name ("the National Institute for … (Nice)"), lower case: the body. */
  protected readonly shortNames = new Map<string, Entity>();

  /** The clock when the sentence being read began: what was named in it was seen after. */
  protected sentenceClock = 0;
  /** The one named body the sentence before named or spoke of (none when it named two), and its paragraph. */
  protected bodyBefore: { entity: Entity; paragraph: number } | undefined;

  /** Full names seen in passing ("When Antonio Pérez dug his first well"), by their last part: whom a later "Pérez, 63," is. */
  protected readonly fullNames = new Map<string, string[]>();

  constructor(protected readonly body: string) {
    super();
  }

  /** The bodies the sentence's statement names, known or new, by where they stand in it (see `noteNamedBodies`). */
  private namedNow: { entity: Entity; at: number }[] = [];

  /**
   * The body the sentence names first, if its statement was read before its speaker: what its "its annual report" is
   * most likely of ("Wexham Borough Council has set aside £1m, according to its capital programme"). `business`: the
   * first that is no public body (who files an application: "Harlan Estates has asked the city …").
   */
  protected sentenceBody(business = false): Entity | null {
    let first: { entity: Entity; at: number } | null = null;
    for (const n of this.namedNow) if ((!business || !isPublicBody(n.entity)) && (first === null || n.at < first.at)) first = n;
    return first?.entity ?? null;
  }

  /** Tell the discourse which sentence comes next (some rules look at sentence-initial capitals), and its paragraph. */
  startSentence(start: number, paragraph: number): void {
    this.sentenceClock = this.clock;
    this.namedNow = [];
    this.sentenceNo++;
    this.sentenceStart = start;
    this.paragraph = paragraph;
  }

  /**
   * "The committee had warned in a report last month that …": a report the speaker spoke in is
   * theirs, and "the report" later speaks for them.
   */
  noteDocumentOf(claimant: Claimant, tokens: readonly Token[]): void {
    if (claimant.name === null) return;
    for (let i = 2; i < tokens.length; i++) {
      if (!DATA_NOUNS.has(tokens[i].lower) && !FILED_NOUNS.has(tokens[i].lower)) continue;
      // "in a report", "in its inquiry report", "said in a statement": one word of description may come between.
      const det = IN_DOCUMENT.has(tokens[i - 1].lower) ? i - 1 : i - 2;
      if (det < 1 || tokens[det - 1].lower !== 'in' || !IN_DOCUMENT.has(tokens[det].lower) || (det === i - 2 && tokens[i - 1].pos !== 'NOUN' && tokens[i - 1].pos !== 'ADJ')) continue;
      if (!this.documents.has(tokens[i].lower)) this.documents.set(tokens[i].lower, claimant);
    }
  }

  /** A report's maker ("a survey published by Shelterwise") is read as a speaker phrase is. */
  abstract resolveSpeaker(tokens: readonly Token[]): Claimant | typeof SELF;

  /**
   * "The researchers analysed …": a plural common-noun subject opening a sentence
   * is what a following "they" most often means.
   */
  private noteGroupSubject(tokens: readonly Token[]): void {
    // "The authority's own documents …": the body named before is what the sentence is about.
    if (tokens.length > 3 && tokens[0].lower === 'the' && tokens[1].pos === 'NOUN' && (tokens[2].lower === "'s" || tokens[2].lower === '’s')) {
      const known = earlierOrganisation(this.entities, `the ${tokens[1].lower}`);
      if (known !== null) {
        known.seen = ++this.clock;
        this.noteBody(known);
      }
      return;
    }
    const subject = groupSubject(tokens);
    if (subject === null) return;
    const head = tokens[subject.head];
    const group = (head.pos === 'NOUN' && /[^s]s$/.test(head.lower)) || GROUP_NOUNS.has(head.lower);
    // "The Vilnius city council approved …", "Porto city council voted …": a body by its kind, after "the" or a place.
    const body = (tokens[0].lower === 'the' || (tokens[0].pos === 'PROPN' && subject.head > 0)) && (ORG_WORDS.has(head.lower) || COMPANY_NOUNS.has(head.lower));
    // "Great Western Railway has cancelled …": a business's or a body's name as the subject.
    const named = !group && !body && tokens[0].cap && allCapitalised(tokens, subject.end) && namesBody(tokens, subject.end);
    if (!group && !body && !named) return;
    let name = textOf(tokens.slice(0, subject.end), this.body).replace(/^The\s/, 'the ');
    // "Officials", "Shop owners": a common noun capitalised only by the sentence start.
    if ((tokens[0].pos === 'NOUN' || GROUP_NOUNS.has(tokens[0].lower)) && tokens[0].cap && !isAcronym(tokens[0])) name = name[0].toLowerCase() + name.slice(1);
    // "The company said …" after "Red Eléctrica said …" is the same body again.
    const known = earlierOrganisation(this.entities, name) ?? describedCompany(this.entities, name);
    // A body opening a sentence is one "it" or "they" may mean, even if it was only named in passing before.
    if (known !== null) {
      known.seen = ++this.clock;
      if (known.mentioned === true) known.mentioned = false;
      this.noteBody(known);
      return;
    }
    const noted = this.remember({ name, parts: [name], role: null, gender: null, kind: 'ORGANISATION', seen: 0 });
    if (noted.mentioned === true) noted.mentioned = false;
    this.noteBody(noted);
  }

  /** "the National Institute for Health and Care Excellence (Nice)": "Nice" later is that body. */
  private noteShortName(tokens: readonly Token[], at: number, lower: string): void {
    if (tokens[at]?.text !== '(' || tokens[at + 2]?.text !== ')' || tokens[at + 1].cap !== true) return;
    const body = this.bodyNamed(lower);
    if (body !== undefined && !this.shortNames.has(tokens[at + 1].lower)) this.shortNames.set(tokens[at + 1].lower, body);
  }

  /** A body named in the sentence at `at` (its name in lower case, as noted, with or without its article). */
  private nameNow(lower: string, at: number): void {
    const e = this.bodyNamed(lower);
    if (e !== undefined && e.proper === true && !this.namedNow.some((n) => n.entity === e)) this.namedNow.push({ entity: e, at });
  }

  /** Note the people named in a sentence, so that later pronouns and surnames can find them. */
  noteMentions(tokens: readonly Token[]): void {
    this.noteGroupSubject(tokens);
    const runs = nameRuns(tokens);
    for (const run of runs) {
      const before = run.from > 0 ? tokens[run.from - 1] : undefined;
      // "A National Grid spokesperson", "Ofgem chief executive Jonathan Brearley": a name before a title or a
      // noun for a person says whose they are, and is nobody's name.
      const after = tokens[run.to];
      if (after !== undefined && !after.cap && (ROLE_WORDS.has(after.lower) || PERSON_NOUNS.has(after.lower))) continue;
      const parts = textsOf(tokens, run.from, run.to);
      const known = findByParts(this.entities, parts);
      if (known !== null) {
        known.seen = ++this.clock;
        if (known.role === null) known.role = this.copularRoleOf(tokens, run);
        continue;
      }
      // Only runs that look like a person: a known first name, a title before it, or a role in apposition.
      const titled = before !== undefined && titlesName(before);
      // "Mayor Denise Farraday's proposed budget": a title, a first name and a possessor's surname are one person.
      if (parts.length === 1 && titled && this.notePossessor(tokens, run, true)) continue;
      if (parts.length === 1 && !titled) {
        if (!this.notePossessor(tokens, run, false)) this.noteDescribedName(tokens, run.from);
        continue;
      }
      const firstName = parts.length >= 2 && (MALE_NAMES.has(parts[0].toLowerCase()) || FEMALE_NAMES.has(parts[0].toLowerCase()));
      const appositive = parts.length >= 2 ? appositiveRole(tokens, run) : null;
      // "the American investor Dana Whitlock": a noun for a person just before a full name says it is one.
      const described = parts.length >= 2 && before !== undefined && !before.cap && PERSON_NOUNS.has(before.lower);
      if (!titled && !firstName && appositive === null && !described) {
        // Not known to be a person yet: a later "Pérez, 63," may say it is.
        if (parts.length >= 2) this.fullNames.set(parts[parts.length - 1], parts);
        continue;
      }
      if (parts.length < 2 && !titled) continue;
      const role = (titled ? titleBefore(tokens, run.from, this.body) : null) ?? (appositive === null ? null : cleanRole(textOf(appositive, this.body))) ?? this.copularRoleOf(tokens, run);
      const cues = [before?.lower ?? '', ...(appositive ?? []).map((t) => t.lower)];
      this.remember({ name: parts.join(' '), parts, role, gender: guessGender(parts, cues), kind: 'PERSON', seen: 0 });
    }
    // After the people: a report's maker may be one of them, known now with their role.
    this.noteBodies(tokens);
    // A spokesperson in the next sentence speaks for the body this one named, if it named only one.
    // (A body named again is not looked at again, so its name is matched here.)
    const again = new Set(orgMentions(tokens).map((m) => textOf(tokens.slice(m.from, m.to), this.body).replace(/^The\s/, 'the ').toLowerCase()));
    const named = this.entities.filter((e) => e.kind === 'ORGANISATION' && e.proper === true && (e.seen > this.sentenceClock || again.has(e.lower ?? '')));
    this.bodyBefore = named.length === 1 ? { entity: named[0], paragraph: this.paragraph } : undefined;
  }

  /**
   * "Alan Pryce's farmhouse": a first name and a surname before a possessive name a person (the
   * name run stops before a possessor, which is mostly a place: "Lithuania's minister"). Was one noted?
   */
  private notePossessor(tokens: readonly Token[], run: NameRun, titled: boolean): boolean {
    const surname = tokens[run.to];
    const s = tokens[run.to + 1];
    if (surname === undefined || !surname.cap || s === undefined || (s.lower !== "'s" && s.lower !== '’s')) return false;
    const first = tokens[run.from].lower;
    const gender = MALE_NAMES.has(first) ? 'M' : FEMALE_NAMES.has(first) ? 'F' : null;
    // A known first name, or a title before the two ("Mayor Denise Farraday's"), says they are a person's.
    if ((gender === null && !titled) || run.to - run.from !== 1) return false;
    const parts = [tokens[run.from].text, surname.text];
    const known = findByParts(this.entities, parts);
    if (known !== null) known.seen = ++this.clock;
    else this.remember({ name: parts.join(' '), parts, role: titled ? titleBefore(tokens, run.from, this.body) : null, gender, kind: 'PERSON', seen: 0 });
    return true;
  }

  private copularRoleOf(tokens: readonly Token[], run: NameRun): string | null {
    const role = copularRole(tokens, run);
    return role === null ? null : cleanRole(textOf(role, this.body));
  }

  /**
   * "Browning, the mayor, opened …", "Ofwat, the water regulator, fined …": one capitalised
   * word described in apposition is a person or a body, as the description says.
   */
  private noteDescribedName(tokens: readonly Token[], at: number): void {
    const app = nameAppositive(tokens, at, true);
    if (app === null) return;
    const name = tokens[at].text;
    if (app.kind === 'PERSON') {
      const role = app.to > app.from ? cleanRole(textOf(tokens.slice(app.from, app.to), this.body)) : null;
      this.remember({ name, parts: [name], role, gender: guessGender([name], lowersOf(tokens.slice(app.from, app.to))), kind: 'PERSON', seen: 0 });
      return;
    }
    if (this.entities.some((e) => e.kind === 'ORGANISATION' && e.lower === name.toLowerCase())) return;
    this.remember({ name, parts: [name], role: null, gender: null, kind: 'ORGANISATION', seen: 0, mentioned: true });
    this.describeBody(name, tokens.slice(app.from, app.to));
  }

  /**
   * Bodies named anywhere in the sentence, for their short forms later ("the department"), and
   * who made the reports and figures it names, for "the report" later.
   */
  private noteBodies(tokens: readonly Token[]): void {
    this.noteNamedBodies(tokens);
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].pos !== 'NOUN' || !DATA_NOUNS.has(tokens[i].lower)) continue;
      const maker = documentMaker(tokens, i);
      if (maker === null) continue;
      const claimant = this.resolveSpeaker(maker);
      if (claimant !== SELF && claimant.name !== null) this.documents.set(tokens[i].lower, claimant);
    }
  }

  /**
   * Bodies named in tokens, each once. Also called before a speaker who comes after the statement is
   * read: "Food banks in the Larder Network gave out …, according to figures published by the network".
   */
  noteNamedBodies(tokens: readonly Token[]): void {
    for (const m of orgMentions(tokens)) {
      const name = textOf(tokens.slice(m.from, m.to), this.body).replace(/^The\s/, 'the ');
      const lower = name.toLowerCase();
      // A body is named again and again: it is looked at once.
      if (this.namedInPassing.has(lower)) {
        this.nameNow(lower, tokens[m.from].start);
        continue;
      }
      this.namedInPassing.add(lower);
      // Not "Ministry of Defence" again after "Lithuania's Ministry of Defence" opened the sentence
      // (but "the Defence Ministry" after "officials at the Defence Ministry", a group with another head).
      const head = orgHead(lower);
      if (!this.entities.some((e) => e.kind === 'ORGANISATION' && e.head === head && e.lower !== undefined && e.lower.includes(lower))) this.remember({ name, parts: [name], role: null, gender: null, kind: 'ORGANISATION', seen: 0, mentioned: true });
      this.nameNow(lower, tokens[m.from].start);
      this.noteShortName(tokens, m.to, lower);
    }
    // "Shares in Brantley Foods fell": a business named in passing, which "the company" may mean later.
    for (const m of businessMentions(tokens)) {
      const name = textOf(tokens.slice(m.from, m.to), this.body);
      const lower = name.toLowerCase();
      if (!this.namedInPassing.has(lower)) {
        this.namedInPassing.add(lower);
        if (!this.entities.some((e) => e.lower === lower)) this.remember({ name, parts: [name], role: null, gender: null, kind: 'ORGANISATION', seen: 0, mentioned: true });
      }
      this.nameNow(lower, tokens[m.from].start);
    }
    // "The homewares retailer Hartley & Lowe is to close …": a body named with its kind, which "the retailer" and
    // "the group" may mean later; as the sentence's subject it is what the sentence is about, no mention in passing.
    for (const m of kindedNameMentions(tokens)) {
      const name = textOf(tokens.slice(m.from, m.to), this.body);
      const lower = name.toLowerCase();
      // Not again, nor the start of a body already known by a longer name ("Access" of "Access Ahead").
      if (this.entities.some((e) => e.lower === lower || e.lower?.startsWith(`${lower} `) === true)) {
        this.nameNow(lower, tokens[m.from].start);
        continue;
      }
      this.remember({ name, parts: [name], role: null, gender: null, kind: 'ORGANISATION', seen: 0, mentioned: m.kind > 1 });
      this.nameNow(lower, tokens[m.from].start);
      this.describeBody(name, tokens.slice(m.kind, m.from));
    }
  }
}
