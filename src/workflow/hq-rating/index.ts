/**
 * The HQ star-rating procedure (温政办〔2023〕88号 三-五; docs/hq-procedure.md): the pure rules
 * (state machines, scope policy, items, benefits, validity, revocation grounds) and the services
 * that apply them to the database.
 */
export { WorkflowError, type WorkflowErrorKind } from './errors.ts';
export {
  transition,
  creation,
  allowedActions,
  type StateMachine,
  type Party,
} from './state-machine.ts';
export {
  BATCH_MACHINE,
  BATCH_STATES,
  PUBLIC_BATCH_STATES,
  type BatchState,
  type BatchAction,
} from './batch-machine.ts';
export {
  APPLICATION_MACHINE,
  APPLICATION_STATES,
  type ApplicationState,
  type ApplicationAction,
} from './application-machine.ts';
export { OBJECTION_MACHINE, OBJECTION_STATES, type ObjectionState } from './objection-machine.ts';
export {
  ITEM_MACHINE,
  ITEM_KEYS,
  ITEMS,
  type ItemKey,
  type ItemState,
} from './verification-items.ts';
export * from './permissions.ts';
export * from './benefits.ts';
export * from './validity.ts';
export * from './steps-now.ts';
export * from './revocation.ts';
export * from './materials.ts';
export * from './form-choices.ts';
export * as services from './services/index.ts';
