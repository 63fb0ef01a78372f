import { truncates } from 'bcryptjs';
import { maxLength } from 'class-validator';
import { passwordProblem, textLength } from './input-limits';

describe('textLength', () => {
  // The form counts with textLength, the api with class-validator's MaxLength: they must agree.
  it.each(['', 'plain', 'Ünïcödé', '😀', 'a😀b', '❤️', '👍🏽', '\uFE0F', '\uFE0F\uFE0F', 'x\uFE0E\uFE0F', 'x'.repeat(500), '\uD800 lone surrogate'])('counts %j as the api does', (s) => {
    const n = textLength(s);
    expect(maxLength(s, n)).toBe(true);
    if (n > 0) expect(maxLength(s, n - 1)).toBe(false);
  });
});

describe('passwordProblem', () => {
  it('takes 10 characters up to 72 bytes', () => {
    expect(passwordProblem('x'.repeat(10))).toBeNull();
    expect(passwordProblem('x'.repeat(72))).toBeNull();
    expect(passwordProblem('é'.repeat(36))).toBeNull();
  });

  it('refuses fewer than 10 characters, counted as the other limits count them (an emoji is one)', () => {
    expect(passwordProblem('x'.repeat(9))).toBe('must have at least 10 characters');
    expect(passwordProblem('😀'.repeat(9))).toBe('must have at least 10 characters');
    expect(passwordProblem('')).toBe('must have at least 10 characters');
  });

  // bcrypt reads 72 bytes: past them, what is typed would not count, and nobody would be told.
  it('refuses more than 72 bytes in UTF-8, which is where bcrypt stops reading, however few the characters', () => {
    expect(passwordProblem('x'.repeat(73))).toMatch(/^must be at most 72 bytes long/);
    expect(passwordProblem('é'.repeat(37))).toMatch(/^must be at most 72 bytes long/);
    expect(passwordProblem('😀'.repeat(19))).toMatch(/^must be at most 72 bytes long/);
    for (const p of ['x'.repeat(72), 'x'.repeat(73), 'é'.repeat(36), 'é'.repeat(37), '😀'.repeat(18), '😀'.repeat(19)]) {
      expect(passwordProblem(p) === null).toBe(!truncates(p));
    }
  });
});
