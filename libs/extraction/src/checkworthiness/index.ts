// Placeholder scorer until the trained model lands (owned by the model work):
// numbers, comparatives and causal verbs make a sentence more worth checking.
export const CHECKWORTHINESS_THRESHOLD = 0.5;
export const CHECKWORTHINESS_MODEL_VERSION = 'heuristic-0';

export function scoreCheckworthiness(sentence: string): number {
  let s = 0.2;
  if (/\d/.test(sentence)) s += 0.3;
  if (/\b(more|less|fewer|higher|lower|increase[sd]?|reduce[sd]?|cut|cutting|most|least)\b/i.test(sentence)) s += 0.2;
  if (/\b(will|would|law|rule|because|cause[sd]?|lead[s]? to)\b/i.test(sentence)) s += 0.15;
  if (/\?$/.test(sentence.trim())) s -= 0.3;
  return Math.max(0, Math.min(1, s));
}
