import { Exact } from '../../engine/exact/exact.ts';

/** The relief of one family and the steps to it (M3). All amounts in yuan. */
export interface ReliefAmount {
  /** max(out_of_pocket − threshold, 0): the part of the cost above the threshold. */
  aboveThreshold: Exact;
  /** min(aboveThreshold, cap): what is relieved. */
  relief: Exact;
  /** True when the cap cut the relief. */
  capped: boolean;
}

/**
 * M3 (90号 三(五)): the part of a family's remaining out-of-pocket cost for the year above the
 * threshold is relieved, at most the cap: min(max(cost − 120000, 0), 100000). Per family and
 * calendar year (MD1): the cost given is the year's. Exact: a cost in fen gives a relief in fen
 * with no rounding at all (MD2), so 120000.01 gives 0.01 and 220000.01 gives 100000.00.
 * @example reliefOf(dec('150000.50'), { threshold: dec('120000'), cap: dec('100000') }).relief.toDecimal(2) // '30000.50'
 */
export function reliefOf(outOfPocket: Exact, rule: { threshold: Exact; cap: Exact }): ReliefAmount {
  const aboveThreshold = Exact.max(outOfPocket.minus(rule.threshold), Exact.ZERO);
  const capped = aboveThreshold.compare(rule.cap) > 0;
  return { aboveThreshold, relief: capped ? rule.cap : aboveThreshold, capped };
}
