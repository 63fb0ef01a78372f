// Locates and reads the check-worthiness data. The data stays outside the repo
// (its terms forbid redistribution here), next to it in ../shared by default.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDebateTsv, parseSentenceTsv, type DebateLine, type LabelledSentence } from './tsv';

export const REPO_ROOT = resolve(__dirname, '..', '..');

/** CHECKWORTHINESS_DATA overrides the default ../shared/data/checkworthiness. */
export function dataDir(): string {
  return process.env.CHECKWORTHINESS_DATA ?? resolve(REPO_ROOT, '..', 'shared', 'data', 'checkworthiness');
}

export type Split = 'train' | 'dev' | 'dev-test';

/** Reads one labelled split; every row must carry a label. */
export function loadSplit(split: Split, dir = dataDir()): LabelledSentence[] {
  const rows = parseSentenceTsv(readFileSync(join(dir, `${split}.tsv`), 'utf8'));
  const unlabelled = rows.find((r) => r.label === null);
  if (unlabelled) throw new Error(`${split}.tsv: sentence ${unlabelled.id} has no Yes/No label`);
  return rows;
}

export interface Debate {
  name: string;
  lines: DebateLine[];
}

/** Reads the 2019 debates in file-name order, so results do not depend on the file system. */
export function loadDebates(dir = dataDir()): Debate[] {
  const folder = join(dir, 'debates-2019');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => ({ name: f.replace(/\.tsv$/, ''), lines: parseDebateTsv(readFileSync(join(folder, f), 'utf8')) }));
}
