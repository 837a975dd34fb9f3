import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  BENEFIT_KINDS,
  SUPPORT_KINDS,
  type BenefitKind,
  type SupportKind,
} from '../../workflow/hq-rating/benefits.ts';
import { REVOCATION_REASONS } from '../../workflow/hq-rating/revocation.ts';
import { hqApplication } from './hq-applications.ts';
import { actorId, at, oneOf } from './hq-columns.ts';

/** claimed → granted or refused (a refused kind may be claimed again); claimed or granted → ended. */
export const CLAIM_STATES = ['claimed', 'granted', 'refused', 'ended'] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

/**
 * A benefit claimed under a rating in effect (R15, 88号 四), and what the office that grants it
 * decided. The database itself refuses a second live claim of a kind (R16, 88号 五、5) and a rent
 * subsidy beside a purchase subsidy (88号 四、2); a refused claim blocks neither.
 */
export const hqBenefitClaim = pgTable(
  'hq_benefit_claim',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => hqApplication.id),
    kind: text('kind').$type<BenefitKind>().notNull(),
    state: text('state').$type<ClaimState>().notNull(),
    /** The rent paid or price, in yuan, when the claim is for a subsidy. */
    amountYuan: numeric('amount_yuan'),
    note: text('note'),
    claimedBy: actorId('claimed_by').notNull(),
    claimedAt: at('claimed_at').notNull(),
    /** Who granted or refused it, when, and why or how. */
    decidedBy: actorId('decided_by'),
    decidedAt: at('decided_at'),
    decisionNote: text('decision_note'),
    /** The share of a subsidy the local government set (88号 四、2), in per cent. */
    sharePercent: numeric('share_percent'),
    /** The subsidy granted: the amount claimed × the share, to the fen. */
    grantedYuan: numeric('granted_yuan'),
    endedAt: at('ended_at'),
    endReason: text('end_reason'),
  },
  (t) => [
    uniqueIndex('hq_benefit_claim_once')
      .on(t.applicationId, t.kind)
      .where(sql`${t.state} <> 'refused'`),
    uniqueIndex('hq_benefit_claim_rent_or_purchase')
      .on(t.applicationId)
      .where(sql`${t.kind} in ('rent_subsidy', 'purchase_subsidy') and ${t.state} <> 'refused'`),
    check('hq_benefit_claim_kind_check', oneOf(t.kind, BENEFIT_KINDS)),
    check('hq_benefit_claim_state_check', oneOf(t.state, CLAIM_STATES)),
    check('hq_benefit_claim_amount_check', sql`${t.amountYuan} >= 0`),
    check('hq_benefit_claim_share_check', sql`${t.sharePercent} > 0 and ${t.sharePercent} <= 100`),
    check('hq_benefit_claim_granted_check', sql`${t.grantedYuan} >= 0`),
  ],
);

/** Land, finance and credit support (88号 四、3): no rule to compute, so the bureau notes them. */
export const hqSupportNote = pgTable(
  'hq_support_note',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => hqApplication.id),
    kind: text('kind').$type<SupportKind>().notNull(),
    note: text('note').notNull(),
    recordedBy: actorId('recorded_by').notNull(),
    recordedAt: at('recorded_at').notNull(),
  },
  (t) => [
    index('hq_support_note_application_idx').on(t.applicationId),
    check('hq_support_note_kind_check', oneOf(t.kind, SUPPORT_KINDS)),
  ],
);

export const RE_REVIEW_STATES = ['open', 'decided'] as const;
export const RE_REVIEW_OUTCOMES = ['kept', 'changed'] as const;
export type ReReviewOutcome = (typeof RE_REVIEW_OUTCOMES)[number];

/** An enterprise's request for re-review of its rating and the bureau's outcome (R13, 88号 五、1). */
export const hqReReviewRequest = pgTable(
  'hq_re_review_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => hqApplication.id),
    reason: text('reason').notNull(),
    requestedBy: actorId('requested_by').notNull(),
    requestedAt: at('requested_at').notNull(),
    state: text('state').$type<'open' | 'decided'>().notNull(),
    outcome: text('outcome').$type<ReReviewOutcome>(),
    previousStars: integer('previous_stars').notNull(),
    newStars: integer('new_stars'),
    decisionReason: text('decision_reason'),
    decidedBy: actorId('decided_by'),
    decidedAt: at('decided_at'),
  },
  (t) => [
    uniqueIndex('hq_re_review_request_one_open')
      .on(t.applicationId)
      .where(sql`${t.state} = 'open'`),
    index('hq_re_review_request_application_idx').on(t.applicationId),
    check('hq_re_review_request_state_check', oneOf(t.state, RE_REVIEW_STATES)),
    check('hq_re_review_request_outcome_check', oneOf(t.outcome, RE_REVIEW_OUTCOMES)),
    check('hq_re_review_request_stars_check', sql`${t.newStars} between 1 and 5`),
  ],
);

/** A rating withdrawn for one of the R14 grounds (88号 五、3), with who decided and why. */
export const hqRevocation = pgTable(
  'hq_revocation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .unique('hq_revocation_once')
      .references(() => hqApplication.id),
    reason: integer('reason').notNull(),
    note: text('note').notNull(),
    decidedBy: actorId('decided_by').notNull(),
    decidedByName: text('decided_by_name').notNull(),
    decidedAt: at('decided_at').notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
  },
  (t) => [check('hq_revocation_reason_check', oneOf(t.reason, REVOCATION_REASONS))],
);
