import { appendAudit } from '../../../store/audit.ts';
import type { Transaction } from '../../../store/database.ts';
import type { Actor } from '../../actor.ts';
import { partyOf } from '../../hq-rating/services/context.ts';

/**
 * The audit record of a step on the fund, in the caller's transaction.
 * @example await logWater(tx, actor, { action: 'open', entity: 'water_year', entityId: '2025', after })
 */
export async function logWater(
  tx: Transaction,
  actor: Actor,
  entry: {
    action: string;
    entity: string;
    entityId: string;
    before?: unknown;
    after?: unknown;
    note?: string | null;
  },
): Promise<void> {
  await appendAudit(tx, {
    actor: partyOf(actor).actorId,
    action: `water.${entry.action}`,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    note: entry.note ?? null,
  });
}
