import { Exact } from '../../engine/exact/exact.ts';
import { InputError, type InputIssue } from '../../engine/input-issue.ts';
import { FACTOR_LABELS } from './labels.ts';
import {
  RECEIVERS,
  type FactorKey,
  type FactorParameter,
  type FundParameters,
  type Receiver,
} from './parameters.ts';

/** One receiver's four factor figures (W5): areas in km², population in persons. */
export type FactorFigures = Record<FactorKey, Exact>;

/** One factor's part of one receiver's base amount, every value exact. */
export interface FactorPart {
  factor: FactorParameter;
  /** The receiver's figure. */
  figure: Exact;
  /** The figure summed over the four receivers. */
  total: Exact;
  /** figure ÷ total. */
  share: Exact;
  /** The factor's amount: base × weight ÷ 100 (7,000,000 for a weight of 5 %). */
  pool: Exact;
  /** pool × share: what this factor gives the receiver, before any rounding. */
  amount: Exact;
}

/** W5 for one receiver: the four factor parts and their exact sum. */
export interface ReceiverBase {
  county: Receiver;
  parts: FactorPart[];
  /** The sum of the parts, exact; WD1 rounds it to the fen. */
  exact: Exact;
}

/**
 * WD3: the factors whose total over the receivers is zero. Such a factor has no shares, and
 * 28号 does not say where its amount would go, so the allocation cannot run.
 * @example zeroTotalFactors(figures, parameters) // ['water_area']
 */
export function zeroTotalFactors(
  figures: Record<Receiver, FactorFigures>,
  parameters: FundParameters,
): FactorKey[] {
  return parameters.base.factors
    .filter((factor) => factorTotal(figures, factor.key).isZero())
    .map((factor) => factor.key);
}

/**
 * WD3 as file issues, one per factor with a zero total, naming the factor and the department
 * that confirms it, at the path `factors.*.<factor>` (the same field of every receiver).
 * @example zeroTotalIssues(figures, parameters)[0].code // 'factor_total_zero'
 */
export function zeroTotalIssues(
  figures: Record<Receiver, FactorFigures>,
  parameters: FundParameters,
): InputIssue[] {
  return zeroTotalFactors(figures, parameters).map((key) => {
    const factor = parameters.base.factors.find((candidate) => candidate.key === key)!;
    const label = FACTOR_LABELS[key];
    return {
      column: `factors.*.${key}`,
      code: 'factor_total_zero',
      message: {
        zh: `四个受偿地区的“${label.zh}”合计为 0，无法按占比分配该因素 ${factor.weight.toDecimal(0)}% 的资金（WD3）。请向${factor.department}核实该项数据`,
        en: `"${label.en}" adds up to 0 over the four receivers, so its ${factor.weight.toDecimal(0)} % cannot be allocated by share (WD3). Check the figure with ${factor.department}`,
      },
    };
  });
}

/**
 * W5 (28号 第九条): each factor's amount (base × weight) goes to the receivers by their share of
 * the factor's total; a receiver's base is the sum over the four factors, exact. Because the
 * shares of each factor add up to 1, the four exact bases add up to 140,000,000 exactly.
 * @throws InputError (WD3) when any factor's total is zero, naming every such factor.
 * @example baseAllocation(figures, fundParameters(2024)!).瑞安市.exact.toDecimal(2)
 */
export function baseAllocation(
  figures: Record<Receiver, FactorFigures>,
  parameters: FundParameters,
): Record<Receiver, ReceiverBase> {
  const issues = zeroTotalIssues(figures, parameters);
  if (issues.length > 0) throw new InputError(issues);
  const hundred = Exact.of(100n);
  const factors = parameters.base.factors.map((factor) => ({
    factor,
    total: factorTotal(figures, factor.key),
    pool: parameters.base.amount.times(factor.weight).dividedBy(hundred),
  }));
  const result = {} as Record<Receiver, ReceiverBase>;
  for (const county of RECEIVERS) {
    const parts = factors.map(({ factor, total, pool }): FactorPart => {
      const figure = figures[county][factor.key];
      const share = figure.dividedBy(total);
      return { factor, figure, total, share, pool, amount: pool.times(share).reduced() };
    });
    const exact = parts.reduce((sum, part) => sum.plus(part.amount), Exact.ZERO).reduced();
    result[county] = { county, parts, exact };
  }
  return result;
}

function factorTotal(figures: Record<Receiver, FactorFigures>, key: FactorKey): Exact {
  return RECEIVERS.reduce((sum, county) => sum.plus(figures[county][key]), Exact.ZERO).reduced();
}
