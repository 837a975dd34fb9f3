import { describe, expect, it } from 'vitest';
import { ROLES, type Actor, type Role } from '../actor.ts';
import {
  APPLICATION_MACHINE,
  APPLICATION_STATES,
  type ApplicationAction,
  type ApplicationState,
} from './application-machine.ts';
import { allowedActions, reachableStates, transition } from './state-machine.ts';

const as = (role: Role): Actor => ({ accountId: role, role, displayName: role });

describe('the application machine', () => {
  it('reaches every state from draft', () => {
    expect(reachableStates(APPLICATION_MACHINE)).toEqual(new Set(APPLICATION_STATES));
  });

  it('walks a return and resubmission through to a revocation', () => {
    const steps: [ApplicationAction, Role, ApplicationState][] = [
      ['submit', 'enterprise', 'submitted'],
      ['county_return', 'county_office', 'returned'],
      ['edit', 'enterprise', 'returned'],
      ['resubmit', 'enterprise', 'submitted'],
      ['county_pass', 'county_office', 'county_passed'],
      ['report', 'county_office', 'reported'],
      ['start_re_review', 'city_bureau', 're_review'],
      ['complete_verification', 'department', 'verified'],
      ['rate', 'city_bureau', 'rated'],
      ['approve', 'leading_group', 'approved'],
      ['publish', 'city_bureau', 'published'],
      ['back_to_rating', 'city_bureau', 'verified'],
      ['rate', 'city_bureau', 'rated'],
      ['approve', 'leading_group', 'approved'],
      ['publish', 'city_bureau', 'published'],
      ['finalize', 'city_bureau', 'final'],
      ['claim_benefit', 'enterprise', 'final'],
      ['revoke', 'city_bureau', 'revoked'],
    ];
    let state: ApplicationState = 'draft';
    for (const [action, role, expected] of steps) {
      state = transition(APPLICATION_MACHINE, state, action, as(role));
      expect(state).toBe(expected);
    }
  });

  it('ends in the rejections and the revocation', () => {
    for (const state of ['county_rejected', 're_review_rejected', 'revoked'] as const) {
      for (const role of ROLES)
        expect(allowedActions(APPLICATION_MACHINE, state, as(role))).toEqual([]);
    }
  });

  it('asks for the reviewer’s words on every refusal (R11)', () => {
    for (const action of [
      'county_return',
      'county_reject',
      're_review_reject',
      'not_approve',
      'revoke',
    ] as const) {
      expect(APPLICATION_MACHINE.transitions[action].needsReason).toBe(true);
    }
  });

  it('lets only the enterprise create, edit and submit', () => {
    for (const role of ROLES.filter((r) => r !== 'enterprise')) {
      expect(() => transition(APPLICATION_MACHINE, 'draft', 'submit', as(role))).toThrow(
        expect.objectContaining({ code: 'role_not_allowed' }),
      );
    }
    expect(APPLICATION_MACHINE.createdBy).toEqual(['enterprise']);
  });
});
