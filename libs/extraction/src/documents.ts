// Who speaks through a document: the maker of a report, figures, a filing or an order named in a speaker phrase
// ("according to a council report", "figures it gave to the Chronicle", "a filing with the SEC", "As per the tariff
// order"), and "the report" or "the figures" later. A layer of the Discourse (claimant.ts), between the spokespeople
// and the reading of names, which asks it before reading a phrase as a person or a body.
import * as lexicon from './lexicon';
import * as names from './names';
import type { Token } from './sentences';
import type { Claimant } from './discourse-memory';
import * as known from './entities';
import * as phrases from './speaker-phrases';
import { SELF } from './mentions';
import { SpokespersonReader } from './spokespeople';

// Local copies of the readers and word lists (see claimant.ts: tsx's import getters).
const { textOf } = names;
const { describedCompany } = known;
const { dataOwner, dataSource, documentOwner, OWNED_DOCUMENTS, OWNED_FIGURES } = phrases;
const { COMPANY_NOUNS, DATA_NOUNS, FILED_NOUNS, ORG_WORDS, RULING_NOUNS } = lexicon;

export abstract class DocumentReader extends SpokespersonReader {
  /** The maker of the document a speaker phrase names, or null when it names none (or none the text says who made). */
  protected documentClaimant(tokens: readonly Token[]): Claimant | typeof SELF | null {
    // "according to a filing with the Securities and Exchange Commission": the business the sentence is about filed it,
    // as "the company" would be; "the filing" later is its too.
    // ("an application filed with the planning department": the same, with the verb of filing written.)
    const filedAt = tokens[2]?.lower === 'filed' || tokens[2]?.lower === 'submitted' || tokens[2]?.lower === 'lodged' ? 3 : 2;
    if (tokens.length > filedAt + 1 && (tokens[0].lower === 'a' || tokens[0].lower === 'an') && FILED_NOUNS.has(tokens[1].lower) && (tokens[filedAt].lower === 'with' || tokens[filedAt].lower === 'to')) {
      // (The business the sentence opened on, if it named one: "Stonebrook Partners has asked … the Belmont Mills property".)
      const filer = this.sentenceBody(true) ?? describedCompany(this.entities, 'the company', this.sentenceClock);
      if (filer !== null) {
        const claimant: Claimant = { name: filer.name, role: null, kind: 'ORGANISATION' };
        if (!this.documents.has(tokens[1].lower)) this.documents.set(tokens[1].lower, claimant);
        return claimant;
      }
    }
    // "X issued 94,310 fines, according to figures published in its annual parking report", "…, according to its capital
    // programme": "its" is the body the sentence itself names, else the one "it" would mean; "the report" later is its.
    const its = tokens.findIndex((t, k) => k > 0 && (t.lower === 'its' || t.lower === 'their') && tokens.slice(k + 1, k + 5).some((d) => OWNED_DOCUMENTS.has(d.lower)));
    const possessed = its > 0 ? this.possessorBody(tokens[its].lower, tokens.slice(its + 1).find((d) => OWNED_DOCUMENTS.has(d.lower))?.lower) : null;
    if (possessed !== null) return possessed;
    // "data released by Northbridge Constabulary on Tuesday", "a report from the ministry", "the company's annual
    // report": the body behind the figures.
    const made = dataSource(tokens);
    const owned = made === null ? documentOwner(tokens) : null;
    const source = made ?? owned ?? dataOwner(tokens);
    if (source !== null) {
      // "…, according to figures it gave to the Chronicle": "it" is the body the sentence names first, if it names one.
      const pronounOwner = source.length === 1 && (source[0].lower === 'it' || source[0].lower === 'they') ? this.sentenceBody() : null;
      const maker = pronounOwner !== null ? { name: pronounOwner.name, role: null, kind: 'ORGANISATION' as const } : this.resolveSpeaker(source);
      // "According to a report released in February by X, … . …, the report found.", "according to the department's
      // monthly report, … . The report found …": the report just introduced is X's.
      const noun = tokens.find((t) => DATA_NOUNS.has(t.lower) || FILED_NOUNS.has(t.lower));
      if (noun !== undefined && maker !== SELF && maker.name !== null) this.documents.set(noun.lower, maker);
      return maker;
    }
    // "according to the Harwell Economics report": a report named after a body the article has named is that body's
    // (not "the Duelfer report", named after a person, which stays as written).
    const namedFor = tokens.length >= 3 && tokens[0].lower === 'the' && DATA_NOUNS.has(tokens[tokens.length - 1].lower) && tokens.slice(1, -1).every((t) => t.cap) ? textOf(tokens.slice(1, -1), this.body).toLowerCase() : null;
    const reportOf = namedFor === null ? undefined : this.bodyNamed(namedFor);
    if (reportOf !== undefined) return { name: reportOf.name, role: null, kind: 'ORGANISATION' };
    // "according to agency figures", "according to a council report": the figures of the body of that kind the article
    // is about, if it named one; "the data" and "the report" later are that body's too.
    const ofKind = tokens.length === 3 && (tokens[0].lower === 'a' || tokens[0].lower === 'an') ? tokens.slice(1) : tokens;
    const kindOwner = ofKind.length === 2 && !ofKind[0].cap && (ORG_WORDS.has(ofKind[0].lower) || COMPANY_NOUNS.has(ofKind[0].lower)) && DATA_NOUNS.has(ofKind[1].lower) ? this.namedBodyOfKind(ofKind[0].lower) : null;
    if (kindOwner !== null) {
      const owner: Claimant = { name: kindOwner.name, role: null, kind: 'ORGANISATION' };
      if (!this.documents.has(ofKind[1].lower)) this.documents.set(ofKind[1].lower, owner);
      return owner;
    }
    return null;
  }

