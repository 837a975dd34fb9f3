import type { StateMachine } from './state-machine.ts';

export const OBJECTION_STATES = ['open', 'dismissed', 'upheld'] as const;
export type ObjectionState = (typeof OBJECTION_STATES)[number];

export type ObjectionAction = 'dismiss' | 'uphold';

/**
 * An objection: anyone files it during publicity; the bureau dismisses or upholds it after
 * re-checking with the departments (88号 三、5).
 */
export const OBJECTION_MACHINE: StateMachine<ObjectionState, ObjectionAction> = {
  label: { zh: '异议', en: 'objection' },
  states: OBJECTION_STATES,
  stateLabels: {
    open: { zh: '待处理', en: 'open' },
    dismissed: { zh: '不成立', en: 'dismissed' },
    upheld: { zh: '成立', en: 'upheld' },
  },
  initial: 'open',
  createdBy: ['public'],
  transitions: {
    dismiss: {
      from: ['open'],
      to: 'dismissed',
      by: ['city_bureau'],
      label: { zh: '认定异议不成立', en: 'dismiss the objection' },
      needsReason: true,
      citation: { rule: 'R11', article: '88号 三、5' },
    },
    uphold: {
      from: ['open'],
      to: 'upheld',
      by: ['city_bureau'],
      label: { zh: '认定异议成立', en: 'uphold the objection' },
      needsReason: true,
      citation: { rule: 'R11', article: '88号 三、5' },
    },
  },
};
