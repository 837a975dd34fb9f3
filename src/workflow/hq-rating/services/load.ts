import { and, eq, inArray } from 'drizzle-orm';
import type { Executor, Transaction } from '../../../store/database.ts';
import { hqApplication } from '../../../store/schema/hq-applications.ts';
import { hqBatch } from '../../../store/schema/hq-batches.ts';
import { hqVerificationItem } from '../../../store/schema/hq-verification.ts';
import type { Actor, Department } from '../../actor.ts';
import { notFound, RECORD_LABELS } from '../errors.ts';
import type { ApplicationScope } from '../permissions.ts';

export type BatchRow = typeof hqBatch.$inferSelect;
export type ApplicationRow = typeof hqApplication.$inferSelect;
export type ItemRow = typeof hqVerificationItem.$inferSelect;

/**
 * Locks order: batch, then application, then items, in every service, so two steps never wait
 * on each other crosswise.
 */

/**
 * The batch, locked for a change of its own (`update`) or so it cannot change under a step on one
 * of its applications (`share`).
 * @example const batch = await lockBatch(tx, id, 'update')
 */
export async function lockBatch(
  tx: Transaction,
  batchId: string,
  mode: 'update' | 'share',
): Promise<BatchRow> {
  const [row] = await tx.select().from(hqBatch).where(eq(hqBatch.id, batchId)).for(mode);
  if (!row) throw notFound(RECORD_LABELS.batch, batchId);
  return row;
}

/** The batch without a lock, for reads. */
export async function readBatch(db: Executor, batchId: string): Promise<BatchRow> {
  const [row] = await db.select().from(hqBatch).where(eq(hqBatch.id, batchId));
  if (!row) throw notFound(RECORD_LABELS.batch, batchId);
  return row;
}

/**
 * An application with its batch, both locked: the batch for share, the application for update.
 * @example const { batch, application } = await lockApplication(tx, id)
 */
export async function lockApplication(
  tx: Transaction,
  applicationId: string,
): Promise<{ batch: BatchRow; application: ApplicationRow }> {
  // The batch is found through the application and locked in the same statement.
  const [batch] = await tx
    .select()
    .from(hqBatch)
    .where(
      eq(
        hqBatch.id,
        tx
          .select({ batchId: hqApplication.batchId })
          .from(hqApplication)
          .where(eq(hqApplication.id, applicationId)),
      ),
    )
    .for('share');
  if (!batch) throw notFound(RECORD_LABELS.application, applicationId);
  const [application] = await tx
    .select()
    .from(hqApplication)
    .where(eq(hqApplication.id, applicationId))
    .for('update');
  if (!application) throw notFound(RECORD_LABELS.application, applicationId);
  return { batch, application };
}

/** The application without a lock, for reads. */
export async function readApplication(
  db: Executor,
  applicationId: string,
): Promise<ApplicationRow> {
  const [row] = await db.select().from(hqApplication).where(eq(hqApplication.id, applicationId));
  if (!row) throw notFound(RECORD_LABELS.application, applicationId);
  return row;
}

/**
 * What decides who may see the application: its code, its county and, for a department, the
 * departments with items (only a department's reach depends on them, so only then are they read).
 * @example assertCanReadApplication(actor, await scopeOf(tx, application, actor))
 */
export async function scopeOf(
  db: Executor,
  application: ApplicationRow,
  actor: Actor | null,
): Promise<ApplicationScope> {
  const scope = { id: application.id, uscc: application.uscc, county: application.county };
  if (actor?.role !== 'department') return { ...scope, itemDepartments: [] };
  const items = await db
    .selectDistinct({ department: hqVerificationItem.department })
    .from(hqVerificationItem)
    .where(eq(hqVerificationItem.applicationId, application.id));
  return {
    ...scope,
    itemDepartments: items.map((item) => item.department as Department),
  };
}

/**
 * The applications of a batch in some states, locked for update (batch-wide steps).
 * @example await lockApplicationsIn(tx, batchId, ['reported'])
 */
export async function lockApplicationsIn(
  tx: Transaction,
  batchId: string,
  states: readonly ApplicationRow['state'][],
): Promise<ApplicationRow[]> {
  return tx
    .select()
    .from(hqApplication)
    .where(and(eq(hqApplication.batchId, batchId), inArray(hqApplication.state, [...states])))
    .orderBy(hqApplication.id)
    .for('update');
}