  /**
   * The body "its" or "their" stands for before a document ("its annual report", "Its figures show"): the body the
   * sentence names first, else the one the pronoun would mean; null for no body. "the <document>" later is its.
   */
  protected possessorBody(pronoun: string, document: string | undefined): Claimant | null {
    const first = this.sentenceBody();
    const owner: Claimant | null = first !== null ? { name: first.name, role: null, kind: 'ORGANISATION' } : this.resolvePronoun(pronoun === 'its' ? 'N' : 'P');
    if (owner === null || owner.kind !== 'ORGANISATION') return null;
    if (document !== undefined && !this.documents.has(document)) this.documents.set(document, owner);
    return owner;
  }

  /** "The report", "the figures", "the tariff order" (`head` the last word): whose they are, or null if the text does not say. */
  protected knownDocument(tokens: readonly Token[], head: string): Claimant | null {
    // "… , according to NHS England. The figures, published on Thursday, show …": the figures of the body just cited,
    // whoever's figures the article spoke of before.
    const cited = OWNED_FIGURES.has(head) && tokens.length === 2 ? this.bodyJustSpoke() : undefined;
    if (cited !== undefined) {
      const owner: Claimant = { name: cited.name, role: null, kind: 'ORGANISATION' };
      this.documents.set(head, owner);
      return owner;
    }
    // "The report said …" after "The Resolution Foundation published a report": who made it (not "the Duelfer
    // report", a report of its own name).
    const maker = (DATA_NOUNS.has(head) || FILED_NOUNS.has(head)) && !tokens.slice(1, -1).some((t) => t.cap) ? this.documents.get(head) : undefined;
    if (maker !== undefined) return maker;
    // "The commission on Friday approved a hike … . As per the tariff order, …": the order of the body the story is about.
    const before = this.bodyBefore !== undefined && this.paragraph - this.bodyBefore.paragraph <= 1 ? this.bodyBefore.entity : undefined;
    const ruled = RULING_NOUNS.has(head) && !tokens.slice(1, -1).some((t) => t.cap) ? (this.recentBody() ?? before) : undefined;
    if (ruled !== undefined) {
      ruled.seen = ++this.clock;
      return { name: ruled.name, role: null, kind: 'ORGANISATION' };
    }
    return null;
  }
}
