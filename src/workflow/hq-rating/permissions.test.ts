import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor.ts';
import {
  assertActorScope,
  assertCanReadApplication,
  assertMayApplyFor,
  assertMayExplain,
  assertMayFilter,
  assertMayReadRuns,
  assertOwnsItem,
  assertPublished,
  canReadApplication,
  type ApplicationScope,
} from './permissions.ts';

const OWN = '91330302MA07YARR9W';
const OTHER = '91330381MA2CKMD61D';
const enterprise: Actor = {
  accountId: 'e',
  role: 'enterprise',
  displayName: '甲公司',
  enterpriseUscc: OWN,
};
const lucheng: Actor = {
  accountId: 'c',
  role: 'county_office',
  displayName: '鹿城',
  jurisdiction: '鹿城区',
};
const tax: Actor = { accountId: 't', role: 'department', displayName: '税务', department: 'tax' };
const finance: Actor = {
  accountId: 'f',
  role: 'department',
  displayName: '财政',
  department: 'finance',
};
const bureau: Actor = { accountId: 'b', role: 'city_bureau', displayName: '市局' };
const group: Actor = { accountId: 'g', role: 'leading_group', displayName: '领导小组' };
const admin: Actor = { accountId: 'a', role: 'admin', displayName: '管理员' };

const scope = (over: Partial<ApplicationScope> = {}): ApplicationScope => ({
  id: 'app-1',
  uscc: OWN,
  county: '鹿城区',
  itemDepartments: ['tax', 'finance'],
  ...over,
});
const refusal = (kind: string, code?: string) =>
  expect.objectContaining({ kind, ...(code ? { code } : {}) });

describe('who may read an application', () => {
  it('an enterprise reads its own', () => {
    expect(canReadApplication(enterprise, scope())).toBe(true);
  });

  it('forbidden: an enterprise reading another enterprise’s application (as not found)', () => {
    expect(() => assertCanReadApplication(enterprise, scope({ uscc: OTHER }))).toThrow(
      refusal('not_found'),
    );
  });

  it('forbidden: a county office reading another county’s application (as not found)', () => {
    expect(() => assertCanReadApplication(lucheng, scope({ county: '瑞安市' }))).toThrow(
      refusal('not_found'),
    );
  });

  it('forbidden: a department reading an application without items of its own', () => {
    expect(() => assertCanReadApplication(tax, scope({ itemDepartments: ['finance'] }))).toThrow(
      refusal('not_found'),
    );
  });

  it('forbidden: the public reading any application', () => {
    expect(() => assertCanReadApplication(null, scope())).toThrow(refusal('not_found'));
  });

  it('the city roles and admin read every application', () => {
    for (const actor of [bureau, group, admin])
      expect(canReadApplication(actor, scope({ uscc: OTHER, county: '瑞安市' }))).toBe(true);
  });
});

describe('what each role may act on', () => {
  it('forbidden: an enterprise applying under another credit code', () => {
    expect(() => assertMayApplyFor(enterprise, OTHER)).toThrow(
      refusal('forbidden', 'not_your_enterprise'),
    );
    expect(() => assertMayApplyFor(enterprise, OWN)).not.toThrow();
  });

  it('forbidden: a department verifying another department’s item', () => {
    expect(() => assertOwnsItem(finance, { id: 'i', key: 'revenue_2y' })).toThrow(
      refusal('forbidden', 'not_your_item'),
    );
    expect(() => assertOwnsItem(tax, { id: 'i', key: 'revenue_2y' })).not.toThrow();
    expect(() => assertOwnsItem(tax, { id: 'i', key: 'rd_2y' })).not.toThrow();
  });

  it('forbidden: a county office asking for another county’s queue', () => {
    expect(() => assertMayFilter(lucheng, { county: '瑞安市' })).toThrow(
      refusal('forbidden', 'not_your_jurisdiction'),
    );
  });

  it('forbidden: a department asking for another department’s items', () => {
    expect(() => assertMayFilter(tax, { department: 'finance' })).toThrow(
      refusal('forbidden', 'not_your_department'),
    );
  });

  it('forbidden: an account whose role lacks its scope', () => {
    expect(() =>
      assertActorScope({ accountId: 'x', role: 'county_office', displayName: 'x' }),
    ).toThrow(refusal('forbidden', 'actor_scope_missing'));
    expect(() =>
      assertActorScope({ accountId: 'x', role: 'department', displayName: 'x' }),
    ).toThrow(refusal('forbidden', 'actor_scope_missing'));
    expect(() =>
      assertActorScope({ accountId: 'x', role: 'enterprise', displayName: 'x' }),
    ).toThrow(refusal('forbidden', 'actor_scope_missing'));
  });

  it('forbidden: the water fund’s and the relief pilot’s roles, even listing applications', () => {
    const water = { accountId: 'w', role: 'water_office', displayName: 'w', office: 'finance' };
    const township = {
      accountId: 't',
      role: 'relief_township',
      displayName: 't',
      jurisdiction: '文成县',
      township: '大峃镇',
    };
    for (const actor of [water, township] as Actor[]) {
      expect(() => assertActorScope(actor)).toThrow(refusal('forbidden', 'not_in_procedure'));
      expect(() => assertMayFilter(actor, {})).toThrow(refusal('forbidden', 'not_in_procedure'));
    }
  });
});

describe('runs, explanations and published data', () => {
  it('forbidden: enterprises, county offices, departments and the public reading runs', () => {
    for (const actor of [enterprise, lucheng, tax, null]) {
      expect(() => assertMayReadRuns(actor)).toThrow(refusal('forbidden', 'runs_not_yours'));
    }
    for (const actor of [bureau, group, admin])
      expect(() => assertMayReadRuns(actor)).not.toThrow();
  });

  it('forbidden: an enterprise reading its explanation before publication, or another’s ever', () => {
    expect(() => assertMayExplain(enterprise, { uscc: OWN, published: false, runId: 'r' })).toThrow(
      refusal('not_found'),
    );
    expect(() =>
      assertMayExplain(enterprise, { uscc: OTHER, published: true, runId: 'r' }),
    ).toThrow(refusal('not_found'));
    expect(() =>
      assertMayExplain(enterprise, { uscc: OWN, published: true, runId: 'r' }),
    ).not.toThrow();
  });

  it('forbidden: the public reading explanations (figures are not published)', () => {
    expect(() => assertMayExplain(null, { uscc: OWN, published: true, runId: 'r' })).toThrow(
      refusal('forbidden'),
    );
  });

  it('forbidden: anyone reading a list before publicity', () => {
    for (const state of [
      'draft',
      'open',
      'review',
      're_review',
      'rating',
      'approval',
      'approved',
    ] as const) {
      expect(() => assertPublished(state, 'b')).toThrow(refusal('not_found'));
    }
    expect(() => assertPublished('publicity', 'b')).not.toThrow();
    expect(() => assertPublished('final', 'b')).not.toThrow();
  });
});
