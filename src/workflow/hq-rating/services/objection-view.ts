import type { hqObjection } from '../../../store/schema/hq-publicity.ts';
import type { ObjectionState } from '../objection-machine.ts';

export interface ObjectionView {
  id: string;
  /** The 受理编号 given to the objector. */
  receiptNo: string;
  batchId: string;
  applicationId: string;
  round: number;
  reason: string;
  state: ObjectionState;
  outcomeReason: string | null;
  figuresChanged: boolean;
  filedAt: string;
  resolvedAt: string | null;
}

/** Without the objector's contact: that is personal data, for the bureau's own screen only. */
export const objectionView = (row: typeof hqObjection.$inferSelect): ObjectionView => ({
  id: row.id,
  receiptNo: row.receiptNo,
  batchId: row.batchId,
  applicationId: row.applicationId,
  round: row.round,
  reason: row.reason,
  state: row.state,
  outcomeReason: row.outcomeReason,
  figuresChanged: row.figuresChanged,
  filedAt: row.filedAt.toISOString(),
  resolvedAt: row.resolvedAt?.toISOString() ?? null,
});
