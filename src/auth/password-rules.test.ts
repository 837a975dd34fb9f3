import { describe, expect, it } from 'vitest';
import { InputError } from '../engine/input-issue.ts';
import { assertPasswordAcceptable, passwordIssues } from './password-rules.ts';

const codes = (password: string, loginName = 'wang.li') =>
  passwordIssues(password, loginName).map((issue) => issue.code);

describe('password rules', () => {
  it('accepts 10+ characters with three kinds of character', () => {
    expect(codes('Ouhai-river7')).toEqual([]);
    expect(codes('ouhairiver#7')).toEqual([]); // lower, symbol, digit
    expect(codes('瓯海区Check2026')).toEqual([]); // Chinese counts as a symbol
  });

  it('refuses fewer than 10 characters, counting characters not bytes', () => {
    expect(codes('Ab1#xyzuv')).toEqual(['password_too_short']);
    expect(codes('Ab1#瓯海区温州市')).toEqual([]);
  });

  it('refuses fewer than three kinds, saying which kinds it has', () => {
    const [issue] = passwordIssues('abcdefghij12', 'x.y');
    expect(issue?.code).toBe('password_too_simple');
    expect(issue?.message.zh).toContain('现在只有小写字母、数字');
    expect(issue?.message.en).toContain('it has only lower-case letters and digits');
  });

  it('refuses the login name, whatever the case', () => {
    expect(codes('Wang.Li-2026', 'wang.li-2026')).toEqual(['password_is_login_name']);
  });

  it('refuses common passwords that otherwise pass', () => {
    expect(codes('P@ssw0rd123')).toEqual(['password_common']);
    expect(codes('Wenzhou@2025')).toEqual(['password_common']);
  });

  it('reports every broken rule at once, under the password column', () => {
    const issues = passwordIssues('abc', 'abc');
    expect(issues.map((i) => i.code)).toEqual([
      'password_too_short',
      'password_too_simple',
      'password_is_login_name',
    ]);
    expect(issues.every((i) => i.column === 'password')).toBe(true);
    expect(() => assertPasswordAcceptable('abc', 'abc')).toThrow(InputError);
  });

  it('bounds the length so nobody makes the server hash a megabyte', () => {
    expect(codes(`Aa1#${'x'.repeat(200)}`)).toEqual(['password_too_long']);
  });
});
