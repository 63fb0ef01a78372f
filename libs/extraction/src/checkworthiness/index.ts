// Check-worthiness: the probability that a sentence states a fact worth
// checking. A logistic-regression model over NB-scaled hashed word and char n-grams plus
// linguistic cues, trained by scripts/checkworthiness/train.ts; see
// docs/model-card-checkworthiness.md.
import { LinearModel, type LinearModelFile } from './model';
import weights from './weights.json';

const file = weights as LinearModelFile;
const model = new LinearModel(file);

/** Sentences scoring at or above this are check-worthy (see docs/model-card-checkworthiness.md for how it was chosen). */
export const CHECKWORTHINESS_THRESHOLD: number = file.threshold;

/** Identifies the trained weights; recorded with every extraction result. */
export const CHECKWORTHINESS_MODEL_VERSION: string = file.version;

/** Check-worthiness of one sentence, in [0, 1]. Pure and deterministic; tens of microseconds. */
export function scoreCheckworthiness(sentence: string): number {
  return model.score(sentence);
}
