import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../actor.ts';
import { BATCH_MACHINE, BATCH_STATES, type BatchAction, type BatchState } from './batch-machine.ts';
import { allowedActions, reachableStates, transition } from './state-machine.ts';

const as = (role: Role): Actor => ({ accountId: role, role, displayName: role });

describe('the batch machine', () => {
  it('reaches every state from draft', () => {
    expect(reachableStates(BATCH_MACHINE)).toEqual(new Set(BATCH_STATES));
  });

  it('walks draft to final, with a send-back and an objection on the way', () => {
    const steps: [BatchAction, Role, BatchState][] = [
      ['open', 'city_bureau', 'open'],
      ['close', 'city_bureau', 'review'],
      ['start_re_review', 'city_bureau', 're_review'],
      ['start_rating', 'city_bureau', 'rating'],
      ['submit_for_approval', 'city_bureau', 'approval'],
      ['send_back', 'leading_group', 'rating'],
      ['submit_for_approval', 'city_bureau', 'approval'],
      ['approve', 'leading_group', 'approved'],
      ['publish', 'city_bureau', 'publicity'],
      ['reopen_rating', 'city_bureau', 'rating'],
      ['submit_for_approval', 'city_bureau', 'approval'],
      ['approve', 'leading_group', 'approved'],
      ['publish', 'city_bureau', 'publicity'],
      ['finalize', 'city_bureau', 'final'],
    ];
    let state: BatchState = 'draft';
    for (const [action, role, expected] of steps) {
      state = transition(BATCH_MACHINE, state, action, as(role));
      expect(state).toBe(expected);
    }
    expect(allowedActions(BATCH_MACHINE, 'final', as('city_bureau'))).toEqual([]);
  });

  it('gives approval to the leading group alone (88号 三、4)', () => {
    for (const role of [
      'city_bureau',
      'county_office',
      'enterprise',
      'department',
      'admin',
    ] as const) {
      expect(() => transition(BATCH_MACHINE, 'approval', 'approve', as(role))).toThrow(
        /may not approve/,
      );
    }
  });

  it('needs words for a send-back and an objection return', () => {
    expect(BATCH_MACHINE.transitions.send_back.needsReason).toBe(true);
    expect(BATCH_MACHINE.transitions.reopen_rating.needsReason).toBe(true);
  });

  it('lets the admin take no step at all', () => {
    for (const state of BATCH_STATES)
      expect(allowedActions(BATCH_MACHINE, state, as('admin'))).toEqual([]);
  });
});
