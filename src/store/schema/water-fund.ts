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
import { WATER_OFFICES } from '../../workflow/actor.ts';
import { FIGURE_FIELDS, type FigureField } from '../../workflow/water-fund/fields.ts';
import type { RunAllocation, RunContribution } from '../../workflow/water-fund/run-record.ts';
import { USE_CATEGORIES } from '../../workflow/water-fund/use-categories.ts';
import {
  FIGURE_SOURCES,
  LEDGER_KINDS,
  LEDGER_STATES,
  RUN_STATES,
  YEAR_STATES,
  type FigureSource,
  type LedgerKind,
  type LedgerState,
  type RunState,
  type YearState,
} from '../../workflow/water-fund/year-machine.ts';
import { actorId, at, json, oneOf } from './hq-columns.ts';

/**
 * Tables of the water-source fund (温政办函〔2023〕28号). Money is `numeric(14,2)` in yuan,
 * figures are decimal text as reported: never a float.
 */
const money = (name: string) => numeric(name, { precision: 14, scale: 2 });

/** One fund year: opened by finance (W2), allocated once a run is approved. */
export const waterYear = pgTable(
  'water_year',
  {
    year: integer('year').primaryKey(),
    state: text('state').$type<YearState>().notNull(),
    figuresDueOn: date('figures_due_on', { mode: 'string' }).notNull(),
    selfEvaluationDueOn: date('self_evaluation_due_on', { mode: 'string' }).notNull(),
    parametersVersion: text('parameters_version').notNull(),
    synthetic: boolean('synthetic').notNull().default(false),
    /** Bumped by every change of a figure: a run records the revision it was made from. */
    figuresRevision: integer('figures_revision').notNull().default(0),
    approvedRunId: uuid('approved_run_id'),
    openedBy: actorId('opened_by').notNull(),
    openedAt: at('opened_at').notNull(),
  },
  (t) => [check('water_year_state_check', oneOf(t.state, YEAR_STATES))],
);

/** W5, W7: one figure of one receiver, as its office reported it. */
export const waterFigure = pgTable(
  'water_figure',
  {
    year: integer('year')
      .notNull()
      .references(() => waterYear.year),
    county: text('county').notNull(),
    field: text('field').$type<FigureField>().notNull(),
    value: text('value').notNull(),
    office: text('office').notNull(),
    source: text('source').$type<FigureSource>().notNull(),
    late: boolean('late').notNull(),
    enteredBy: actorId('entered_by').notNull(),
    enteredByName: text('entered_by_name').notNull(),
    enteredAt: at('entered_at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'water_figure_pk', columns: [t.year, t.county, t.field] }),
    check('water_figure_field_check', oneOf(t.field, FIGURE_FIELDS)),
    check('water_figure_office_check', oneOf(t.office, WATER_OFFICES)),
    check('water_figure_source_check', oneOf(t.source, FIGURE_SOURCES)),
    check('water_figure_value_check', sql`${t.value} ~ '^[0-9]+(\\.[0-9]+)?$'`),
  ],
);

/** One allocation run (W4-W7, WD1-WD3), kept as made; approval is the only change. */
export const waterRun = pgTable(
  'water_run',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year')
      .notNull()
      .references(() => waterYear.year),
    version: integer('version').notNull(),
    state: text('state').$type<RunState>().notNull(),
    figuresRevision: integer('figures_revision').notNull(),
    parametersVersion: text('parameters_version').notNull(),
    /** The interchange document the method read (water-source-compensation.md). */
    inputs: json<{ factors: unknown; assessment: unknown }>('inputs').notNull(),
    allocations: json<RunAllocation[]>('allocations').notNull(),
    contributions: json<RunContribution[]>('contributions').notNull(),
    warnings: json<Warning[]>('warnings').notNull(),
    synthetic: boolean('synthetic').notNull(),
    ranBy: actorId('ran_by').notNull(),
    ranByName: text('ran_by_name').notNull(),
    ranAt: at('ran_at').notNull(),
    approvedBy: actorId('approved_by'),
    approvedByName: text('approved_by_name'),
    approvedAt: at('approved_at'),
    /** 发文字号 of the allocation notice, entered with the approval; none: the notice is a draft. */
    noticeDocumentNumber: text('notice_document_number'),
    note: text('note'),
  },
  (t) => [
    unique('water_run_version_unique').on(t.year, t.version),
    check('water_run_state_check', oneOf(t.state, RUN_STATES)),
  ],
);

/** The fund's ledger: what payers owe (W2), the city's share, transfers to receivers. */
export const waterLedgerLine = pgTable(
  'water_ledger_line',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year')
      .notNull()
      .references(() => waterYear.year),
    kind: text('kind').$type<LedgerKind>().notNull(),
    county: text('county'),
    amount: money('amount').notNull(),
    state: text('state').$type<LedgerState>().notNull(),
    paidOn: date('paid_on', { mode: 'string' }),
    reference: text('reference'),
    runId: uuid('run_id').references(() => waterRun.id),
    position: integer('position').notNull(),
    createdAt: at('created_at').notNull(),
    paidBy: actorId('paid_by'),
  },
  (t) => [
    index('water_ledger_line_year_idx').on(t.year),
    check('water_ledger_line_kind_check', oneOf(t.kind, LEDGER_KINDS)),
    check('water_ledger_line_state_check', oneOf(t.state, LEDGER_STATES)),
    check('water_ledger_line_amount_check', sql`${t.amount} >= 0`),
    check(
      'water_ledger_line_paid_check',
      sql`(${t.state} = 'paid') = (${t.paidOn} is not null and ${t.reference} is not null)`,
    ),
  ],
);

/** W8: what a receiver spent its transfer on. */
export const waterUse = pgTable(
  'water_use',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year')
      .notNull()
      .references(() => waterYear.year),
    county: text('county').notNull(),
    category: text('category').notNull(),
    amount: money('amount').notNull(),
    description: text('description').notNull(),
    recordedBy: actorId('recorded_by').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: at('recorded_at').notNull(),
  },
  (t) => [
    index('water_use_year_county_idx').on(t.year, t.county),
    check('water_use_category_check', oneOf(t.category, USE_CATEGORIES)),
    check('water_use_amount_check', sql`${t.amount} > 0`),
  ],
);

/** W9: a receiver's self-evaluation of the year, replaced when resubmitted. */
export const waterSelfEvaluation = pgTable(
  'water_self_evaluation',
  {
    year: integer('year')
      .notNull()
      .references(() => waterYear.year),
    county: text('county').notNull(),
    summary: text('summary').notNull(),
    score: numeric('score', { precision: 7, scale: 4 }).notNull(),
    submittedBy: actorId('submitted_by').notNull(),
    submittedAt: at('submitted_at').notNull(),
    late: boolean('late').notNull(),
  },
  (t) => [
    primaryKey({ name: 'water_self_evaluation_pk', columns: [t.year, t.county] }),
    check('water_self_evaluation_score_check', sql`${t.score} between 0 and 100`),
  ],
);
