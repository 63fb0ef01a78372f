// Who a spokesperson speaks for: "a spokesman for the union", "A Commonwealth Party spokesperson", "a district
// spokeswoman", "A spokesperson said" after a body was named; and "the spokesman" or "she" later for the same one.
// A layer of the Discourse (claimant.ts), which asks it before reading a speaker phrase as a person or a body.
import * as lexicon from './lexicon';
import * as bodyNames from './body-names';
import * as names from './names';
import type { Token } from './sentences';
import type { Claimant } from './discourse-memory';
import * as known from './entities';
import type { Entity } from './entities';
import * as phrases from './speaker-phrases';
import { MentionReader, SELF } from './mentions';

const { textOf } = names;
const { withDepartmentArticle } = bodyNames;
const { byFirstWord, describedCompany, earlierOrganisation, latestDescribed, latestPerson } = known;
const { SPOKES_WORDS, spokespersonFor } = phrases;
const { PERSONAL_PRONOUNS } = lexicon;

/** "A spokesperson", "A party spokesperson": one who speaks for a body the phrase does not name (at most its kind). */
const SPOKESPERSON = new RegExp(`^an? (?:(party|council|company|club|union|government|ministry|department|force|district|agency|police|campaign) )?(?:${[...SPOKES_WORDS].join('|')})$`);

// Words that may join a body's name between capitals: "A Department for Transport spokesperson".
const NAME_JOINS = new Set(['for', 'of', 'and']);

export abstract class SpokespersonReader extends MentionReader {
  /** The body (or minister) the last spokesperson spoke for, and when: "the spokesman" and "she" later are the same. */
  private spokenFor: { claimant: Claimant; seen: number; paragraph: number } | undefined;

  /** Whom a spokesperson's phrase speaks for, or null when it is no such phrase or names nobody the text gave. */
  protected spokespersonClaimant(tokens: readonly Token[]): Claimant | null {
    // "A spokesman for the union" after "Unison, which represents …": the body's, when the text has named it (a capital
    // that is not the whole text's: in capitals nothing is told); "a spokesperson for the department" with no
    // department named stays as written. "A spokeswoman for Minister Leanne Corbett": the minister's.
    const forWhom = spokespersonFor(tokens);
    if (forWhom !== null) {
      const body = this.resolveSpeaker(forWhom);
      const named = body !== SELF && body.name !== null && /\p{Lu}/u.test(body.name) && /\p{Ll}/u.test(body.name);
      if (named && (body.kind === 'ORGANISATION' || (body.kind === 'PERSON' && !/^(?:a|an|the)\s/i.test(body.name ?? '')))) return this.spokeFor(body);
    }
    // "We asked the Department for Transport for a comment. A spokesperson said …": the body's.
    const spokes = SPOKESPERSON.exec(tokens.map((t) => t.lower).join(' '));
    const before = spokes !== null ? this.bodyBefore : undefined;
    if (before !== undefined && before.paragraph === this.paragraph) {
      before.entity.seen = ++this.clock;
      return { name: before.entity.name, role: null, kind: 'ORGANISATION' };
    }
    // "A district spokeswoman", "A department spokesman said in an email": the body of that kind the article named.
    const ofKind = spokes?.[1] === undefined ? null : this.namedBodyOfKind(spokes[1]);
    if (ofKind !== null) return { name: ofKind.name, role: null, kind: 'ORGANISATION' };
    // "A Commonwealth Party spokesperson", "A National Grid spokesperson": the named body's, as "a spokesperson for X"
    // is (the body named before with its article if it was: "the Commonwealth Party").
    const bodyWords = tokens.slice(1, -1);
    const nameFirst = (tokens[0].lower === 'a' || tokens[0].lower === 'an') && tokens.length > 2 && SPOKES_WORDS.has(tokens[tokens.length - 1].lower) && /\p{Ll}/u.test(tokens[1].text);
    if (nameFirst && bodyWords.every((t, k) => t.cap || (NAME_JOINS.has(t.lower) && k > 0 && k < bodyWords.length - 1))) {
      const written = textOf(bodyWords, this.body);
      // "A Home Office spokesperson": the "A" of the phrase only stood in for the department's article.
      const name = withDepartmentArticle(written);
      const body = this.bodyNamed(name) ?? byFirstWord(this.entities, written) ?? this.remember({ name, parts: [name], role: null, gender: null, kind: 'ORGANISATION', seen: 0 });
      return this.spokeFor({ name: body.name, role: null, kind: 'ORGANISATION' });
    }
    return null;
  }

  /**
   * "the spokeswoman" (head "spokeswoman"), or "she" right after a spokesperson in the same paragraph with no person
   * named since: the one they spoke for, if that was told after any person described by that word.
   */
  protected spokespersonAgain(tokens: readonly Token[]): Claimant | null {
    const spokes = this.spokenFor;
    if (spokes === undefined) return null;
    const pronoun = tokens.length === 1 ? PERSONAL_PRONOUNS.get(tokens[0].lower) : undefined;
    if (pronoun === 'M' || pronoun === 'F') return spokes.paragraph === this.paragraph && (latestPerson(this.entities)?.seen ?? 0) < spokes.seen ? spokes.claimant : null;
    const head = tokens[tokens.length - 1].lower;
    if (tokens[0].lower !== 'the' || tokens.length > 3 || !SPOKES_WORDS.has(head)) return null;
    const earlier = latestDescribed(this.entities, head);
    return earlier === undefined || earlier.seen < spokes.seen ? spokes.claimant : null;
  }

  /** "the district", "the agency": the proper-named body of that kind the article named ("agency figures" use it too). */
  protected namedBodyOfKind(kind: string): Entity | null {
    const body = earlierOrganisation(this.entities, `the ${kind}`) ?? describedCompany(this.entities, `the ${kind}`);
    if (body === null || body.proper !== true) return null;
    body.seen = ++this.clock;
    return body;
  }

  private spokeFor(claimant: Claimant): Claimant {
    this.spokenFor = { claimant, seen: ++this.clock, paragraph: this.paragraph };
    return claimant;
  }
}
