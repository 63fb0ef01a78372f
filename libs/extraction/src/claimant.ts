import { FEMALE_NAMES, guessGender, MALE_NAMES, type Gender } from './gender';
import { ANSWER_LABELS, COMPANY_NOUNS, GENERIC_BODY_NOUNS, GROUP_NOUNS, JOURNALIST_WORDS, ORG_WORDS, PERSON_TITLES, PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS, QUESTION_LABELS, ROLE_WORDS } from './lexicon';
import { appositiveRole, cleanRole, GENERIC_OF, HONORIFICS, isAcronym, isCapitalised, isPlural, isRoleWord, nameRuns, orgHead, textOf, type NameRun } from './names';
import type { Token } from './sentences';
import { bodyName, commasBefore, dataOwner, dataSource, describedPerson, groupSubject, isFirstPerson, relativeClauseAt } from './speaker-phrases';

export type ClaimantKind = 'PERSON' | 'ORGANISATION' | 'PUBLISHER';

/** The speaker is the writer ("I said", "we reported"): the publisher, or the quote's speaker inside a quote. */
export const SELF = 'self';

export interface Claimant {
  name: string | null;
  role: string | null;
  kind: ClaimantKind;
}

interface Entity {
  name: string;
  /** name.toLowerCase(), kept to compare without allocating. */
  lower?: string;
  /** Name parts, for "Pleshkis" → "Renus Pleshkis". */
  parts: string[];
  role: string | null;
  gender: Gender;
  kind: 'PERSON' | 'ORGANISATION';
  /** Order of the latest mention; higher is more recent. */
  seen: number;
  /** For organisations: head noun and lower-case words, for matching short forms. */
  head?: string;
  words?: ReadonlySet<string>;
  /** For organisations: contains a capitalised (proper) name. */
  proper?: boolean;
  /** For a person known only by a description ("a source close to the player"): its head noun. */
  described?: string;
}

/**
 * Who said what: people and bodies named so far in the article, and how the
 * current sentence's speaker phrase maps onto them.
 */
export class Discourse {
  private readonly entities: Entity[] = [];
  private clock = 0;
  /** Start offset of the sentence being read (set by the caller through `startSentence`). */
  private sentenceStart = -1;
  /** Who answers in a Q&A interview: fixed at the first "A:" (null when nobody was named before it). */
  private interviewee: Entity | null | undefined;

  /** Tell the discourse which sentence comes next (some rules look at sentence-initial capitals). */
  startSentence(start: number): void {
    this.sentenceStart = start;
  }

