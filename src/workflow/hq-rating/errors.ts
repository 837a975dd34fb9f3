import type { Localized } from '../../engine/localized.ts';

/**
 * How a refusal maps onto the outside world: `forbidden` (HTTP 403) names what is not the actor's;
 * `not_found` (404) where even the record's existence is not theirs to know; `conflict` (409) when
 * the record is not in a state that allows the step.
 */
export type WorkflowErrorKind = 'forbidden' | 'not_found' | 'conflict';

/**
 * A step of the procedure that is not allowed: wrong role, out of scope, wrong state. Input that is
 * malformed is an `InputError` instead. Nothing has been written when either is thrown.
 * @example throw new WorkflowError('conflict', 'batch_not_open', { zh: '批次未开放申报', en: 'the batch is not open' })
 */
export class WorkflowError extends Error {
  readonly kind: WorkflowErrorKind;
  /** Stable machine code, e.g. `role_not_allowed`. */
  readonly code: string;
  /** The text to show the user. */
  readonly localized: Localized;

  constructor(kind: WorkflowErrorKind, code: string, localized: Localized) {
    super(localized.en);
    this.name = 'WorkflowError';
    this.kind = kind;
    this.code = code;
    this.localized = localized;
  }
}

/**
 * The refusal for a record the actor may not know exists (or that does not exist: the two must
 * look the same, 88号 gives no one a right to probe another enterprise's file).
 * @example notFound('application', 'a1b2')
 */
export function notFound(what: Localized, id: string): WorkflowError {
  return new WorkflowError('not_found', 'not_found', {
    zh: `未找到${what.zh}（${id}），或您无权查看`,
    en: `${what.en} ${id} was not found, or is not yours to see`,
  });
}

/** Names of the records, for messages. */
export const RECORD_LABELS = {
  batch: { zh: '评定批次', en: 'batch' },
  application: { zh: '申报', en: 'application' },
  item: { zh: '核实事项', en: 'verification item' },
  material: { zh: '申报材料', en: 'material' },
  run: { zh: '评定计算', en: 'rating run' },
  objection: { zh: '异议', en: 'objection' },
  claim: { zh: '政策兑现申请', en: 'benefit claim' },
  reReviewRequest: { zh: '复评申请', en: 're-review request' },
} satisfies Record<string, Localized>;
