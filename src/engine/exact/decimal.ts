import { Exact } from './exact.ts';

const POWERS_OF_TEN = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));

/**
 * Reads a plain decimal string (`56.78`, `-3`, `0.5`) exactly; `null` when it is not one.
 * Thousands separators, exponents and empty strings are refused: a figure in a government
 * file is written out in full, and a guess about what `1,234` meant would be a silent error.
 * @example parseDecimal('56.78')?.toFraction() // '2839/50'
 * @example parseDecimal('1e3') // null
 */
export function parseDecimal(text: string): Exact | null {
  // A hand-written scan: this runs for every figure of a million-row batch.
  let start = 0;
  const first = text.charCodeAt(0);
  if (first === 43 /* + */ || first === 45 /* - */) start = 1;
  let point = -1;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 /* . */ && point < 0 && i > start && i < text.length - 1) point = i;
    else if (code < 48 || code > 57) return null;
  }
  if (text.length === start) return null;
  const digits = point < 0 ? text.slice(start) : text.slice(start, point) + text.slice(point + 1);
  const places = point < 0 ? 0 : text.length - point - 1;
  const magnitude = BigInt(digits);
  const den = POWERS_OF_TEN[places] ?? 10n ** BigInt(places);
  return Exact.of(first === 45 ? -magnitude : magnitude, den);
}

/**
 * Reads a whole number written in decimal digits; `null` otherwise.
 * @example parseInteger('1302') // 1302n
 */
export function parseInteger(text: string): bigint | null {
  return /^[+-]?\d+$/.test(text) ? BigInt(text) : null;
}

/**
 * Exact value of a decimal literal known to be valid (parameters, constants in code).
 * @example dec('0.05').toDecimal(2) // '0.05'
 */
export function dec(text: string): Exact {
  const value = parseDecimal(text);
  if (!value) throw new TypeError(`not a decimal literal: ${text}`);
  return value;
}
