// The discourse's memory: the people and bodies an article has named so far, with the clock of
// their mentions, and the lookups that need nothing but that memory (a pronoun's antecedent, a
// body's description, a speaker's gender learnt from a pronoun). The Discourse (claimant.ts)
// reads speaker phrases and sentences into it.
import { genderFromEndings } from './gender';
import { isPlural, orgHead } from './body-names';
import * as lexicon from './lexicon';
import type { Token } from './sentences';
import { isPublicBody, type Entity } from './entities';

// Local copies of the word lists (see lexicon.ts).
const { BUSINESS_NOUNS, KIND_SYNONYMS, PERSONAL_PRONOUNS, TRADE_NOUNS } = lexicon;

export type ClaimantKind = 'PERSON' | 'ORGANISATION' | 'PUBLISHER';

export interface Claimant {
  name: string | null;
  role: string | null;
  kind: ClaimantKind;
}

export class DiscourseMemory {
  protected readonly entities: Entity[] = [];
  /** People and bodies by lower-case name (one entity each), for the lookups done at every frame. */
  private readonly persons = new Map<string, Entity>();
  private readonly bodies = new Map<string, Entity>();
  protected clock = 0;
  /** Paragraph of the sentence being read. */
  protected paragraph = 0;
  /** The person who spoke last, and in which paragraph: who a following "he" or "she" most likely is. */
  private lastSpeaker: { entity: Entity; paragraph: number } | undefined;
  /** The body that spoke or opened a sentence last: "the operator", "the force" just after it. */
  protected lastBody: { entity: Entity; paragraph: number } | undefined;
  /** Sentences read so far (set by the caller through the reader's `startSentence`). */
  protected sentenceNo = 0;
  /** The body that was the speaker of a sentence, and which sentence: what "It said …" right after means. */
  private bodySpeaker: { entity: Entity; sentence: number; paragraph: number } | undefined;
  /** A body spoken of by its kind before any was named ("…, the council has confirmed." opening a story), and when. */
  private unnamedKind: { entity: Entity; sentence: number } | undefined;
  /** Such a body's name, once the next sentences give it: lower-case "the council" → "Harcastle Borough Council". */
  private readonly namedLater = new Map<string, string>();

  /**
   * The sentence's speaker, once resolved: the person or body the next sentences most likely
   * go on about.
   */
  noteSpeaker(claimant: Claimant): void {
    if (claimant.kind === 'PUBLISHER' || claimant.name === null) return;
    const e = (claimant.kind === 'PERSON' ? this.persons : this.bodies).get(claimant.name.toLowerCase());
    if (e === undefined) return;
    if (e.kind === 'PERSON') this.lastSpeaker = { entity: e, paragraph: this.paragraph };
    else {
      this.noteBody(e);
      this.bodySpeaker = { entity: e, sentence: this.sentenceNo, paragraph: this.paragraph };
    }
  }

  /**
   * The body that spoke in this sentence or the one before, in this paragraph or the one before: "… according to NHS
   * England. The figures show …" are its figures.
   */
  protected bodyJustSpoke(): Entity | undefined {
    const b = this.bodySpeaker;
    return b !== undefined && this.sentenceNo - b.sentence <= 1 && this.paragraph - b.paragraph <= 1 ? b.entity : undefined;
  }

  /** A named body the story is now about (a group or an unnamed body is not one "the operator" can mean). */
  protected noteBody(e: Entity): void {
    if (e.proper === true) this.lastBody = { entity: e, paragraph: this.paragraph };
  }

  /** The named body noted last, when it was in this paragraph or the one before. */
  protected recentBody(): Entity | undefined {
    const b = this.lastBody;
    return b !== undefined && this.paragraph - b.paragraph <= 1 ? b.entity : undefined;
  }

  /**
   * "Eileen Grady said she walked …": a speaker whose gender the name did not tell, and who is
   * the statement's own "she" or "he" (its first word, at `at`), is of that gender.
   */
  learnGender(claimant: Claimant, tokens: readonly Token[], at: number): void {
    if (claimant.kind !== 'PERSON') return;
    const first = tokens.find((t) => t.start === at);
    const gender = first === undefined ? undefined : PERSONAL_PRONOUNS.get(first.lower);
    if (gender !== 'M' && gender !== 'F') return;
    const e = claimant.name === null ? undefined : this.persons.get(claimant.name.toLowerCase());
    // A gender guessed from the name's ending alone gives way to the speaker's own pronoun.
    if (e !== undefined && (e.gender === null || (e.parts.length >= 2 && e.gender === genderFromEndings(e.parts)))) e.gender = gender;
  }

  /** Add the words of a description to a body's name words, so that its short forms find it. */
  protected describeBody(name: string | null, description: readonly Token[]): void {
    const e = name === null ? undefined : this.bodies.get(name.toLowerCase());
    if (e?.words === undefined) return;
    const words = new Set(e.words);
    for (const t of description) {
      words.add(t.lower);
      for (const same of KIND_SYNONYMS) if (same.includes(t.lower)) for (const w of same) words.add(w);
    }
    e.words = words;
  }

