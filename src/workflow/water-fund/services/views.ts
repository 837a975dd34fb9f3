import type { waterFigure, waterLedgerLine } from '../../../store/schema/water-fund.ts';
import { SYNTHETIC_NOTICE } from '../../../methods/water-source-compensation/labels.ts';
import { YEAR_STATE_LABELS } from '../year-machine.ts';
import type { RunRow, YearRow } from './load.ts';

/** A year as listed (GET /api/water/years). */
export function yearSummary(row: YearRow) {
  return {
    year: row.year,
    state: row.state,
    stateLabel: YEAR_STATE_LABELS[row.state],
    figuresDueOn: row.figuresDueOn,
    selfEvaluationDueOn: row.selfEvaluationDueOn,
    openedAt: row.openedAt.toISOString(),
    synthetic: row.synthetic,
    /** 演示数据: shown wherever a demo year's figures are. */
    notice: row.synthetic ? SYNTHETIC_NOTICE : null,
  };
}
export type YearSummary = ReturnType<typeof yearSummary>;

export type FigureRow = typeof waterFigure.$inferSelect;
export type LedgerRow = typeof waterLedgerLine.$inferSelect;

/** A run as stored, without its explanations. */
export function runView(row: RunRow) {
  return {
    id: row.id,
    year: row.year,
    version: row.version,
    state: row.state,
    allocations: row.allocations,
    contributions: row.contributions,
    warnings: row.warnings,
    parametersVersion: row.parametersVersion,
    synthetic: row.synthetic,
    ranBy: row.ranByName,
    ranAt: row.ranAt.toISOString(),
    approvedBy: row.approvedByName,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    noticeDocumentNumber: row.noticeDocumentNumber,
    note: row.note,
  };
}
export type RunView = ReturnType<typeof runView>;

/** A ledger line; money as stored, two places. */
export function ledgerLineView(row: LedgerRow) {
  return {
    id: row.id,
    kind: row.kind,
    county: row.county,
    amount: row.amount,
    state: row.state,
    paidOn: row.paidOn,
    reference: row.reference,
  };
}
export type LedgerLineView = ReturnType<typeof ledgerLineView>;
