import { inArray, sql } from 'drizzle-orm';
import type { Transaction } from '../../../store/database.ts';
import { hqApplication } from '../../../store/schema/hq-applications.ts';
import type { Actor } from '../../actor.ts';
import { APPLICATION_MACHINE, type ApplicationState } from '../application-machine.ts';
import { transition } from '../state-machine.ts';
import { lockApplicationsIn } from './load.ts';
import { logApplicationStep } from './record.ts';

/**
 * Puts a batch's rated applications back to `verified`, so the next run takes them again (D4):
 * after a send-back (88号 三、4) or an objection that changed a figure (88号 三、5). The
 * leading group's earlier not-approved reasons stay in the decisions and timelines.
 * @example await applicationsBackToRating(tx, bureau, batchId, ['published', 'not_approved'], reason, at)
 */
export async function applicationsBackToRating(
  tx: Transaction,
  actor: Actor,
  batchId: string,
  states: readonly ApplicationState[],
  reason: string,
  at: Date,
): Promise<number> {
  const rows = await lockApplicationsIn(tx, batchId, states);
  if (rows.length === 0) return 0;
  await tx
    .update(hqApplication)
    .set({ state: 'verified', version: sql`${hqApplication.version} + 1`, updatedAt: at })
    .where(
      inArray(
        hqApplication.id,
        rows.map((row) => row.id),
      ),
    );
  for (const row of rows) {
    const to = transition(APPLICATION_MACHINE, row.state, 'back_to_rating', actor);
    await logApplicationStep(tx, row.id, {
      actor,
      at,
      action: 'back_to_rating',
      fromState: row.state,
      toState: to,
      note: reason,
    });
  }
  return rows.length;
}
