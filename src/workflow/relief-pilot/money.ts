import { parseDecimal } from '../../engine/exact/decimal.ts';
import { Exact } from '../../engine/exact/exact.ts';
import type { InputIssue } from '../../engine/input-issue.ts';
import type { Localized } from '../../engine/localized.ts';
import { fromNumeric } from '../hq-rating/decimal-text.ts';

/** The largest amount a `numeric(14,2)` column holds, in yuan. */
const MAX_YUAN = Exact.of(999_999_999_999n);

/**
 * Reads an amount in yuan written with at most two decimals (MD2), not negative. Pushes an issue
 * naming the field and returns null when it is not.
 * @example yuanOf('120000.01', 'totalCost', label, issues)?.toDecimal(2) // '120000.01'
 */
export function yuanOf(
  text: string,
  field: string,
  label: Localized,
  issues: InputIssue[],
  row?: number,
): Exact | null {
  const trimmed = text.trim();
  const value = /^\d+(\.\d{1,2})?$/.test(trimmed) ? parseDecimal(trimmed) : null;
  if (value && value.compare(MAX_YUAN) <= 0) return value;
  issues.push({
    ...(row === undefined ? {} : { row }),
    column: field,
    code: 'money',
    message: {
      zh: `${label.zh}：应为不小于 0 的金额（元），最多两位小数，例如 120000.01；收到“${trimmed}”`,
      en: `${label.en}: must be an amount in yuan, not negative, with at most two decimals, e.g. 120000.01; got "${trimmed}"`,
    },
  });
  return null;
}

/**
 * An amount as the API and the `numeric` columns write it: yuan with two places.
 * @example money(Exact.of(1n, 100n)) // '0.01'
 */
export function money(value: Exact): string {
  return value.toDecimal(2);
}

/** A `numeric` column back as an exact amount. */
export function fromColumn(text: string): Exact {
  return fromNumeric(text);
}

/** The sum of amounts, exact. */
export function sum(values: readonly Exact[]): Exact {
  return values.reduce((total, value) => total.plus(value), Exact.ZERO);
}
