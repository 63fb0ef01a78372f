// Figures of the extraction engine on a set of unseen-format fixtures (issue #3), as the model card
// records them: claims found of those expected, sentences returned that are no expected claim (furniture
// or non-claims: -v lists them), claimants right of the attributed claims, roles and types right of those
// asserted. A fixture's claims and
// asserted roles/types are its current expectations (NOT YET MET items are left out of them or not
// asserted), so on a fitted set the misses the expectation file lists come on top.
//   npx tsx bench/lab/unseen-figures.ts [twenty-fifth|twenty-fourth|twenty-third|twenty-second|twenty-first|twentieth|nineteenth|eighteenth|seventeenth|sixteenth|fifteenth|fourteenth|thirteenth|twelfth|eleventh|tenth|ninth|eighth|seventh|sixth|fifth|fourth|third|second|formats] [-v]
import { extractClaims } from '@app/extraction';
import type { Fixture } from '../../libs/extraction/src/__fixtures__/expectations';
import { fixtureBody, isAttributed, isExpected, matching } from '../../libs/extraction/src/__fixtures__/matching';
import { FORMAT_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-formats';
import { UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen';
import { THIRD_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-third';
import { FOURTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-fourth';
import { FIFTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-fifth';
import { SIXTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-sixth';
import { EIGHTEENTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-eighteenth';
import { NINETEENTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-nineteenth';
import { TWENTIETH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-twentieth';
import { TWENTY_FIRST_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-twenty-first';
import { TWENTY_SECOND_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-twenty-second';
import { TWENTY_THIRD_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-twenty-third';
import { TWENTY_FOURTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-twenty-fourth';
import { TWENTY_FIFTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-twenty-fifth';
import { SIXTEENTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-sixteenth';
import { SEVENTEENTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-seventeenth';
import { FIFTEENTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-fifteenth';
import { FOURTEENTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-fourteenth';
import { TWELFTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-twelfth';
import { THIRTEENTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-thirteenth';
import { TENTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-tenth';
import { ELEVENTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-eleventh';
import { NINTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-ninth';
import { SEVENTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-seventh';
import { EIGHTH_UNSEEN_FIXTURES } from '../../libs/extraction/src/__fixtures__/expectations-unseen-eighth';

const SETS: Record<string, Fixture[]> = { 'twenty-fifth': TWENTY_FIFTH_UNSEEN_FIXTURES, 'twenty-fourth': TWENTY_FOURTH_UNSEEN_FIXTURES, 'twenty-third': TWENTY_THIRD_UNSEEN_FIXTURES, 'twenty-second': TWENTY_SECOND_UNSEEN_FIXTURES, 'twenty-first': TWENTY_FIRST_UNSEEN_FIXTURES, twentieth: TWENTIETH_UNSEEN_FIXTURES, nineteenth: NINETEENTH_UNSEEN_FIXTURES, eighteenth: EIGHTEENTH_UNSEEN_FIXTURES, seventeenth: SEVENTEENTH_UNSEEN_FIXTURES, sixteenth: SIXTEENTH_UNSEEN_FIXTURES, fifteenth: FIFTEENTH_UNSEEN_FIXTURES, fourteenth: FOURTEENTH_UNSEEN_FIXTURES, thirteenth: THIRTEENTH_UNSEEN_FIXTURES, twelfth: TWELFTH_UNSEEN_FIXTURES, eleventh: ELEVENTH_UNSEEN_FIXTURES, tenth: TENTH_UNSEEN_FIXTURES, ninth: NINTH_UNSEEN_FIXTURES, eighth: EIGHTH_UNSEEN_FIXTURES, seventh: SEVENTH_UNSEEN_FIXTURES, sixth: SIXTH_UNSEEN_FIXTURES, fifth: FIFTH_UNSEEN_FIXTURES, fourth: FOURTH_UNSEEN_FIXTURES, third: THIRD_UNSEEN_FIXTURES, second: UNSEEN_FIXTURES, formats: FORMAT_FIXTURES };
const set = SETS[process.argv[2] ?? 'third'];
if (set === undefined) throw new Error(`unknown set ${process.argv[2]}: one of ${Object.keys(SETS).join(', ')}`);
const verbose = process.argv.includes('-v');
const n = { expected: 0, found: 0, notExpected: 0, attributed: 0, claimantRight: 0, roles: 0, rolesRight: 0, types: 0, typesRight: 0 };
const say = (line: string): void => {
  if (verbose) process.stdout.write(`${line}\n`);
};

for (const f of set) {
  const claims = extractClaims({ body: fixtureBody(f), title: f.title, source: f.source }).claims;
  say(`== ${f.file}`);
  for (const e of f.claims) {
    n.expected++;
    const attributed = isAttributed(f, e);
    if (attributed) n.attributed++;
    const c = matching(claims, e);
    if (c === undefined) {
      say(`  missing: ${e.quote}`);
      continue;
    }
    n.found++;
    if (attributed && c.claimant === e.claimant) n.claimantRight++;
    else if (attributed) say(`  claimant: "${e.quote}" → ${c.claimant}, expected ${e.claimant}`);
    if (e.role !== undefined) {
      n.roles++;
      if (c.claimantRole === e.role) n.rolesRight++;
    }
    if (e.type !== undefined) {
      n.types++;
      if (c.claimType === e.type) n.typesRight++;
      else say(`  type: "${e.quote}" → ${c.claimType}, expected ${e.type}`);
    }
  }
  for (const c of claims) {
    if (isExpected(f, c)) continue;
    // Whether it is furniture or a non-claim is told by reading it (-v): the fixture does not say.
    n.notExpected++;
    say(`  returned, not expected: ${c.quote.replace(/\s+/g, ' ')}`);
  }
}
process.stdout.write(`${JSON.stringify(n)}\n`);
