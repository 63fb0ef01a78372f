import { CHECKWORTHINESS_MODEL_VERSION, CHECKWORTHINESS_THRESHOLD, scoreCheckworthiness } from '.';

const CLAIM = 'The decision was supported by 99 members of parliament, one opposed, and three abstained.';

describe('scoreCheckworthiness', () => {
  it('puts a sentence full of checkable numbers above the threshold', () => {
    expect(scoreCheckworthiness(CLAIM)).toBeGreaterThanOrEqual(CHECKWORTHINESS_THRESHOLD);
    expect(scoreCheckworthiness('Unemployment fell to 3.5 percent last year, the lowest rate since 1969.')).toBeGreaterThanOrEqual(
      CHECKWORTHINESS_THRESHOLD,
    );
  });

  it('puts pleasantries and opinions below the threshold', () => {
    for (const s of ['Thank you very much.', 'Hello everyone.', 'I think we can do better.', 'What do you mean?']) {
      expect(scoreCheckworthiness(s)).toBeLessThan(CHECKWORTHINESS_THRESHOLD);
    }
  });

  it('ranks a statistic above small talk', () => {
    expect(scoreCheckworthiness(CLAIM)).toBeGreaterThan(scoreCheckworthiness('It is good to be here tonight.'));
  });

  it('returns a probability for any input, including degenerate ones', () => {
    const inputs = ['', '   ', '?!', '$', '1', 'Ünïcödé façade — “quoted” …', CLAIM.repeat(40), 'word '.repeat(2000)];
    for (const s of inputs) {
      const score = scoreCheckworthiness(s);
      expect(Number.isFinite(score)).toBe(true);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic, also when calls of different lengths interleave (buffers are reused)', () => {
    const first = scoreCheckworthiness(CLAIM);
    scoreCheckworthiness('word '.repeat(500));
    scoreCheckworthiness('Hi.');
    expect(scoreCheckworthiness(CLAIM)).toBe(first);
  });

  it('exposes a usable threshold and a model version', () => {
    expect(CHECKWORTHINESS_THRESHOLD).toBeGreaterThan(0);
    expect(CHECKWORTHINESS_THRESHOLD).toBeLessThan(1);
    expect(CHECKWORTHINESS_MODEL_VERSION).toMatch(/^\S+$/);
    expect(CHECKWORTHINESS_MODEL_VERSION).not.toBe('heuristic-0');
  });
});
