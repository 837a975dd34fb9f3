import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { BATCH_STATES, type BatchState } from '../../workflow/hq-rating/batch-machine.ts';
import { actorId, at, json, oneOf } from './hq-columns.ts';

/** The D-settings a batch keeps beside its own columns (settings.ts; D7 has its own column). */
export interface StoredBatchSettings {
  noSpread: 'full_weight' | 'zero';
  displayPlaces: number;
  exportPlaces: number;
}

/** One call for applications (R12, 88号 五、1) and the procedure it goes through (88号 三). */
export const hqBatch = pgTable(
  'hq_batch',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** D6: the batch year Y ("last two years" = Y-2 and Y-1). */
    year: integer('year').notNull(),
    title: text('title').notNull(),
    announcementText: text('announcement_text').notNull(),
    announcementOn: date('announcement_on', { mode: 'string' }).notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    /** Selects the parameters in force (parameters.yaml). */
    ratingDate: date('rating_date', { mode: 'string' }).notNull(),
    /** D7, in Chinese working days. */
    publicityWorkingDays: integer('publicity_working_days').notNull().default(7),
    settings: json<StoredBatchSettings>('settings').notNull(),
    state: text('state').$type<BatchState>().notNull(),
    /** Demo data (演示数据): every output made from it says so. */
    synthetic: boolean('synthetic').notNull().default(false),
    /** How many times the list was published; objections belong to one round. */
    publicityRound: integer('publicity_round').notNull().default(0),
    publicityStartsOn: date('publicity_starts_on', { mode: 'string' }),
    publicityEndsOn: date('publicity_ends_on', { mode: 'string' }),
    /** 发文字号 of the publicity notice, entered by the bureau when it publishes; none: a draft. */
    publicityDocumentNumber: text('publicity_document_number'),
    /** The run before the leading group, and the run on the published list. */
    approvalRunId: uuid('approval_run_id'),
    publishedRunId: uuid('published_run_id'),
    finalOn: date('final_on', { mode: 'string' }),
    createdBy: actorId('created_by').notNull(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    check('hq_batch_state_check', oneOf(t.state, BATCH_STATES)),
    check('hq_batch_window_check', sql`${t.closesOn} >= ${t.opensOn}`),
    check('hq_batch_publicity_days_check', sql`${t.publicityWorkingDays} between 1 and 60`),
  ],
);

/** Every step of a batch: who, when, from which state to which, and their words. Append-only. */
export const hqBatchEvent = pgTable(
  'hq_batch_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => hqBatch.id),
    at: at('at').notNull(),
    actorId: actorId('actor_id').notNull(),
    actorRole: text('actor_role').notNull(),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    note: text('note'),
    details: json('details'),
  },
  (t) => [index('hq_batch_event_batch_idx').on(t.batchId, t.id)],
);

/** A county's pass list, reported to the city by official letter (88号 三、2). */
export const hqCountyReport = pgTable(
  'hq_county_report',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => hqBatch.id),
    county: text('county').notNull(),
    letterNumber: text('letter_number').notNull(),
    letterDate: date('letter_date', { mode: 'string' }).notNull(),
    reportedBy: actorId('reported_by').notNull(),
    reportedAt: at('reported_at').notNull(),
  },
  (t) => [unique('hq_county_report_letter_unique').on(t.batchId, t.county, t.letterNumber)],
);
