import { FEMALE_NAMES, guessGender, MALE_NAMES } from './gender';
import * as lexicon from './lexicon';
import { appositiveRole, cleanRole, copularRole, HONORIFICS, isAcronym, isOrgWord, nameAppositive, nameRuns, orgHead, orgMentions, textOf, type NameRun } from './names';
import type { Token } from './sentences';
import { DiscourseMemory, type Claimant } from './discourse-memory';
import { lowersOf, roleText, textsOf, titleBefore } from './role-text';
import { describedCompany, earlierOrganisation, findByParts, lastWithRoleHead, lastWithTitle, latestDescribed, latestPerson, type Entity } from './entities';
import { bodyName, commasBefore, dataOwner, dataSource, describedPerson, documentMaker, groupSubject, isFirstPerson, relativeClauseAt } from './speaker-phrases';

// Local copies of the word lists, read on every token (see lexicon.ts).
const { ANSWER_LABELS, COMPANY_NOUNS, DATA_NOUNS, GROUP_MODIFIERS, GROUP_NOUNS, ORG_WORDS, PERSON_NOUNS, PERSON_TITLES, PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS, QUESTION_LABELS, ROLE_WORDS } = lexicon;


/** The speaker is the writer ("I said", "we reported"): the publisher, or the quote's speaker inside a quote. */
export const SELF = 'self';

export type { Claimant, ClaimantKind } from './discourse-memory';

/**
 * Who said what: people and bodies named so far in the article, and how the
 * current sentence's speaker phrase maps onto them.
 */
export class Discourse extends DiscourseMemory {
  /** Start offset of the sentence being read (set by the caller through `startSentence`). */
  private sentenceStart = -1;
  /** Who answers in a Q&A interview: fixed at the first "A:" (null when nobody was named before it). */
  private interviewee: Entity | null | undefined;
  /** Who made the report, study or figures named so far, by its noun: "the report" speaks for them. */
  private readonly documents = new Map<string, Claimant>();
  /** Lower-case names of bodies already noted from a mention in passing. */
  private readonly namedInPassing = new Set<string>();

  /** Tell the discourse which sentence comes next (some rules look at sentence-initial capitals). */
  startSentence(start: number): void {
    this.sentenceStart = start;
  }

  constructor(private readonly body: string) {
    super();
  }

  /**
   * Resolve a speaker phrase (already known to be a noun phrase) to a claimant;
   * SELF for "I"/"we"; a claimant with a null name for a pronoun with nobody to refer to.
   */
  resolveSpeaker(tokens: readonly Token[]): Claimant | typeof SELF {
    if (tokens.length === 1) {
      const pronoun = PERSONAL_PRONOUNS.get(tokens[0].lower);
      if (pronoun !== undefined) return this.resolvePronoun(pronoun) ?? { name: null, role: null, kind: pronoun === 'N' || pronoun === 'P' ? 'ORGANISATION' : 'PERSON' };
    }
    if (isFirstPerson(tokens)) return SELF;
    const employer = this.employerOf(tokens);
    if (employer !== null) return employer;
    // "data released by Northbridge Constabulary on Tuesday", "a report from the ministry": the body behind the figures.
    const source = dataSource(tokens) ?? dataOwner(tokens);
    if (source !== null) return this.resolveSpeaker(source);
    const person = this.personIn(tokens, true);
    if (person !== null) return { name: person.name, role: person.role, kind: 'PERSON' };
    const body = bodyName(tokens);
    const claimant = this.titledOrBody(body);
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
    const person = this.personIn(tokens, true);
    if (person !== null) return { name: person.name, role: person.role, kind: 'PERSON' };
    // "SANDERS:": a label is a speaker, so one word in capitals is a surname.
    const name = textOf(tokens, this.body);
    if (tokens.length === 1 && !ORG_WORDS.has(tokens[0].lower)) {
      const p = findByParts(this.entities, [name]) ?? this.remember({ name, parts: [name], role: null, gender: null, kind: 'PERSON', seen: 0 });
      return { name: p.name, role: p.role, kind: 'PERSON' };
    }
    return this.titledOrBody(tokens);
  }

