import { maxLength } from 'class-validator';
import { textLength } from './input-limits';

describe('textLength', () => {
  // The form counts with textLength, the api with class-validator's MaxLength: they must agree.
  it.each(['', 'plain', 'Ünïcödé', '😀', 'a😀b', '❤️', '👍🏽', '\uFE0F', '\uFE0F\uFE0F', 'x\uFE0E\uFE0F', 'x'.repeat(500), '\uD800 lone surrogate'])('counts %j as the api does', (s) => {
    const n = textLength(s);
    expect(maxLength(s, n)).toBe(true);
    if (n > 0) expect(maxLength(s, n - 1)).toBe(false);
  });
});
