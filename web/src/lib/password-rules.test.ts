import { describe, expect, it } from 'vitest';

import { passwordProblem } from './password-rules';

describe('passwordProblem', () => {
  it.each([
    ['', 'Enter a password.'],
    ['short', 'Use a password of 10 to 128 characters.'],
    ['abcdefghijkl', 'This password is too easy to guess. Choose another.'],
    ['aaaaaaaaaaaa', 'This password is too easy to guess. Choose another.'],
    ['my-adalovelace-pass', 'Do not build your password from your email address.'],
    ['violet-tractor-91', null],
  ])('%s → %s', (password, expected) => {
    expect(passwordProblem(password, 'adalovelace@example.com')).toBe(expected);
  });
});