  /** A speaker phrase that names no person: "the mayor" named before, else a body or a group. */
  private titledOrBody(tokens: readonly Token[]): Claimant {
    let name = textOf(tokens, this.body).replace(/^The\s/, 'the ');
    const head = tokens[tokens.length - 1].lower;
    // "A source close to the player said …": one unnamed person, whom "he", "she" and "the same source" may mean later.
    const described = describedPerson(tokens);
    if (described !== null) {
      const e = this.remember({ name: name.replace(/^A(n?)\s/, 'a$1 '), parts: [], role: null, gender: guessGender([], lowersOf(tokens)), kind: 'PERSON', seen: 0, described });
      return { name: e.name, role: null, kind: 'PERSON' };
    }
    if (tokens[0].lower === 'the' && tokens.length <= 3) {
      const earlier = latestDescribed(this.entities, head);
      if (earlier !== undefined) {
        earlier.seen = ++this.clock;
        return { name: earlier.name, role: null, kind: 'PERSON' };
      }
      // "The report said …" after "The Resolution Foundation published a report": who made it.
      const maker = DATA_NOUNS.has(head) ? this.documents.get(head) : undefined;
      if (maker !== undefined) return maker;
    }
    // "the mayor", "the deputy minister": the person last named with that title, else an unnamed one.
    if (PERSON_TITLES.has(head) && (tokens[0].lower === 'the' || tokens.length === 1) && tokens.length <= 4) {
      const titled = lastWithTitle(this.entities, head);
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
    // No name: an organisation or an unnamed group ("the President's Office", "officials").
    // A common noun capitalised only because it starts the sentence goes back to lower case.
    // So does an adjective that opens a group ("Opposition councillors", "Local residents"), whatever wink-nlp tags it.
    if (tokens[0].start === this.sentenceStart && (GROUP_NOUNS.has(tokens[0].lower) || (GROUP_MODIFIERS.has(tokens[0].lower) && tokens.length > 1))) name = name[0].toLowerCase() + name.slice(1);
    const org = earlierOrganisation(this.entities, name) ?? describedCompany(this.entities, name) ?? this.remember({ name, parts: [name], role: null, gender: null, kind: 'ORGANISATION', seen: 0 });
    org.seen = ++this.clock;
    if (org.mentioned === true) org.mentioned = false;
    return { name: org.name, role: null, kind: 'ORGANISATION' };
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

  /**
   * "The researchers analysed …": a plural common-noun subject opening a sentence
   * is what a following "they" most often means.
   */
  private noteGroupSubject(tokens: readonly Token[]): void {
    const subject = groupSubject(tokens);
    if (subject === null) return;
    const head = tokens[subject.head];
    const group = (head.pos === 'NOUN' && /[^s]s$/.test(head.lower)) || GROUP_NOUNS.has(head.lower);
    const body = tokens[0].lower === 'the' && (ORG_WORDS.has(head.lower) || COMPANY_NOUNS.has(head.lower));
    if (!group && !body) return;
    let name = textOf(tokens.slice(0, subject.end), this.body).replace(/^The\s/, 'the ');
    // "Officials", "Shop owners": a common noun capitalised only by the sentence start.
    if ((tokens[0].pos === 'NOUN' || GROUP_NOUNS.has(tokens[0].lower)) && tokens[0].cap && !isAcronym(tokens[0])) name = name[0].toLowerCase() + name.slice(1);
    // "The company said …" after "Red Eléctrica said …" is the same body again.
    const known = earlierOrganisation(this.entities, name) ?? describedCompany(this.entities, name);
    // A body opening a sentence is one "it" or "they" may mean, even if it was only named in passing before.
    if (known !== null) {
      known.seen = ++this.clock;
      if (known.mentioned === true) known.mentioned = false;
      return;
    }
    const noted = this.remember({ name, parts: [name], role: null, gender: null, kind: 'ORGANISATION', seen: 0 });
    if (noted.mentioned === true) noted.mentioned = false;
  }

  /** Note the people named in a sentence, so that later pronouns and surnames can find them. */
  noteMentions(tokens: readonly Token[]): void {
    this.noteGroupSubject(tokens);
    const runs = nameRuns(tokens);
    for (const run of runs) {
      const before = run.from > 0 ? tokens[run.from - 1] : undefined;
      const parts = textsOf(tokens, run.from, run.to);
      const known = findByParts(this.entities, parts);
      if (known !== null) {
        known.seen = ++this.clock;
        if (known.role === null) known.role = this.copularRoleOf(tokens, run);
        continue;
      }
      // Only runs that look like a person: a known first name, a title before it, or a role in apposition.
      const titled = before !== undefined && (ROLE_WORDS.has(before.lower) || HONORIFICS.has(before.lower));
      if (parts.length === 1 && !titled) {
        if (!this.notePossessor(tokens, run)) this.noteDescribedName(tokens, run.from);
        continue;
      }
      const firstName = parts.length >= 2 && (MALE_NAMES.has(parts[0].toLowerCase()) || FEMALE_NAMES.has(parts[0].toLowerCase()));
      const appositive = parts.length >= 2 ? appositiveRole(tokens, run) : null;
      // "the American investor Dana Whitlock": a noun for a person just before a full name says it is one.
      const described = parts.length >= 2 && before !== undefined && !before.cap && PERSON_NOUNS.has(before.lower);
      if (!titled && !firstName && appositive === null && !described) continue;
      if (parts.length < 2 && !titled) continue;
      const role = (titled ? titleBefore(tokens, run.from, this.body) : null) ?? (appositive === null ? null : cleanRole(textOf(appositive, this.body))) ?? this.copularRoleOf(tokens, run);
      const cues = [before?.lower ?? '', ...(appositive ?? []).map((t) => t.lower)];
      this.remember({ name: parts.join(' '), parts, role, gender: guessGender(parts, cues), kind: 'PERSON', seen: 0 });
    }
    // After the people: a report's maker may be one of them, known now with their role.
    this.noteBodies(tokens);
  }

  /**
   * "Alan Pryce's farmhouse": a first name and a surname before a possessive name a person (the
   * name run stops before a possessor, which is mostly a place: "Lithuania's minister"). Was one noted?
   */
  private notePossessor(tokens: readonly Token[], run: NameRun): boolean {
    const surname = tokens[run.to];
    const s = tokens[run.to + 1];
    if (surname === undefined || !surname.cap || s === undefined || (s.lower !== "'s" && s.lower !== '’s')) return false;
    const first = tokens[run.from].lower;
    const gender = MALE_NAMES.has(first) ? 'M' : FEMALE_NAMES.has(first) ? 'F' : null;
    if (gender === null || run.to - run.from !== 1) return false;
    const parts = [tokens[run.from].text, surname.text];
    const known = findByParts(this.entities, parts);
    if (known !== null) known.seen = ++this.clock;
    else this.remember({ name: parts.join(' '), parts, role: null, gender, kind: 'PERSON', seen: 0 });
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
    for (const m of orgMentions(tokens)) {
      const name = textOf(tokens.slice(m.from, m.to), this.body).replace(/^The\s/, 'the ');
      const lower = name.toLowerCase();
      // A body is named again and again: it is looked at once.
      if (this.namedInPassing.has(lower)) continue;
      this.namedInPassing.add(lower);
      // Not "Ministry of Defence" again after "Lithuania's Ministry of Defence" opened the sentence
      // (but "the Defence Ministry" after "officials at the Defence Ministry", a group with another head).
      const head = orgHead(lower);
      if (!this.entities.some((e) => e.kind === 'ORGANISATION' && e.head === head && e.lower !== undefined && e.lower.includes(lower))) this.remember({ name, parts: [name], role: null, gender: null, kind: 'ORGANISATION', seen: 0, mentioned: true });
    }
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].pos !== 'NOUN' || !DATA_NOUNS.has(tokens[i].lower)) continue;
      const maker = documentMaker(tokens, i);
      if (maker === null) continue;
      const claimant = this.resolveSpeaker(maker);
      if (claimant !== SELF && claimant.name !== null) this.documents.set(tokens[i].lower, claimant);
    }
  }

  /** Find or create the person named in a speaker phrase; null when it names none. */
  private personIn(phrase: readonly Token[], create: boolean): Entity | null {
    // A relative clause describes the speaker but names other things ("who runs a bakery on Pilies Street").
    const who = relativeClauseAt(phrase);
    const tokens = who > 0 ? phrase.slice(0, who) : phrase;
    const runs = nameRuns(tokens);
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
        else if (before !== undefined && (HONORIFICS.has(before.lower) || ROLE_WORDS.has(before.lower))) run = r;
        // "Browning, the mayor", "Smith, who led the campaign", "The mayor, Browning": one name described as a person.
        else {
          for (const one of [runs[0], r]) if (run === undefined && one.to - one.from === 1 && nameAppositive(phrase, one.from, false)?.kind === 'PERSON') run = one;
        }
      }
    }
    if (run === undefined) return null;
    const parts = textsOf(tokens, run.from, run.to);
    const existing = single ?? findByParts(this.entities, parts);
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
