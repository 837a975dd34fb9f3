import type { Jurisdiction } from '../../../src/engine/china/jurisdictions.ts';
import type { Actor, Department } from '../../../src/workflow/actor.ts';

/** The people of a test walk, one per role and scope. */
export const bureau: Actor = {
  accountId: 'acc-bureau',
  role: 'city_bureau',
  displayName: '市投资促进局',
};
export const leadingGroup: Actor = {
  accountId: 'acc-leading-group',
  role: 'leading_group',
  displayName: '领导小组',
};
export const admin: Actor = { accountId: 'acc-admin', role: 'admin', displayName: '管理员' };

export function county(jurisdiction: Jurisdiction): Actor {
  return {
    accountId: `acc-county-${jurisdiction}`,
    role: 'county_office',
    displayName: `${jurisdiction}投促部门`,
    jurisdiction,
  };
}

export function department(name: Department): Actor {
  return { accountId: `acc-dept-${name}`, role: 'department', displayName: name, department: name };
}

export function enterprise(uscc: string, name = uscc): Actor {
  return {
    accountId: `acc-ent-${uscc}`,
    role: 'enterprise',
    displayName: name,
    enterpriseUscc: uscc,
  };
}

/** Service options whose clock stands at 10:00 in China on `date`. */
export const on = (date: string) => ({ clock: { now: () => new Date(`${date}T02:00:00Z`) } });