  /**
   * The body known by this name, with or without its "the" ("the Commonwealth Party" for "Commonwealth Party"); the one
   * named first if both were. Looked up by name, not by a scan: it is asked for every body a sentence names.
   */
  protected bodyNamed(name: string): Entity | undefined {
    const lower = name.toLowerCase();
    const bare = lower.startsWith('the ') ? lower.slice(4) : lower;
    const plain = this.bodies.get(bare);
    const withThe = this.bodies.get(`the ${bare}`);
    if (plain === undefined || withThe === undefined) return plain ?? withThe;
    return this.entities.indexOf(plain) < this.entities.indexOf(withThe) ? plain : withThe;
  }

  protected remember(e: Entity): Entity {
    const lower = e.name.toLowerCase();
    const byName = e.kind === 'PERSON' ? this.persons : this.bodies;
    const same = byName.get(lower);
    const entity = same ?? e;
    if (same === undefined) {
      e.lower = lower;
      if (e.kind === 'ORGANISATION') {
        e.head = orgHead(e.name);
        e.words = new Set(lower.split(/[\s’']+/));
        e.proper = /\s\p{Lu}|^\p{Lu}/u.test(e.name);
        if (e.proper) this.nameKind(e);
      }
      this.entities.push(e);
      byName.set(lower, e);
    }
    entity.seen = ++this.clock;
    return entity;
  }

  /**
   * "The price of a school dinner is to rise …, the council has confirmed. Harcastle Borough Council said …": a body
   * first spoken of by its kind alone, with none of that kind named before, is the body of that kind named in the
   * next two sentences. Called with the body of the kind just made up for the phrase.
   */
  protected awaitName(e: Entity): void {
    if (this.namedLater.has(e.lower ?? '') || !/^the \p{L}+$/u.test(e.lower ?? '')) return;
    this.unnamedKind = { entity: e, sentence: this.sentenceNo };
  }

  private nameKind(named: Entity): void {
    const u = this.unnamedKind;
    if (u === undefined || this.sentenceNo - u.sentence > 2) return;
    // "the council" and "Harcastle Borough Council" by their head; "the company" or "the operator" and any business.
    const noun = u.entity.head ?? '';
    const business = (BUSINESS_NOUNS.has(noun) || TRADE_NOUNS.has(noun) || noun === 'operator') && !isPublicBody(named);
    if (named.head !== u.entity.head && !business) return;
    this.namedLater.set(u.entity.lower ?? '', named.name);
    this.unnamedKind = undefined;
  }

  /** The claimant under the name the article gave it later, if it gave one (see `awaitName`). */
  namedAs(c: Claimant): Claimant {
    const name = c.kind === 'ORGANISATION' && c.name !== null ? this.namedLater.get(c.name.toLowerCase()) : undefined;
    return name === undefined ? c : { ...c, name };
  }

  /**
   * He/she: the most recently named person of that gender, else one whose gender
   * is unknown. It/they: the most recent organisation or group.
   */
  protected resolvePronoun(p: 'M' | 'F' | 'N' | 'P'): Claimant | null {
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
      // "Isabel Ferrer … said the committee would … . 'We have been promised …,' she said.": the one who
      // has just spoken, whose name told no gender, before one of that gender named further back.
      const speaker = this.lastSpeaker;
      if (speaker !== undefined && speaker.entity.gender === null && this.paragraph - speaker.paragraph <= 1 && (e === undefined || e.gender === p) && (e === undefined || speaker.entity.seen > e.seen)) {
        e = speaker.entity;
        e.gender = p;
      } else if (speaker !== undefined && speaker.entity.gender === p && this.paragraph === speaker.paragraph) {
        // "…, John Gittins, said Mr Okafor had died … . He said …": in the same paragraph, "he" goes on with
        // the one who spoke, not with a man the statement was about.
        e = speaker.entity;
      }
    } else if (p === 'N' && this.bodySpeaker !== undefined && this.sentenceNo - this.bodySpeaker.sentence <= 1 && this.paragraph === this.bodySpeaker.paragraph) {
      // "The club said … . It said …", "The ministry said in a statement … . It blamed …": the body that spoke just before,
      // whatever else the sentence named after it.
      e = this.bodySpeaker.entity;
    } else {
      // "They" looks for a group ("the researchers", "officials"), "it" for a body ("the ministry").
      e = latest(
        (x) => x.kind === 'ORGANISATION' && x.mentioned !== true && isPlural(x.name) === (p === 'P'),
        (x) => x.kind === 'ORGANISATION' && x.mentioned !== true,
      );
    }
    if (e === undefined) return null;
    e.seen = ++this.clock;
    return { name: e.name, role: e.role, kind: e.kind };
  }
}
