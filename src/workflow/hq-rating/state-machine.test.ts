import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor.ts';
import { WorkflowError } from './errors.ts';
import {
  allowedActions,
  creation,
  reachableStates,
  transition,
  type StateMachine,
} from './state-machine.ts';

type S = 'a' | 'b' | 'c';
const MACHINE: StateMachine<S, 'go' | 'stay' | 'anyone'> = {
  label: { zh: '测试', en: 'test' },
  states: ['a', 'b', 'c'],
  stateLabels: { a: { zh: '甲', en: 'A' }, b: { zh: '乙', en: 'B' }, c: { zh: '丙', en: 'C' } },
  initial: 'a',
  createdBy: ['city_bureau'],
  transitions: {
    go: {
      from: ['a'],
      to: 'b',
      by: ['city_bureau'],
      label: { zh: '前进', en: 'go on' },
      citation: { rule: 'R11', article: '88号 三' },
    },
    stay: {
      from: ['a', 'b'],
      to: null,
      by: ['city_bureau'],
      label: { zh: '修改', en: 'edit' },
      citation: { rule: 'R11', article: '88号 三' },
    },
    anyone: {
      from: ['b'],
      to: 'c',
      by: ['public'],
      label: { zh: '公开', en: 'publish' },
      citation: { rule: 'R11', article: '88号 三' },
    },
  },
};
const bureau: Actor = { accountId: 'b', role: 'city_bureau', displayName: '市局' };
const company: Actor = {
  accountId: 'e',
  role: 'enterprise',
  displayName: '企业',
  enterpriseUscc: 'x',
};

describe('transition', () => {
  it('gives the next state, or the same one for an edit', () => {
    expect(transition(MACHINE, 'a', 'go', bureau)).toBe('b');
    expect(transition(MACHINE, 'b', 'stay', bureau)).toBe('b');
  });

  it('refuses a role that may never take the step, before looking at the state', () => {
    const error = (() => {
      try {
        transition(MACHINE, 'c', 'go', company);
      } catch (x) {
        return x as WorkflowError;
      }
    })()!;
    expect(error).toMatchObject({ kind: 'forbidden', code: 'role_not_allowed' });
    expect(error.localized.zh).toBe('企业无权前进；此操作仅限市投资促进局');
  });

  it('refuses a step the state does not allow, naming the states that would', () => {
    expect(() => transition(MACHINE, 'b', 'go', bureau)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'transition_not_allowed' }),
    );
    try {
      transition(MACHINE, 'b', 'go', bureau);
    } catch (x) {
      expect((x as WorkflowError).localized.zh).toBe(
        '测试当前为“乙”，不能前进；只有在“甲”时才可以',
      );
    }
  });

  it('lets anyone, even without an account, take a public step', () => {
    expect(transition(MACHINE, 'b', 'anyone', null)).toBe('c');
  });
});

describe('creation, allowedActions, reachableStates', () => {
  it('checks who may create', () => {
    expect(creation(MACHINE, bureau)).toBe('a');
    expect(() => creation(MACHINE, null)).toThrow(WorkflowError);
  });

  it('lists the steps a role may take from a state', () => {
    expect(allowedActions(MACHINE, 'a', bureau)).toEqual(['go', 'stay']);
    expect(allowedActions(MACHINE, 'b', null)).toEqual(['anyone']);
  });

  it('finds every reachable state', () => {
    expect(reachableStates(MACHINE)).toEqual(new Set(['a', 'b', 'c']));
  });
});
