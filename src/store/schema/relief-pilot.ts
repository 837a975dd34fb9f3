import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Warning } from '../../engine/warning.ts';
import { actorId, at, json, oneOf } from './hq-columns.ts';

/**
 * The tables of the 90号 relief pilot (docs/relief-api.md). Amounts are `numeric(14,2)` in yuan,
 * exact to the fen (MD2), read back as text and turned into `Exact`.
 */
const yuan = (name: string) => numeric(name, { precision: 14, scale: 2 });

export const RELIEF_LEVELS = ['none', 'watch', 'relief_due', 'uninsured'] as const;
export const RELIEF_VISIT_RESULTS = ['verified', 'help_arranged', 'not_found', 'no_need'] as const;
export const RELIEF_RECEIPT_SOURCES = ['city', 'local_match'] as const;
export const RELIEF_RUN_STATES = ['computed', 'approved'] as const;

/** A relatively low-income family; its category is civil affairs' decision (M1), null until made. */
export const reliefFamily = pgTable(
  'relief_family',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    familyCode: text('family_code').notNull().unique(),
    county: text('county').notNull(),
    township: text('township').notNull(),
    /** The village (community) the township visits; the address and phone are personal data. */
    village: text('village'),
    /** Sealed with SM4 (relief-sealed.ts), as are the phone, ID numbers and costs. */
    address: text('address'),
    phone: text('phone'),
    category: integer('category'),
    categoryNote: text('category_note'),
    categorySetBy: actorId('category_set_by'),
    categorySetAt: at('category_set_at'),
    synthetic: boolean('synthetic').notNull().default(false),
    createdBy: actorId('created_by').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    index('relief_family_place_idx').on(t.county, t.township, t.familyCode),
    check('relief_family_category_check', sql`${t.category} is null or ${t.category} in (1, 2)`),
  ],
);

/** A member of a family: a person is in one family only (the unique ID number). */
export const reliefMember = pgTable(
  'relief_member',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => reliefFamily.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    /** Sealed; a person is in one family only, by the blind index of the number. */
    idNumber: text('id_number').notNull(),
    idNumberIndex: text('id_number_index').unique(),
    relation: text('relation').notNull(),
    isHead: boolean('is_head').notNull(),
    insured: boolean('insured').notNull(),
    insuranceKind: text('insurance_kind'),
  },
  (t) => [
    unique('relief_member_position_unique').on(t.familyId, t.position),
    check(
      'relief_member_kind_check',
      sql`${t.insuranceKind} is null or ${t.insuranceKind} in ('resident', 'employee')`,
    ),
  ],
);

/** A family's medical costs of a calendar year by layer (MD1); out-of-pocket is what is left. */
export const reliefCost = pgTable(
  'relief_cost',
  {
    familyId: uuid('family_id')
      .notNull()
      .references(() => reliefFamily.id),
    year: integer('year').notNull(),
    // Health figures, sealed (yuan as decimal text inside): the service checks that each is
    // non-negative and that out-of-pocket is what the layers leave (costs.ts), since the
    // database no longer reads them.
    totalCost: text('total_cost').notNull(),
    basicInsurance: text('basic_insurance').notNull(),
    criticalIllness: text('critical_illness').notNull(),
    medicalAssistance: text('medical_assistance').notNull(),
    huiminbao: text('huiminbao').notNull(),
    outOfPocket: text('out_of_pocket').notNull(),
    updatedBy: actorId('updated_by').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [primaryKey({ name: 'relief_cost_pk', columns: [t.familyId, t.year] })],
);

/** One computation of a year's relief (M3), kept as made; approval is the federation's (M4). */
export const reliefRun = pgTable(
  'relief_run',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    state: text('state').$type<(typeof RELIEF_RUN_STATES)[number]>().notNull(),
    parameterSource: text('parameter_source').notNull(),
    total: yuan('total').notNull(),
    warnings: json<Warning[]>('warnings').notNull(),
    synthetic: boolean('synthetic').notNull(),
    computedBy: actorId('computed_by').notNull(),
    computedAt: at('computed_at').notNull(),
    approvedBy: actorId('approved_by'),
    approvedAt: at('approved_at'),
    approvalNote: text('approval_note'),
  },
  (t) => [
    index('relief_run_year_idx').on(t.year, t.computedAt),
    check('relief_run_state_check', oneOf(t.state, RELIEF_RUN_STATES)),
  ],
);

