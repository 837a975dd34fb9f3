import { Exact, lcm } from '../../engine/exact/exact.ts';
import type { Localized } from '../../engine/localized.ts';
import { AMOUNT_KEYS, type EnterpriseFigures } from './enterprise.ts';
import type { IndicatorKey } from './parameters.ts';

/** Names of the four base indicators of R3, as on 88号 附件1. */
export const INDICATOR_LABELS: Record<IndicatorKey, Localized> = {
  revenue_2y: { zh: '近两年在温营业收入合计', en: 'Revenue in Wenzhou, last two years' },
  contribution_2y: {
    zh: '近两年地方综合贡献合计',
    en: 'Local comprehensive contribution, last two years',
  },
  rd_2y: {
    zh: '近两年可加计扣除研发费用合计',
    en: 'R&D eligible for super-deduction, last two years',
  },
  pension_rate: {
    zh: '上年度在温企业职工养老保险参保率',
    en: 'Pension-insurance participation rate, last year',
  },
};

/** Why an enterprise cannot be scored (D5). It is listed with the reason; nothing else is lost. */
export interface UnscorableReason {
  code: 'missing_figure' | 'negative_amount' | 'no_tax_filers' | 'rate_above_100';
  field: string;
  message: Localized;
}

export type IndicatorValues = Record<IndicatorKey, Exact>;

/**
 * R6, 88号 附件1 备注1: pension payers divided by income-tax filers, both last year, in Wenzhou.
 * @example pensionRate(1180n, 1302n).toDecimal(4) // '0.9063'
 */
export function pensionRate(payers: bigint, filers: bigint): Exact {
  return Exact.of(payers, filers);
}

/**
 * The four indicator values of R3 for one enterprise, or every reason it cannot be scored (D5).
 * @example indicatorValues(enterprise) // { ok: true, values: { revenue_2y: …, pension_rate: … } }
 */
export function indicatorValues(
  enterprise: EnterpriseFigures,
): { ok: true; values: IndicatorValues } | { ok: false; reasons: UnscorableReason[] } {
  // The common case first, in one step: this runs several times for every row of a batch.
  const { revenue_2y, contribution_2y, rd_2y } = enterprise.amounts;
  const { pensionPayers: p, taxFilers: f } = enterprise;
  if (
    revenue_2y &&
    contribution_2y &&
    rd_2y &&
    p !== null &&
    f !== null &&
    !revenue_2y.isNegative() &&
    !contribution_2y.isNegative() &&
    !rd_2y.isNegative() &&
    p >= 0n &&
    f > 0n &&
    p <= f
  ) {
    return {
      ok: true,
      values: { revenue_2y, contribution_2y, rd_2y, pension_rate: pensionRate(p, f) },
    };
  }
  return unscorable(enterprise);
}

/** Every reason an enterprise cannot be scored (D5), in the order of the file's columns. */
function unscorable(enterprise: EnterpriseFigures): { ok: false; reasons: UnscorableReason[] } {
  const reasons: UnscorableReason[] = [];
  for (const key of AMOUNT_KEYS) {
    const amount = enterprise.amounts[key];
    if (amount === null) reasons.push(missing(key, INDICATOR_LABELS[key]));
    else if (amount.isNegative()) reasons.push(negative(key, INDICATOR_LABELS[key]));
  }

  const { pensionPayers: payers, taxFilers: filers } = enterprise;
  if (payers === null) reasons.push(missing('pension_payers', PAYERS));
  else if (payers < 0n) reasons.push(negative('pension_payers', PAYERS));
  if (filers === null) reasons.push(missing('tax_filers', FILERS));
  else if (filers < 0n) reasons.push(negative('tax_filers', FILERS));
  else if (filers === 0n) {
    reasons.push({
      code: 'no_tax_filers',
      field: 'tax_filers',
      message: {
        zh: '上年度在温个税申报人数为 0，无法计算养老保险参保率',
        en: 'no income-tax filers last year, so the participation rate cannot be computed',
      },
    });
  }
  if (payers !== null && filers !== null && payers >= 0n && filers > 0n) {
    if (payers > filers) {
      reasons.push({
        code: 'rate_above_100',
        field: 'pension_rate',
        message: {
          zh: `养老保险参保率超过 100%（缴费人数 ${payers} 多于个税申报人数 ${filers}）`,
          en: `participation rate above 100 % (${payers} payers, ${filers} tax filers)`,
        },
      });
    }
  }

  return { ok: false, reasons };
}

const PAYERS: Localized = { zh: '上年度在温职工养老保险缴费人数', en: 'pension payers last year' };
const FILERS: Localized = { zh: '上年度在温个税申报人数', en: 'income-tax filers last year' };

function missing(field: string, label: Localized): UnscorableReason {
  return {
    code: 'missing_figure',
    field,
    message: { zh: `缺少经核实的“${label.zh}”`, en: `missing verified figure: ${label.en}` },
  };
}

function negative(field: string, label: Localized): UnscorableReason {
  return {
    code: 'negative_amount',
    field,
    message: { zh: `“${label.zh}”为负数`, en: `negative figure: ${label.en}` },
  };
}

/** Denominators shared across a batch, which let a score be computed with integer operations. */
export interface SharedDenominators {
  /** One denominator every value of the column can be written over (a power of ten for decimals). */
  value: bigint;
  /** One denominator every amount score of the batch is written over. */
  score: bigint;
}

/**
 * R4, 88号 附件1 备注3: an indicator's score is (value − batch min) ÷ (batch max − batch min) × weight.
 * Without spread (max = min) the D2 setting decides: the full weight, or zero.
 *
 * Returns the scoring function for one batch, so the constant part is worked out once. Given the
 * batch's shared denominators, every score comes out over the same denominator, so the base score
 * adds up with integer additions; the value is exactly the same either way.
 * @example indicatorScorer(dec('0'), dec('10'), 30, 'full_weight')(dec('5')).toDecimal(2) // '15.00'
 */
export function indicatorScorer(
  min: Exact,
  max: Exact,
  weight: number,
  noSpread: 'full_weight' | 'zero',
  shared?: SharedDenominators,
): (value: Exact) => Exact {
  const spread = max.minus(min);
  if (spread.isZero()) {
    const fixed = noSpread === 'full_weight' ? Exact.of(weight) : Exact.ZERO;
    return () => fixed;
  }
  const pointsPerUnit = Exact.of(weight).dividedBy(spread);
  if (!shared) return (value) => value.minus(min).times(pointsPerUnit);

  // Over the column's denominator D: (x/D − m/D) ÷ (S/D) × w = (x − m) · (w · common ÷ S) ÷ common.
  const low = min.over(shared.value).num;
  const spreadOverD = max.over(shared.value).num - low;
  const factor = (BigInt(weight) * shared.score) / spreadOverD;
  return (value) => Exact.of((value.over(shared.value).num - low) * factor, shared.score);
}

/**
 * The denominator every amount score of a batch can share: the least common multiple of the
 * columns' spreads, each written over its column's value denominator.
 * @example commonScoreDenominator([{ min: dec('0'), max: dec('4'), den: 1n }, { min: dec('0'), max: dec('6'), den: 1n }]) // 12n
 */
export function commonScoreDenominator(
  columns: readonly { min: Exact; max: Exact; den: bigint }[],
): bigint {
  const spreads = columns
    .map(({ min, max, den }) => max.over(den).num - min.over(den).num)
    .filter((spread) => spread !== 0n);
  return lcm(spreads);
}
