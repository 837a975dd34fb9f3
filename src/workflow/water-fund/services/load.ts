import { eq } from 'drizzle-orm';
import type { Executor, Transaction } from '../../../store/database.ts';
import { waterRun, waterYear } from '../../../store/schema/water-fund.ts';
import { notFound, WorkflowError } from '../../hq-rating/errors.ts';
import { YEAR_STATE_LABELS, type YearState } from '../year-machine.ts';

export type YearRow = typeof waterYear.$inferSelect;
export type RunRow = typeof waterRun.$inferSelect;

export const WATER_LABELS = {
  year: { zh: '资金年度', en: 'fund year' },
  run: { zh: '分配计算', en: 'allocation run' },
  line: { zh: '台账记录', en: 'ledger line' },
};

/** Locks order: year, then its rows, in every service. */
export async function lockYear(tx: Transaction, year: number): Promise<YearRow> {
  const [row] = await tx.select().from(waterYear).where(eq(waterYear.year, year)).for('update');
  if (!row) throw notFound(WATER_LABELS.year, String(year));
  return row;
}

/** The year without a lock, for reads. */
export async function readYear(db: Executor, year: number): Promise<YearRow> {
  const [row] = await db.select().from(waterYear).where(eq(waterYear.year, year));
  if (!row) throw notFound(WATER_LABELS.year, String(year));
  return row;
}

/**
 * Refuses a step the year's state does not allow (409), naming the state it is in.
 * @example requireState(year, 'collecting', { zh: '报送数据', en: 'enter figures' })
 */
export function requireState(
  year: YearRow,
  state: YearState,
  what: { zh: string; en: string },
): void {
  if (year.state === state) return;
  const now = YEAR_STATE_LABELS[year.state];
  const needed = YEAR_STATE_LABELS[state];
  throw new WorkflowError('conflict', `year_${year.state}`, {
    zh: `${year.year} 年度处于“${now.zh}”状态，不能${what.zh}（须为“${needed.zh}”）`,
    en: `the ${year.year} fund year is ${now.en}: cannot ${what.en} (it must be ${needed.en})`,
  });
}