  constructor(private readonly body: string) {}

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
    return this.titledOrBody(bodyName(tokens));
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
      this.interviewee ??= this.latestPerson() ?? null;
      return this.interviewee === null ? { name: null, role: null, kind: 'PERSON' } : { name: this.interviewee.name, role: this.interviewee.role, kind: 'PERSON' };
    }
    const person = this.personIn(tokens, true);
    if (person !== null) return { name: person.name, role: person.role, kind: 'PERSON' };
    // "SANDERS:": a label is a speaker, so one word in capitals is a surname.
    const name = textOf(tokens, this.body);
    if (tokens.length === 1 && !ORG_WORDS.has(tokens[0].lower)) {
      const p = this.findByParts([name]) ?? this.remember({ name, parts: [name], role: null, gender: null, kind: 'PERSON', seen: 0 });
      return { name: p.name, role: p.role, kind: 'PERSON' };
    }
    return this.titledOrBody(tokens);
  }

  /** "the same source", "the farmer": the person last described with that noun. */
  private latestDescribed(head: string): Entity | undefined {
    let best: Entity | undefined;
    for (const e of this.entities) if (e.described === head && (best === undefined || e.seen > best.seen)) best = e;
    return best;
  }

  /** The person named last, not counting a journalist ("spoke to health correspondent Hannah Oduya"): who answers an interview. */
  private latestPerson(): Entity | undefined {
    let best: Entity | undefined;
    for (const e of this.entities) if (e.kind === 'PERSON' && !isJournalist(e) && (best === undefined || e.seen > best.seen)) best = e;
    return best;
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
      const earlier = this.latestDescribed(head);
      if (earlier !== undefined) {
        earlier.seen = ++this.clock;
        return { name: earlier.name, role: null, kind: 'PERSON' };
      }
    }
    // "the mayor", "the deputy minister": the person last named with that title, else an unnamed one.
    if (PERSON_TITLES.has(head) && (tokens[0].lower === 'the' || tokens.length === 1) && tokens.length <= 4) {
      const titled = this.lastWithTitle(head);
      if (titled !== null) {
        titled.seen = ++this.clock;
        return { name: titled.name, role: titled.role, kind: 'PERSON' };
      }
      return { name, role: null, kind: 'PERSON' };
    }
    // No name: an organisation or an unnamed group ("the President's Office", "officials").
    // A common noun capitalised only because it starts the sentence goes back to lower case.
    if (tokens[0].start === this.sentenceStart && GROUP_NOUNS.has(tokens[0].lower)) name = name[0].toLowerCase() + name.slice(1);
    const org = this.earlierOrganisation(name) ?? this.describedCompany(name) ?? this.remember({ name, parts: [name], role: null, gender: null, kind: 'ORGANISATION', seen: 0 });
    org.seen = ++this.clock;
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
   * "the bureau" after "the Central Statistical Bureau", "the finance ministry"
   * after "the Ministry of Finance": a definite short form with the same head
   * noun, all of whose words are in the name given earlier.
   */
  private earlierOrganisation(name: string): Entity | null {
    if (!name.startsWith('the ')) return null;
    const m = /^the ((?:\p{L}+\s)?\p{L}+)$/u.exec(name);
    if (m === null) return null;
    const words = m[1].toLowerCase().split(' ');
    const head = orgHead(name);
    const lower = name.toLowerCase();
    let best: Entity | null = null;
    for (const e of this.entities) {
      if (e.kind !== 'ORGANISATION' || e.head !== head || e.lower === lower) continue;
      if (words.every((w) => e.words?.has(w) === true) && (best === null || e.seen > best.seen)) best = e;
    }
    return best;
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
    const known = this.earlierOrganisation(name) ?? this.describedCompany(name);
    if (known !== null) {
      known.seen = ++this.clock;
      return;
    }
    this.remember({ name, parts: [name], role: null, gender: null, kind: 'ORGANISATION', seen: 0 });
  }

  /** "the company", "the operator": the organisation last named with a proper name. */
  private describedCompany(name: string): Entity | null {
    const m = /^the (\p{L}+)$/u.exec(name);
    if (m === null || !COMPANY_NOUNS.has(m[1].toLowerCase())) return null;
    const noun = m[1].toLowerCase();
    // "the company" is any body; "the operator" only one introduced as an operator ("the grid operator Red Eléctrica").
    const generic = GENERIC_BODY_NOUNS.has(noun);
    let best: Entity | null = null;
    for (const e of this.entities) if (e.kind === 'ORGANISATION' && e.proper === true && (generic || e.words?.has(noun) === true) && (best === null || e.seen > best.seen)) best = e;
    return best;
  }

  private lastWithTitle(head: string): Entity | null {
    let best: Entity | null = null;
    for (const e of this.entities) {
      if (e.kind !== 'PERSON' || e.role === null) continue;
      const words = e.role.toLowerCase().split(/[^\p{L}]+/u);
      if (words.includes(head) && (best === null || e.seen > best.seen)) best = e;
    }
    return best;
  }

  /** Note the people named in a sentence, so that later pronouns and surnames can find them. */
  noteMentions(tokens: readonly Token[]): void {
    this.noteGroupSubject(tokens);
    const runs = nameRuns(tokens);
    for (const run of runs) {
      const before = run.from > 0 ? tokens[run.from - 1] : undefined;
      const parts = textsOf(tokens, run.from, run.to);
      const known = this.findByParts(parts);
      if (known !== null) {
        known.seen = ++this.clock;
        continue;
      }
      // Only runs that look like a person: a known first name, a title before it, or a role in apposition.
      const titled = before !== undefined && (ROLE_WORDS.has(before.lower) || HONORIFICS.has(before.lower));
      const firstName = parts.length >= 2 && (MALE_NAMES.has(parts[0].toLowerCase()) || FEMALE_NAMES.has(parts[0].toLowerCase()));
      const appositive = parts.length >= 2 ? appositiveRole(tokens, run) : null;
      if (!titled && !firstName && appositive === null) continue;
      if (parts.length < 2 && !titled) continue;
      const role = (titled ? this.titleBefore(tokens, run.from) : null) ?? (appositive === null ? null : cleanRole(textOf(appositive, this.body)));
      const cues = [before?.lower ?? '', ...(appositive ?? []).map((t) => t.lower)];
      this.remember({ name: parts.join(' '), parts, role, gender: guessGender(parts, cues), kind: 'PERSON', seen: 0 });
    }
  }

  private titleBefore(tokens: readonly Token[], at: number): string | null {
    let i = at;
    // Walk back over the title: role words, and capitalised words inside a capitalised title ("Lithuanian Deputy Minister").
    while (i > 0) {
      const t = tokens[i - 1];
      const role = ROLE_WORDS.has(t.lower) && !GENERIC_OF.has(t.lower);
      const inTitle = isCapitalised(t) && isCapitalised(tokens[i]) && (t.pos === 'ADJ' || t.pos === 'PROPN');
      if (!role && !inTitle) break;
      i--;
    }
    return cleanRole(textOf(tokens.slice(i, at), this.body));
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
        const found = this.findByParts([tokens[r.from].text]);
        if (found !== null) {
          single = found;
          run = r;
        }
      }
      if (run === undefined && runs.length > 0) {
        // One unknown capitalised word: a surname after a title ("Minister Pleshkis"), else not a person.
        const r = runs[runs.length - 1];
        const before = r.from > 0 ? tokens[r.from - 1] : undefined;
        if (before !== undefined && (HONORIFICS.has(before.lower) || ROLE_WORDS.has(before.lower))) run = r;
      }
    }
    if (run === undefined) return null;
    const parts = textsOf(tokens, run.from, run.to);
    const existing = single ?? this.findByParts(parts);
    // The role is read only when it will be kept: most speakers are known by now, with their role.
    if (existing !== null) {
      existing.seen = ++this.clock;
      if (existing.role === null) existing.role = cleanRole(this.roleText(tokens, run));
      if (existing.gender === null) existing.gender = guessGender(existing.parts, lowersOf(tokens));
      return existing;
    }
    if (!create) return null;
    return this.remember({ name: parts.join(' '), parts, role: cleanRole(this.roleText(tokens, run)), gender: guessGender(parts, lowersOf(tokens)), kind: 'PERSON', seen: 0 });
  }

  /** The phrase around the name: "Lithuanian Deputy Minister of National Defense", "a spokeswoman for the ministry". */
  private roleText(tokens: readonly Token[], run: NameRun): string {
    const before = tokens.slice(0, run.from).filter((t) => !HONORIFICS.has(t.lower) || !isCapitalised(t));
    const after = tokens.slice(run.to);
    const pieces = [textOf(before, this.body), textOf(after, this.body)]
      .map((p) => p.replace(/^[\s,]+|[\s,]+$/g, ''))
      // "…, who led the campaign": a relative clause describes the person but is not a role.
      .map((p) => p.replace(/(^|,\s*)(who|whose|which)\b.*$/i, '').replace(/[\s,]+$/, ''))
      .filter((p) => p.length > 0);
    // "Economist Inese Kalnina of Swedbank" → "Economist of Swedbank".
    if (pieces.length === 2 && /^(of|at|from|for|with|in)\s/i.test(pieces[1])) return pieces.join(' ');
    // A role names a title or job: "data released by …" or "on Tuesday" around a name is not one.
    return pieces.filter((p) => p.split(/[\s,]+/).some((w) => isRoleWord(w.toLowerCase()))).join(', ');
  }

  private findByParts(parts: readonly string[]): Entity | null {
    const full = parts.join(' ');
    let best: Entity | null = null;
    for (const e of this.entities) {
      if (e.kind !== 'PERSON') continue;
      const match = e.name === full || (parts.length === 1 && (e.parts[e.parts.length - 1] === full || e.parts[0] === full)) || (parts.length > 1 && full.endsWith(' ' + e.parts[e.parts.length - 1]) && e.parts.length === 1);
      if (match && (best === null || e.seen > best.seen)) best = e;
    }
    return best;
  }

  private remember(e: Entity): Entity {
    const lower = e.name.toLowerCase();
    const same = this.entities.find((x) => x.kind === e.kind && x.lower === lower);
    const entity = same ?? e;
    if (same === undefined) {
      e.lower = lower;
      if (e.kind === 'ORGANISATION') {
        e.head = orgHead(e.name);
        e.words = new Set(lower.split(/[\s’']+/));
        e.proper = /\s\p{Lu}|^\p{Lu}/u.test(e.name);
      }
      this.entities.push(e);
    }
    entity.seen = ++this.clock;
    return entity;
  }

  /**
   * He/she: the most recently named person of that gender, else one whose gender
   * is unknown. It/they: the most recent organisation or group.
   */
  private resolvePronoun(p: 'M' | 'F' | 'N' | 'P'): Claimant | null {
    // The most recent entity passing each test, tests in order of preference.
    const latest = (...tests: Array<(x: Entity) => boolean>): Entity | undefined => {
      for (const test of tests) {
        let best: Entity | undefined;
        for (const x of this.entities) if (test(x) && (best === undefined || x.seen > best.seen)) best = x;
        if (best !== undefined) return best;
      }
      return undefined;
    };
    let e: Entity | undefined;
    // Right after "a farmer near Ambleside told us …", "he" is the farmer: a description carries no gender to check against.
    const last = latest((x) => x.kind === 'PERSON');
    if ((p === 'M' || p === 'F') && last?.described !== undefined && (last.gender === null || last.gender === p)) e = last;
    else if (p === 'M' || p === 'F') {
      e = latest(
        (x) => x.kind === 'PERSON' && x.gender === p,
        (x) => x.kind === 'PERSON' && x.gender === null,
        (x) => x.kind === 'PERSON',
      );
    } else {
      // "They" looks for a group ("the researchers", "officials"), "it" for a body ("the ministry").
      e = latest(
        (x) => x.kind === 'ORGANISATION' && isPlural(x.name) === (p === 'P'),
        (x) => x.kind === 'ORGANISATION',
      );
    }
    if (e === undefined) return null;
    e.seen = ++this.clock;
    return { name: e.name, role: e.role, kind: e.kind };
  }
}

const isJournalist = (e: Entity): boolean => e.role !== null && e.role.toLowerCase().split(/[^\p{L}]+/u).some((w) => JOURNALIST_WORDS.has(w));

function textsOf(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) out.push(tokens[i].text);
  return out;
}

function lowersOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) out.push(t.lower);
  return out;
}
