import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_PASSWORD } from '../demo/seedDemo.js';
import { assertPasswordAllowed, passwordProblem } from './passwordPolicy.js';

describe('the password policy', () => {
  it.each(['password1234', '1234567890', 'Abcdefgh1!', 'Abcdefghijk1!', 'Password1234!', 'qwertyuiop12', 'P@ssw0rd2024', '111111111111', 'abcabcabcabc', 'zyxwvutsrqpo'])(
    'refuses %s as common, breached or a simple run',
    async (password) => {
      expect(await passwordProblem(password)).toMatch(/too easy to guess|at least 12/);
    },
  );

  it('refuses passwords shorter than 12 characters, counting characters rather than bytes', async () => {
    expect(await passwordProblem('short-pw')).toBe('must be at least 12 characters');
    expect(await passwordProblem('ééééé-ñ')).toBe('must be at least 12 characters');
    expect(await passwordProblem('x'.repeat(201))).toBe('must be at most 200 characters');
  });

  it.each([DEFAULT_DEMO_PASSWORD, 'a-long-password', 'need-to-know-password-1', 'correct horse battery staple', '7#k92!0@4%1&', `pw-${'3f2a9c1e'}-4b7d`])(
    'accepts %s',
    async (password) => {
      expect(await passwordProblem(password)).toBeNull();
    },
  );

  it('throws a 400 that names the field and never repeats the password', async () => {
    let thrown: unknown;
    try {
      await assertPasswordAllowed('password1234', 'newPassword');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toMatchObject({ status: 400 });
    expect((thrown as Error).message).toMatch(/^Invalid newPassword: is too easy to guess/);
    expect((thrown as Error).message).not.toContain('password1234');
  });
});
