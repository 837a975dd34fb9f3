import type { StateMachine } from './state-machine.ts';

/** One enterprise's application in one batch, from draft to a rating in effect (88号 三, 五). */
export const APPLICATION_STATES = [
  'draft',
  'submitted',
  'returned',
  'county_passed',
  'county_rejected',
  'reported',
  're_review',
  'verified',
  're_review_rejected',
  'rated',
  'approved',
  'not_approved',
  'published',
  'final',
  'revoked',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export type ApplicationAction =
  | 'edit'
  | 'submit'
  | 'resubmit'
  | 'county_pass'
  | 'county_return'
  | 'county_reject'
  | 'report'
  | 'start_re_review'
  | 'verify_item'
  | 'complete_verification'
  | 're_review_reject'
  | 'rate'
  | 'not_approve'
  | 'approve'
  | 'back_to_rating'
  | 'publish'
  | 'finalize'
  | 'claim_benefit'
  | 'decide_benefit'
  | 'record_support'
  | 'request_re_review'
  | 'decide_re_review'
  | 'revoke';

const R11 = (article: string) => ({ rule: 'R11', article });

/** States after re-review passed and before a rating is in effect: the D4 pool of a new run. */
export const PASSED_RE_REVIEW: readonly ApplicationState[] = [
  'verified',
  'rated',
  'approved',
  'not_approved',
  'published',
];

/**
 * The application procedure (docs/hq-procedure.md, "Application").
 * @example transition(APPLICATION_MACHINE, 'returned', 'resubmit', enterprise) // 'submitted'
 */
export const APPLICATION_MACHINE: StateMachine<ApplicationState, ApplicationAction> = {
  label: { zh: '申报', en: 'application' },
  states: APPLICATION_STATES,
  stateLabels: {
    draft: { zh: '草稿', en: 'draft' },
    submitted: { zh: '已提交，待初审', en: 'submitted' },
    returned: { zh: '已退回补正', en: 'returned for changes' },
    county_passed: { zh: '初审通过', en: 'passed pre-review' },
    county_rejected: { zh: '初审未通过', en: 'rejected at pre-review' },
    reported: { zh: '已上报市局', en: 'reported to the city' },
    re_review: { zh: '复审核实中', en: 'under re-review' },
    verified: { zh: '复审通过', en: 'verified' },
    re_review_rejected: { zh: '复审未通过', en: 'rejected at re-review' },
    rated: { zh: '已评分', en: 'rated' },
    approved: { zh: '审定通过', en: 'approved' },
    not_approved: { zh: '审定未通过', en: 'not approved' },
    published: { zh: '公示中', en: 'published' },
    final: { zh: '星级生效', en: 'rating in effect' },
    revoked: { zh: '已取消资格', en: 'revoked' },
  },
  initial: 'draft',
  createdBy: ['enterprise'],
  transitions: {
    edit: {
      from: ['draft', 'returned'],
      to: null,
      by: ['enterprise'],
      label: { zh: '修改申报', en: 'edit the application' },
      citation: R11('88号 三、1'),
    },
    submit: {
      from: ['draft'],
      to: 'submitted',
      by: ['enterprise'],
      label: { zh: '提交申报', en: 'submit the application' },
      citation: R11('88号 三、1'),
    },
    resubmit: {
      from: ['returned'],
      to: 'submitted',
      by: ['enterprise'],
      label: { zh: '补正后重新提交', en: 'resubmit the application' },
      citation: R11('88号 三、1'),
    },
    county_pass: {
      from: ['submitted'],
      to: 'county_passed',
      by: ['county_office'],
      label: { zh: '初审通过', en: 'pass pre-review' },
      citation: R11('88号 三、2'),
    },
    county_return: {
      from: ['submitted'],
      to: 'returned',
      by: ['county_office'],
      label: { zh: '退回补正', en: 'return for changes' },
      needsReason: true,
      citation: R11('88号 三、2'),
    },
    county_reject: {
      from: ['submitted'],
      to: 'county_rejected',
      by: ['county_office'],
      label: { zh: '初审不予通过', en: 'reject at pre-review' },
      needsReason: true,
      citation: R11('88号 三、2'),
    },
    report: {
      from: ['county_passed'],
      to: 'reported',
      by: ['county_office'],
      label: { zh: '行文上报初审通过名单', en: 'report the pass list' },
      citation: R11('88号 三、2'),
    },
    start_re_review: {
      from: ['reported'],
      to: 're_review',
      by: ['city_bureau'],
      label: { zh: '启动复审', en: 'start re-review' },
      citation: R11('88号 三、3'),
    },
    verify_item: {
      from: ['re_review', 'verified'],
      to: null,
      by: ['department'],
      label: { zh: '核实数据', en: 'verify a figure' },
      citation: R11('88号 三、3；五、2'),
    },
    complete_verification: {
      from: ['re_review'],
      to: 'verified',
      by: ['department'],
      label: { zh: '完成全部核实', en: 'complete verification' },
      citation: R11('88号 三、3；五、2'),
    },
    re_review_reject: {
      from: ['re_review', 'verified'],
      to: 're_review_rejected',
      by: ['city_bureau'],
      label: { zh: '复审不予通过', en: 'reject at re-review' },
      needsReason: true,
      citation: R11('88号 三、3'),
    },
    rate: {
      from: ['verified', 'rated'],
      to: 'rated',
      by: ['city_bureau'],
      label: { zh: '评分', en: 'rate' },
      citation: { rule: 'R3-R10, D4', article: '88号 附件1' },
    },
    not_approve: {
      from: ['rated'],
      to: 'not_approved',
      by: ['leading_group'],
      label: { zh: '审定不予通过', en: 'not approve' },
      needsReason: true,
      citation: R11('88号 三、4'),
    },
    approve: {
      from: ['rated'],
      to: 'approved',
      by: ['leading_group'],
      label: { zh: '审定通过', en: 'approve' },
      citation: R11('88号 三、4'),
    },
    back_to_rating: {
      from: ['rated', 'approved', 'not_approved', 'published'],
      to: 'verified',
      by: ['leading_group', 'city_bureau'],
      label: { zh: '退回重新评分', en: 'return to rating' },
      needsReason: true,
      citation: { rule: 'R11, D4', article: '88号 三、4；三、5' },
    },
    publish: {
      from: ['approved'],
      to: 'published',
      by: ['city_bureau'],
      label: { zh: '公示', en: 'publish' },
      citation: R11('88号 三、5'),
    },
    finalize: {
      from: ['published'],
      to: 'final',
      by: ['city_bureau'],
      label: { zh: '确认星级生效', en: 'put the rating in effect' },
      citation: { rule: 'R13', article: '88号 五、1' },
    },
    claim_benefit: {
      from: ['final'],
      to: null,
      by: ['enterprise'],
      label: { zh: '申请政策兑现', en: 'claim a benefit' },
      citation: { rule: 'R15', article: '88号 四' },
    },
    decide_benefit: {
      from: ['final'],
      to: null,
      by: ['county_office', 'city_bureau'],
      label: { zh: '办理政策兑现', en: 'decide a benefit claim' },
      citation: { rule: 'R15', article: '88号 四' },
    },
    record_support: {
      from: ['final'],
      to: null,
      by: ['city_bureau'],
      label: { zh: '记录要素支持', en: 'record support' },
      citation: { rule: 'R15', article: '88号 四、3' },
    },
    request_re_review: {
      from: ['final'],
      to: null,
      by: ['enterprise'],
      label: { zh: '申请复评', en: 'request a re-review' },
      needsReason: true,
      citation: { rule: 'R13', article: '88号 五、1' },
    },
    decide_re_review: {
      from: ['final'],
      to: null,
      by: ['city_bureau'],
      label: { zh: '作出复评结论', en: 'decide a re-review' },
      needsReason: true,
      citation: { rule: 'R13', article: '88号 五、1' },
    },
    revoke: {
      from: ['final'],
      to: 'revoked',
      by: ['city_bureau'],
      label: { zh: '取消星级资格', en: 'revoke the rating' },
      needsReason: true,
      citation: { rule: 'R14', article: '88号 五、3' },
    },
  },
};
