import type { Citation } from '../../engine/citation.ts';
import type { Localized } from '../../engine/localized.ts';
import { ROLE_LABELS, type Actor, type Role } from '../actor.ts';
import { WorkflowError } from './errors.ts';

/** Who may take a step: a role, or `public` for anyone (an account or none). */
export type Party = Role | 'public';

export const PUBLIC_LABEL: Localized = { zh: '公众', en: 'the public' };

/** One allowed step: from which states, to which state, by whom. */
export interface TransitionRule<S extends string> {
  from: readonly S[];
  /** The state after the step; `null` when the step leaves the state as it is (an edit). */
  to: S | null;
  by: readonly Party[];
  label: Localized;
  /** The step needs the actor's own words (a reason or a note), e.g. R11's written answer. */
  needsReason?: boolean;
  citation: Citation;
}

/** A state machine as data: the screens list the allowed steps from it, the services enforce it. */
export interface StateMachine<S extends string, A extends string> {
  /** The record it governs, for messages. */
  label: Localized;
  states: readonly S[];
  stateLabels: Record<S, Localized>;
  initial: S;
  /** Who may create a record (in `initial`). */
  createdBy: readonly Party[];
  transitions: Record<A, TransitionRule<S>>;
}

function partyOf(actor: Actor | null): Party {
  return actor?.role ?? 'public';
}

function partyLabel(party: Party): Localized {
  return party === 'public' ? PUBLIC_LABEL : ROLE_LABELS[party];
}

function mayAct(by: readonly Party[], actor: Actor | null): boolean {
  return by.includes('public') || by.includes(partyOf(actor));
}

function roleRefusal(by: readonly Party[], actor: Actor | null, what: Localized): WorkflowError {
  const who = partyLabel(partyOf(actor));
  const allowed = by.map(partyLabel);
  return new WorkflowError('forbidden', 'role_not_allowed', {
    zh: `${who.zh}无权${what.zh}；此操作仅限${allowed.map((l) => l.zh).join('、')}`,
    en: `${who.en} may not ${what.en}; only ${allowed.map((l) => l.en).join(', ')} may`,
  });
}

/**
 * The state after `action`, or a WorkflowError: `role_not_allowed` (forbidden) when the actor's
 * role may never take the step, `transition_not_allowed` (conflict) when the record's state does
 * not allow it now. The role is checked first, so a refusal never tells an outsider the state.
 * @example transition(BATCH_MACHINE, 'draft', 'open', bureau) // 'open'
 */
export function transition<S extends string, A extends string>(
  machine: StateMachine<S, A>,
  state: S,
  action: A,
  actor: Actor | null,
): S {
  const rule = machine.transitions[action];
  const what = { zh: rule.label.zh, en: rule.label.en };
  if (!mayAct(rule.by, actor)) throw roleRefusal(rule.by, actor, what);
  if (!rule.from.includes(state)) {
    const now = machine.stateLabels[state];
    const from = rule.from.map((s) => machine.stateLabels[s]);
    throw new WorkflowError('conflict', 'transition_not_allowed', {
      zh: `${machine.label.zh}当前为“${now.zh}”，不能${rule.label.zh}；只有在${from.map((l) => `“${l.zh}”`).join('、')}时才可以`,
      en: `the ${machine.label.en} is ${now.en}, so it cannot ${rule.label.en}; that is only possible when it is ${from.map((l) => l.en).join(' or ')}`,
    });
  }
  return rule.to ?? state;
}

/**
 * Checks that the actor may create a record of this machine; returns its initial state.
 * @example creation(APPLICATION_MACHINE, enterprise) // 'draft'
 */
export function creation<S extends string, A extends string>(
  machine: StateMachine<S, A>,
  actor: Actor | null,
): S {
  if (!mayAct(machine.createdBy, actor)) {
    throw roleRefusal(machine.createdBy, actor, {
      zh: `新建${machine.label.zh}`,
      en: `create a ${machine.label.en}`,
    });
  }
  return machine.initial;
}

/**
 * The steps an actor's role may take from a state (scope is checked separately, in permissions).
 * @example allowedActions(BATCH_MACHINE, 'draft', bureau) // ['edit', 'open']
 */
export function allowedActions<S extends string, A extends string>(
  machine: StateMachine<S, A>,
  state: S,
  actor: Actor | null,
): A[] {
  return (Object.keys(machine.transitions) as A[]).filter((action) => {
    const rule = machine.transitions[action];
    return rule.from.includes(state) && mayAct(rule.by, actor);
  });
}

/**
 * Every state reachable from the initial one, to check a machine has no dead states.
 * @example reachableStates(BATCH_MACHINE).has('final') // true
 */
export function reachableStates<S extends string, A extends string>(
  machine: StateMachine<S, A>,
): Set<S> {
  const seen = new Set<S>([machine.initial]);
  const rules = Object.values(machine.transitions) as TransitionRule<S>[];
  let grew = true;
  while (grew) {
    grew = false;
    for (const rule of rules) {
      if (rule.to && !seen.has(rule.to) && rule.from.some((s) => seen.has(s))) {
        seen.add(rule.to);
        grew = true;
      }
    }
  }
  return seen;
}
