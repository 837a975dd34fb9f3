import { inArray, sql } from 'drizzle-orm';
import { appendAudit } from '../../../store/audit.ts';
import type { Transaction } from '../../../store/database.ts';
import { hqApplication, hqApplicationEvent } from '../../../store/schema/hq-applications.ts';
import { hqBatchEvent } from '../../../store/schema/hq-batches.ts';
import type { Actor } from '../../actor.ts';
import {
  APPLICATION_MACHINE,
  type ApplicationAction,
  type ApplicationState,
} from '../application-machine.ts';
import { transition } from '../state-machine.ts';
import { partyOf } from './context.ts';

/** One step as the timeline and the audit log record it. */
export interface Step {
  actor: Actor | null;
  at: Date;
  action: string;
  fromState: string | null;
  toState: string;
  /** The actor's own words: a reason, a note (R11's written answer). */
  note?: string | null;
  /** Shown on the timeline beside the step. */
  details?: unknown;
  /** What the audit log keeps on either side; the states when left out. */
  before?: unknown;
  after?: unknown;
}

/**
 * Writes an application's step to its timeline and to the audit log, in the caller's transaction.
 * @example await logApplicationStep(tx, id, { actor, at, action: 'submit', fromState: 'draft', toState: 'submitted' })
 */
export async function logApplicationStep(
  tx: Transaction,
  applicationId: string,
  step: Step,
): Promise<void> {
  await tx.insert(hqApplicationEvent).values({
    applicationId,
    at: step.at,
    ...partyOf(step.actor),
    action: step.action,
    fromState: step.fromState,
    toState: step.toState,
    note: step.note ?? null,
    details: (step.details ?? null) as never,
  });
  await appendAudit(tx, {
    actor: partyOf(step.actor).actorId,
    action: `hq.application.${step.action}`,
    entity: 'hq_application',
    entityId: applicationId,
    before: step.before ?? (step.fromState === null ? null : { state: step.fromState }),
    after: step.after ?? { state: step.toState },
    note: step.note ?? null,
  });
}

/**
 * Writes a batch's step to its timeline and to the audit log, in the caller's transaction.
 * @example await logBatchStep(tx, id, { actor, at, action: 'open', fromState: 'draft', toState: 'open' })
 */
export async function logBatchStep(tx: Transaction, batchId: string, step: Step): Promise<void> {
  await tx.insert(hqBatchEvent).values({
    batchId,
    at: step.at,
    ...partyOf(step.actor),
    action: step.action,
    fromState: step.fromState,
    toState: step.toState,
    note: step.note ?? null,
    details: (step.details ?? null) as never,
  });
  await appendAudit(tx, {
    actor: partyOf(step.actor).actorId,
    action: `hq.batch.${step.action}`,
    entity: 'hq_batch',
    entityId: batchId,
    before: step.before ?? (step.fromState === null ? null : { state: step.fromState }),
    after: step.after ?? { state: step.toState },
    note: step.note ?? null,
  });
}

/**
 * An audit record for a change of a record without a timeline of its own (a material, an
 * objection, a claim).
 * @example await logRecord(tx, actor, { action: 'hq.material.upload', entity: 'hq_material', entityId, after })
 */
export async function logRecord(
  tx: Transaction,
  actor: Actor | null,
  entry: {
    action: string;
    entity: string;
    entityId: string;
    before?: unknown;
    after?: unknown;
    note?: string | null;
  },
): Promise<void> {
  await appendAudit(tx, { actor: partyOf(actor).actorId, ...entry });
}

/** One timeline row of a set-wise step; its audit record is written by the caller. */
export interface EventRow {
  applicationId: string;
  action: string;
  fromState: string | null;
  toState: string;
  note?: string | null;
  details?: unknown;
}

/**
 * Timeline rows for many applications in one statement (a department confirming a list of
 * items); the caller appends the audit record that covers them.
 * @example await insertApplicationEvents(tx, actor, at, rows)
 */
export async function insertApplicationEvents(
  tx: Transaction,
  actor: Actor | null,
  at: Date,
  rows: readonly EventRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const party = partyOf(actor);
  await tx.insert(hqApplicationEvent).values(
    rows.map((row) => ({
      ...row,
      at,
      ...party,
      note: row.note ?? null,
      details: (row.details ?? null) as never,
    })),
  );
}

/**
 * Moves several applications by one action of the procedure (R11) at once: every move is checked
 * against the state machine, the rows change in one statement per target state, and each step goes
 * to its application's timeline and to the audit log, all in the caller's transaction.
 * @example await moveApplications(tx, approved, 'publish', { actor, at, details: { startsOn, endsOn } })
 */
export async function moveApplications(
  tx: Transaction,
  rows: readonly { id: string; state: ApplicationState }[],
  action: ApplicationAction,
  step: { actor: Actor; at: Date; details?: unknown },
): Promise<void> {
  const moves = rows.map((row) => ({
    row,
    to: transition(APPLICATION_MACHINE, row.state, action, step.actor),
  }));
  for (const target of new Set(moves.map((move) => move.to))) {
    const ids = moves.filter((move) => move.to === target).map((move) => move.row.id);
    await tx
      .update(hqApplication)
      .set({ state: target, version: sql`${hqApplication.version} + 1`, updatedAt: step.at })
      .where(inArray(hqApplication.id, ids));
  }
  for (const { row, to } of moves) {
    await logApplicationStep(tx, row.id, { ...step, action, fromState: row.state, toState: to });
  }
}
