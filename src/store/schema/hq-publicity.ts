import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  OBJECTION_STATES,
  type ObjectionState,
} from '../../workflow/hq-rating/objection-machine.ts';
import { hqApplication } from './hq-applications.ts';
import { hqBatch } from './hq-batches.ts';
import { actorId, at, oneOf } from './hq-columns.ts';

/**
 * An objection filed during publicity (88号 三、5) against one enterprise on the list, and the
 * bureau's outcome after re-checking with the departments. The contact is personal data: it is
 * never shown on a public page.
 */
export const hqObjection = pgTable(
  'hq_objection',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => hqBatch.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => hqApplication.id),
    /** The publicity round it was filed in (hq_batch.publicity_round). */
    round: integer('round').notNull(),
    /** The 受理编号 the objector is given and looks the outcome up by, e.g. YY20260316-4K7QMZ. */
    receiptNo: text('receipt_no').notNull(),
    reason: text('reason').notNull(),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    /** The account that filed it, or `public`. */
    filedBy: actorId('filed_by').notNull(),
    filedAt: at('filed_at').notNull(),
    state: text('state').$type<ObjectionState>().notNull(),
    outcomeReason: text('outcome_reason'),
    /** An upheld objection that changed a figure sent the batch back to rating. */
    figuresChanged: boolean('figures_changed').notNull().default(false),
    resolvedBy: actorId('resolved_by'),
    resolvedAt: at('resolved_at'),
  },
  (t) => [
    index('hq_objection_batch_idx').on(t.batchId, t.state),
    uniqueIndex('hq_objection_receipt_no_idx').on(t.receiptNo),
    check('hq_objection_state_check', oneOf(t.state, OBJECTION_STATES)),
  ],
);
