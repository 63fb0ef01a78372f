// How a fixture's expectations are matched against what the engine returns: one place for the fixture
// spec and the figures the model card quotes (bench/lab/unseen-figures.ts), so the two cannot count apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedClaim } from '../types';
import type { ExpectedClaim, Fixture } from './expectations';

/** A returned quote with its line breaks and runs of spaces as one space, as the expectations quote it. */
const flat = (c: ExtractedClaim): string => c.quote.replace(/\s+/g, ' ');

/** The returned claim an expected one is: the one whose quote contains the expected quote. */
export const matching = (claims: readonly ExtractedClaim[], e: ExpectedClaim): ExtractedClaim | undefined => claims.find((c) => flat(c).includes(e.quote));

/** Whether the fixture expects a returned claim (any of its expected quotes is in it). */
export const isExpected = (f: Fixture, c: ExtractedClaim): boolean => f.claims.some((e) => flat(c).includes(e.quote));

/** Attributed: said by someone other than the publisher. */
export const isAttributed = (f: Fixture, e: ExpectedClaim): boolean => e.claimant !== (f.source ?? null);

/** A fixture's article, as submitted. */
export const fixtureBody = (f: Fixture): string => readFileSync(join(__dirname, f.file), 'utf8');
