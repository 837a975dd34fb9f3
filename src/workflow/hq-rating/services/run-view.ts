import type { Warning } from '../../../engine/warning.ts';
import type { hqRatingRun } from '../../../store/schema/hq-runs.ts';
import type { RunInput, RunResult, RunSettings, RunUnscored } from '../run-record.ts';

export type RunRow = typeof hqRatingRun.$inferSelect;

/** A rating run as the services return it: every stored part. */
export interface RunView {
  id: string;
  batchId: string;
  version: number;
  ratingDate: string;
  batchYear: number;
  parameterSource: string;
  parametersEffectiveFrom: string;
  settings: RunSettings;
  inputs: RunInput[];
  results: RunResult[];
  unscored: RunUnscored[];
  warnings: Warning[];
  synthetic: boolean;
  createdBy: string;
  createdAt: string;
}

/**
 * @example runView(row).results[0].totalFixed // '98.1234'
 */
export function runView(row: RunRow): RunView {
  return { ...row, createdAt: row.createdAt.toISOString() };
}
