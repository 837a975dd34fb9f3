import { check, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { DEPARTMENTS, type Department } from '../../workflow/actor.ts';
import {
  ITEM_KEYS,
  ITEM_STATES,
  type ItemKey,
  type ItemState,
} from '../../workflow/hq-rating/verification-items.ts';
import { hqApplication } from './hq-applications.ts';
import { actorId, at, oneOf } from './hq-columns.ts';

/**
 * One figure or fact a department verifies in re-review (88号 三、3, 五、2). Values are stored as
 * text: amounts in yuan written out exactly (D8), counts, `;`-joined top-500 lists.
 */
export const hqVerificationItem = pgTable(
  'hq_verification_item',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => hqApplication.id),
    key: text('key').$type<ItemKey>().notNull(),
    department: text('department').$type<Department>().notNull(),
    state: text('state').$type<ItemState>().notNull(),
    declaredValue: text('declared_value').notNull(),
    /** The value a correction put in place of the declared one. */
    correctedValue: text('corrected_value'),
    /** Required with a correction: why the figure changed. */
    note: text('note'),
    verifiedBy: actorId('verified_by'),
    verifiedAt: at('verified_at'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    unique('hq_verification_item_unique').on(t.applicationId, t.key),
    index('hq_verification_item_department_idx').on(t.department, t.state),
    check('hq_verification_item_key_check', oneOf(t.key, ITEM_KEYS)),
    check('hq_verification_item_state_check', oneOf(t.state, ITEM_STATES)),
    check('hq_verification_item_department_check', oneOf(t.department, DEPARTMENTS)),
  ],
);
