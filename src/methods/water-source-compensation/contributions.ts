import type { Citation } from '../../engine/citation.ts';
import type { Exact } from '../../engine/exact/exact.ts';
import type { CountyContribution, FundParameters } from './parameters.ts';

/** W2 (28号 第七条): who raises the year's fund, and how much. Amounts in yuan. */
export interface YearContributions {
  /** The city's own share (市财政). */
  city: { payer: string; amount: Exact; citation: Citation };
  /** One line per water-using jurisdiction, in the order of 第七条. */
  counties: CountyContribution[];
  /** The counties' lines summed: 70,000,000. */
  countiesTotal: Exact;
  /** City plus counties: the fund of 170,000,000. */
  fund: Exact;
}

/**
 * The year's contributions under W2. They do not depend on the year's figures: 第七条 fixes them
 * for each year of 2023-2025. WD4: 温州湾新区's 7,800,000 is listed inside 龙湾区's 12,800,000
 * (`ofWhich`) and is not a payer of its own, so the counties still add up to 70,000,000.
 * @example yearContributions(fundParameters(2024)!).counties[1].ofWhich[0].name // '温州湾新区'
 */
export function yearContributions(parameters: FundParameters): YearContributions {
  const { city, counties, countiesTotal, fund } = parameters.contributions;
  return { city, counties, countiesTotal: countiesTotal.amount, fund: fund.amount };
}
