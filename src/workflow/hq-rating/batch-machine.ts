import type { StateMachine } from './state-machine.ts';

/**
 * A batch is one call for applications (R12, 88号 五、1) carried through the procedure of
 * 88号 三 (R11). `approved` is ours: the leading group has approved a run and the bureau has not
 * yet published it (88号 三、4 → 三、5).
 */
export const BATCH_STATES = [
  'draft',
  'open',
  'review',
  're_review',
  'rating',
  'approval',
  'approved',
  'publicity',
  'final',
] as const;
export type BatchState = (typeof BATCH_STATES)[number];

export type BatchAction =
  | 'edit'
  | 'open'
  | 'close'
  | 'start_re_review'
  | 'start_rating'
  | 'run'
  | 'submit_for_approval'
  | 'send_back'
  | 'record_not_approved'
  | 'approve'
  | 'publish'
  | 'reopen_rating'
  | 'finalize';

const R11 = (article: string) => ({ rule: 'R11', article });

/**
 * The batch procedure (docs/hq-procedure.md, "Batch").
 * @example transition(BATCH_MACHINE, 'approval', 'send_back', leadingGroup) // 'rating'
 */
export const BATCH_MACHINE: StateMachine<BatchState, BatchAction> = {
  label: { zh: '评定批次', en: 'batch' },
  states: BATCH_STATES,
  stateLabels: {
    draft: { zh: '草拟', en: 'draft' },
    open: { zh: '申报中', en: 'open for applications' },
    review: { zh: '初审中', en: 'in county pre-review' },
    re_review: { zh: '复审中', en: 'in city re-review' },
    rating: { zh: '评分中', en: 'being rated' },
    approval: { zh: '待审定', en: 'awaiting approval' },
    approved: { zh: '已审定', en: 'approved' },
    publicity: { zh: '公示中', en: 'in publicity' },
    final: { zh: '已生效', en: 'final' },
  },
  initial: 'draft',
  createdBy: ['city_bureau'],
  transitions: {
    edit: {
      from: ['draft'],
      to: null,
      by: ['city_bureau'],
      label: { zh: '修改批次设置', en: 'edit the batch' },
      citation: { rule: 'R12', article: '88号 五、1' },
    },
    open: {
      from: ['draft'],
      to: 'open',
      by: ['city_bureau'],
      label: { zh: '发布公告并开放申报', en: 'open the batch for applications' },
      citation: { rule: 'R12', article: '88号 五、1' },
    },
    close: {
      from: ['open'],
      to: 'review',
      by: ['city_bureau'],
      label: { zh: '截止申报并进入初审', en: 'close applications and start pre-review' },
      citation: R11('88号 三、1'),
    },
    start_re_review: {
      from: ['review'],
      to: 're_review',
      by: ['city_bureau'],
      label: { zh: '启动复审', en: 'start re-review' },
      citation: R11('88号 三、3'),
    },
    start_rating: {
      from: ['re_review'],
      to: 'rating',
      by: ['city_bureau'],
      label: { zh: '结束复审并进入评分', en: 'end re-review and start rating' },
      citation: R11('88号 三、3'),
    },
    run: {
      from: ['rating'],
      to: null,
      by: ['city_bureau'],
      label: { zh: '计算评分', en: 'run the rating' },
      citation: { rule: 'R3-R10, D4', article: '88号 附件1' },
    },
    submit_for_approval: {
      from: ['rating'],
      to: 'approval',
      by: ['city_bureau'],
      label: { zh: '提交领导小组审定', en: 'submit a run for approval' },
      citation: R11('88号 三、4'),
    },
    send_back: {
      from: ['approval'],
      to: 'rating',
      by: ['leading_group'],
      label: { zh: '退回重新评分', en: 'send the run back' },
      needsReason: true,
      citation: R11('88号 三、4'),
    },
    record_not_approved: {
      from: ['approval'],
      to: null,
      by: ['leading_group'],
      label: { zh: '记录未获审定通过的理由', en: 'record a reason for not approving' },
      needsReason: true,
      citation: R11('88号 三、4'),
    },
    approve: {
      from: ['approval'],
      to: 'approved',
      by: ['leading_group'],
      label: { zh: '审定通过', en: 'approve the run' },
      citation: R11('88号 三、4'),
    },
    publish: {
      from: ['approved'],
      to: 'publicity',
      by: ['city_bureau'],
      label: { zh: '公示名单', en: 'publish the list' },
      citation: { rule: 'R11, D7', article: '88号 三、5' },
    },
    reopen_rating: {
      from: ['publicity'],
      to: 'rating',
      by: ['city_bureau'],
      label: { zh: '因异议成立退回评分', en: 'return to rating after an upheld objection' },
      needsReason: true,
      citation: R11('88号 三、5'),
    },
    finalize: {
      from: ['publicity'],
      to: 'final',
      by: ['city_bureau'],
      label: { zh: '公示期满确认生效', en: 'finalize after publicity' },
      citation: { rule: 'R11, R13', article: '88号 三、5；五、1' },
    },
  },
};

/** Batch states in which the published list and its objections are public. */
export const PUBLIC_BATCH_STATES: readonly BatchState[] = ['publicity', 'final'];
