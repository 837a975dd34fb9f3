import type { Exact } from '../../engine/exact/exact.ts';
import type { Top500List } from './parameters.ts';

/** The three amounts of R3, each summed over the HQ, its Wenzhou branches and controlled subsidiaries (R5). */
export const AMOUNT_KEYS = ['revenue_2y', 'contribution_2y', 'rd_2y'] as const;
export type AmountKey = (typeof AMOUNT_KEYS)[number];

/**
 * The verified figures of one enterprise in a batch: what the formulas of 88号 附件1 need.
 * Amounts are exact, in the unit of 88号 附件1 (亿元 or 万元, see `AMOUNT_UNITS`); `null` means the
 * verified figure is missing (D5).
 */
export interface EnterpriseFigures {
  uscc: string;
  name: string;
  county: string;
  amounts: Record<AmountKey, Exact | null>;
  /** R6 numerator: last year's employees paying pension insurance in Wenzhou. */
  pensionPayers: bigint | null;
  /** R6 denominator: last year's individual-income-tax filers in Wenzhou. */
  taxFilers: bigint | null;
  /** R7: the top-500 lists it entered within the last three years (D6). */
  top500: readonly Top500List[];
  /** R8: the HQ and its controlled Wenzhou subsidiaries listed within the last three years. */
  listings3y: number;
  /** Spreadsheet row it came from, when read from a file. */
  row?: number;
}
