import type { IsoDate } from '../../engine/calendar/plain-date.ts';
import type { Actor } from '../actor.ts';
import {
  APPLICATION_MACHINE,
  type ApplicationAction,
  type ApplicationState,
} from './application-machine.ts';
import type { BatchState } from './batch-machine.ts';
import { allowedActions } from './state-machine.ts';
import { hasLapsed, IN_EFFECT_STEPS } from './validity.ts';
import { ITEM_MACHINE, type ItemAction, type ItemState } from './verification-items.ts';

/**
 * The stage of the batch each application step belongs to (88号 三): a county decides in
 * pre-review, a department verifies in re-review, the leading group approves while a run awaits
 * it. Outside its stage a step is neither offered on a screen nor accepted by the services.
 */
export const STEP_STAGES: Partial<Record<ApplicationAction, readonly BatchState[]>> = {
  submit: ['open'],
  resubmit: ['open', 'review'],
  county_pass: ['review'],
  county_return: ['review'],
  county_reject: ['review'],
  report: ['review'],
  start_re_review: ['review'],
  verify_item: ['re_review'],
  complete_verification: ['re_review'],
  re_review_reject: ['re_review'],
  rate: ['rating'],
  approve: ['approval'],
  not_approve: ['approval'],
  publish: ['approved'],
  finalize: ['publicity'],
};

/**
 * A batch's steps as offered today: confirming the rating (88号 三、5) only once the publicity
 * period is over, as the service requires; the others as the state allows.
 * @example batchStepsToday(['finalize'], { publicityEndsOn: '2027-01-06' }, '2026-12-28') // []
 */
export function batchStepsToday(
  actions: readonly string[],
  batch: { publicityEndsOn: string | null },
  today: IsoDate | string,
): string[] {
  return actions.filter(
    (action) =>
      action !== 'finalize' || (batch.publicityEndsOn !== null && today > batch.publicityEndsOn),
  );
}

/**
 * Whether the batch's stage allows an application step.
 * @example stageAllows('county_pass', 'open') // false
 */
export function stageAllows(action: ApplicationAction, batchState: BatchState): boolean {
  const stages = STEP_STAGES[action];
  return !stages || stages.includes(batchState);
}

/** What the steps of an application depend on besides the actor. */
export interface StepSituation {
  state: ApplicationState;
  validUntil: IsoDate | null;
  batchState: BatchState;
}

/**
 * The steps an actor's role may take on an application now: those its state allows, in the
 * batch's stage, and, for the steps of a rating in effect, before it lapses (R13). The screens
 * offer exactly these (scope is checked separately, in permissions).
 * @example stepsNow({ state: 'submitted', validUntil: null, batchState: 'open' }, countyOffice, '2026-03-03') // []
 */
export function stepsNow(
  situation: StepSituation,
  actor: Actor | null,
  today: IsoDate,
): ApplicationAction[] {
  const lapsed = hasLapsed(situation, today);
  return allowedActions(APPLICATION_MACHINE, situation.state, actor).filter(
    (action) =>
      stageAllows(action, situation.batchState) && !(lapsed && IN_EFFECT_STEPS.includes(action)),
  );
}

/**
 * The steps an actor may take on a verification item now: those the item's state allows, while
 * its application may still be verified in its batch's re-review (88号 三、3). A rejected
 * application's items, or a batch past re-review, offer none.
 * @example itemStepsNow('pending', { state: 're_review_rejected', validUntil: null, batchState: 're_review' }, tax, today) // []
 */
export function itemStepsNow(
  itemState: ItemState,
  application: StepSituation,
  actor: Actor | null,
  today: IsoDate,
): ItemAction[] {
  if (!stepsNow(application, actor, today).includes('verify_item')) return [];
  return allowedActions(ITEM_MACHINE, itemState, actor);
}
