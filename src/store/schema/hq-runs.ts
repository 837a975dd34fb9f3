import {
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
import type { Warning } from '../../engine/warning.ts';
import type {
  RunInput,
  RunResult,
  RunSettings,
  RunUnscored,
} from '../../workflow/hq-rating/run-record.ts';
import { hqApplication } from './hq-applications.ts';
import { hqBatch } from './hq-batches.ts';
import { actorId, at, json, oneOf } from './hq-columns.ts';

/**
 * One rating of a batch (R3-R10 over the D4 pool), kept as it was made: the figures used, the
 * parameter version, the settings and every result, exact values as strings. A migration refuses
 * UPDATE and DELETE: a new figure means a new run (docs/hq-procedure.md, "Rating runs").
 */
export const hqRatingRun = pgTable(
  'hq_rating_run',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => hqBatch.id),
    version: integer('version').notNull(),
    ratingDate: date('rating_date', { mode: 'string' }).notNull(),
    batchYear: integer('batch_year').notNull(),
    parameterSource: text('parameter_source').notNull(),
    parametersEffectiveFrom: date('parameters_effective_from', { mode: 'string' }).notNull(),
    settings: json<RunSettings>('settings').notNull(),
    inputs: json<RunInput[]>('inputs').notNull(),
    results: json<RunResult[]>('results').notNull(),
    unscored: json<RunUnscored[]>('unscored').notNull(),
    warnings: json<Warning[]>('warnings').notNull(),
    synthetic: boolean('synthetic').notNull(),
    createdBy: actorId('created_by').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [unique('hq_rating_run_version_unique').on(t.batchId, t.version)],
);

export const DECISION_KINDS = ['submitted', 'approved', 'sent_back', 'not_approved'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/**
 * The approval round of 88号 三、4: the bureau submits a run, the leading group approves it or
 * sends it back, and writes the reason for each enterprise it does not approve. Append-only.
 */
export const hqDecision = pgTable(
  'hq_decision',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => hqBatch.id),
    runId: uuid('run_id')
      .notNull()
      .references(() => hqRatingRun.id),
    /** Set for a decision on one enterprise (not approved). */
    applicationId: uuid('application_id').references(() => hqApplication.id),
    kind: text('kind').$type<DecisionKind>().notNull(),
    reason: text('reason'),
    decidedBy: actorId('decided_by').notNull(),
    decidedRole: text('decided_role').notNull(),
    decidedAt: at('decided_at').notNull(),
  },
  (t) => [
    index('hq_decision_batch_idx').on(t.batchId, t.runId),
    check('hq_decision_kind_check', oneOf(t.kind, DECISION_KINDS)),
  ],
);
