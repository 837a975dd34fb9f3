import { Exact } from './exact.ts';

/**
 * Writes a value for reading: its exact decimal digits when it has at most `places` of them
 * (trailing zeros dropped), otherwise rounded half-up to `places` and marked with `≈`.
 * @example formatExact(dec('56.780'), 4) // '56.78'
 * @example formatExact(Exact.of(1n, 3n), 4) // '≈0.3333'
 */
export function formatExact(value: Exact, places: number): string {
  const rounded = value.roundTo(places);
  const text = trimZeros(rounded.toDecimal(places));
  return rounded.equals(value) ? text : `≈${text}`;
}

/**
 * A fraction as a percentage, e.g. a participation rate.
 * @example formatPercent(Exact.of(1180n, 1302n), 4) // '≈90.6298%'
 */
export function formatPercent(value: Exact, places: number): string {
  return `${formatExact(value.times(HUNDRED), places)}%`;
}

const HUNDRED = Exact.of(100n);

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
