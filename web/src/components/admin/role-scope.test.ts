import { describe, expect, test } from 'vitest';
import { checkNewAccount } from '../../../../src/auth/account-input.ts';
import { InputError } from '../../../../src/engine/input-issue.ts';
import { ROLES } from '../../shared.ts';
import { ROLE_GROUPS, scopeFieldsOf } from './role-scope.ts';

/** The scope fields the server says are missing when none is filled in. */
function requiredByServer(role: (typeof ROLES)[number]): string[] {
  try {
    checkNewAccount({ loginName: 'x', displayName: '', role, password: '' });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.issues.filter((i) => i.code === 'scope_required').map((i) => i.column ?? '');
  }
  return [];
}

describe('role scope', () => {
  test.each(ROLES)('%s asks for the scope fields the server requires', (role) => {
    expect([...scopeFieldsOf(role)].sort()).toEqual(requiredByServer(role).sort());
  });

  test('every role is in exactly one group', () => {
    expect(ROLE_GROUPS.flatMap((g) => g.roles).sort()).toEqual([...ROLES].sort());
  });
});
