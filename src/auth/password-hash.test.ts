import { describe, expect, it } from 'vitest';
import { ARGON2_OPTIONS, hashPassword, needsRehash, verifyPassword } from './password-hash.ts';

describe('password hashing', () => {
  it('makes argon2id PHC strings with the stated parameters and a fresh salt', async () => {
    const first = await hashPassword('Ouhai-river7');
    const second = await hashPassword('Ouhai-river7');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(ARGON2_OPTIONS.algorithm).toBe(2);
  });

  it('verifies the right password only, and a damaged hash as false', async () => {
    const stored = await hashPassword('Ouhai-river7');
    expect(await verifyPassword(stored, 'Ouhai-river7')).toBe(true);
    expect(await verifyPassword(stored, 'ouhai-river7')).toBe(false);
    expect(await verifyPassword('not a hash', 'Ouhai-river7')).toBe(false);
  });

  it('asks for a rehash when the parameters differ', async () => {
    expect(needsRehash(await hashPassword('Ouhai-river7'))).toBe(false);
    expect(
      needsRehash('$argon2id$v=19$m=4096,t=3,p=1$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG'),
    ).toBe(true);
    expect(needsRehash('garbage')).toBe(true);
  });
});