/** A family as a run took it and what it gave; `covered` false for other categories (MD4). */
export const reliefRunFamily = pgTable(
  'relief_run_family',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => reliefRun.id),
    familyId: uuid('family_id')
      .notNull()
      .references(() => reliefFamily.id),
    familyCode: text('family_code').notNull(),
    county: text('county').notNull(),
    township: text('township').notNull(),
    category: integer('category').notNull(),
    covered: boolean('covered').notNull(),
    members: integer('members').notNull(),
    insuredMembers: integer('insured_members').notNull(),
    /** Sealed, as the family's costs are. */
    outOfPocket: text('out_of_pocket').notNull(),
    relief: yuan('relief').notNull(),
    level: text('level').$type<(typeof RELIEF_LEVELS)[number]>().notNull(),
  },
  (t) => [
    primaryKey({ name: 'relief_run_family_pk', columns: [t.runId, t.familyId] }),
    check('relief_run_family_relief_non_negative', sql`${t.relief} >= 0`),
    check('relief_run_family_level_check', oneOf(t.level, RELIEF_LEVELS)),
  ],
);

/** Money received by a pilot county's fund (M4): the city's allocation or the local match. */
export const reliefFundReceipt = pgTable(
  'relief_fund_receipt',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    county: text('county').notNull(),
    source: text('source').$type<(typeof RELIEF_RECEIPT_SOURCES)[number]>().notNull(),
    amount: yuan('amount').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    reference: text('reference').notNull(),
    recordedBy: actorId('recorded_by').notNull(),
    recordedAt: at('recorded_at').notNull(),
  },
  (t) => [
    index('relief_fund_receipt_year_idx').on(t.year, t.county),
    check('relief_fund_receipt_positive', sql`${t.amount} > 0`),
    check('relief_fund_receipt_source_check', oneOf(t.source, RELIEF_RECEIPT_SOURCES)),
  ],
);

/** A relief paid from a county's fund: one per family and year. */
export const reliefPayment = pgTable(
  'relief_payment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    runId: uuid('run_id')
      .notNull()
      .references(() => reliefRun.id),
    familyId: uuid('family_id')
      .notNull()
      .references(() => reliefFamily.id),
    county: text('county').notNull(),
    amount: yuan('amount').notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    paidBy: actorId('paid_by').notNull(),
    paidAt: at('paid_at').notNull(),
  },
  (t) => [
    unique('relief_payment_family_year_unique').on(t.familyId, t.year),
    index('relief_payment_year_idx').on(t.year, t.county),
    check('relief_payment_positive', sql`${t.amount} > 0`),
  ],
);

/**
 * A family's early warning of a year (M6, MD3), rebuilt from its costs and enrolment; a level
 * of `none` keeps a warning that was visited but no longer applies.
 */
export const reliefWarning = pgTable(
  'relief_warning',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => reliefFamily.id),
    level: text('level').$type<(typeof RELIEF_LEVELS)[number]>().notNull(),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    raisedAt: at('raised_at').notNull(),
  },
  (t) => [
    unique('relief_warning_family_year_unique').on(t.familyId, t.year),
    check('relief_warning_level_check', oneOf(t.level, RELIEF_LEVELS)),
  ],
);

/** A township's visit on a warning (M6: 线下核实). */
export const reliefVisit = pgTable(
  'relief_visit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    warningId: uuid('warning_id')
      .notNull()
      .references(() => reliefWarning.id),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    result: text('result').$type<(typeof RELIEF_VISIT_RESULTS)[number]>().notNull(),
    note: text('note').notNull(),
    byAccount: actorId('by_account').notNull(),
    byName: text('by_name').notNull(),
    recordedAt: at('recorded_at').notNull(),
  },
  (t) => [
    index('relief_visit_warning_idx').on(t.warningId, t.recordedAt),
    check('relief_visit_result_check', oneOf(t.result, RELIEF_VISIT_RESULTS)),
  ],
);
