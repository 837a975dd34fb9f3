import { apportion, type Apportionment } from '../../engine/apportion.ts';
import type { Exact } from '../../engine/exact/exact.ts';
import { RECEIVERS, type FundParameters, type Receiver } from './parameters.ts';

/**
 * WD1: the exact amounts of one part (base or reward) rounded to the fen by the largest-remainder
 * method, so they add up exactly to the part's total (140,000,000.00 or 30,000,000.00); equal
 * remainders take the extra fen in the order of W1 (瑞安市, 文成县, 泰顺县, 瓯海区). Rounding
 * happens once, here, at the end: nothing before it is rounded.
 * @example roundToFen({ 瑞安市: a, 文成县: b, 泰顺县: c, 瓯海区: d }, dec('140000000'), p).parts[0].amount.toDecimal(2)
 */
export function roundToFen(
  exact: Record<Receiver, Exact>,
  total: Exact,
  parameters: FundParameters,
): Apportionment<Receiver> {
  return apportion(
    RECEIVERS.map((county) => ({ key: county, exact: exact[county] })),
    total,
    parameters.rounding.unit,
    parameters.rounding.tieOrder,
  );
}
