// Amounts arrive from the server as decimal strings in yuan ("140000000.00"). They are shown by
// moving digits, never through a binary number, so what is read is exactly what was computed.

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function groups(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A decimal string with thousands separators; `places` pads the fraction (never rounds).
 * @example groupDigits('140000000.00') // '140,000,000.00'
 */
export function groupDigits(text: string, places?: number): string {
  const match = DECIMAL.exec(text.trim());
  if (!match) return text;
  const [, sign, whole = '0', fraction = ''] = match;
  const padded = places === undefined ? fraction : fraction.padEnd(places, '0');
  return `${sign}${groups(whole.replace(/^0+(?=\d)/, ''))}${padded ? `.${padded}` : ''}`;
}

/**
 * Yuan with separators and two places.
 * @example formatYuan('170000000') // '170,000,000.00 元'
 */
export function formatYuan(text: string | null | undefined, unit = '元'): string {
  if (text === null || text === undefined || text === '') return '—';
  return `${groupDigits(text, 2)} ${unit}`;
}

/**
 * The same amount in 万元, exactly: the decimal point moves four places, trailing zeros dropped.
 * @example toWan('123456789.50') // '12,345.67895'
 */
export function toWan(text: string): string {
  const match = DECIMAL.exec(text.trim());
  if (!match) return text;
  const [, sign, whole = '0', fraction = ''] = match;
  const digits = whole.padStart(5, '0');
  const head = digits.slice(0, -4).replace(/^0+(?=\d)/, '');
  const tail = `${digits.slice(-4)}${fraction}`.replace(/0+$/, '');
  const negative = sign && /[1-9]/.test(head + tail) ? '-' : '';
  return `${negative}${groups(head)}${tail ? `.${tail}` : ''}`;
}

/**
 * An amount in 万元 for reading: exact when it has at most `places` decimals, otherwise rounded
 * half up on the digits and marked ≈.
 * @example wanForReading('27931385.65') // '≈2,793.14'
 */
export function wanForReading(text: string, places = 2): string {
  const exact = toWan(text);
  const match = DECIMAL.exec(exact.replace(/,/g, ''));
  if (!match) return exact;
  const [, sign, whole = '0', fraction = ''] = match;
  if (fraction.length <= places) return exact;
  const scaled = BigInt(whole + fraction.slice(0, places));
  const up = Number(fraction[places]) >= 5 ? 1n : 0n;
  const digits = (scaled + up).toString().padStart(places + 1, '0');
  const rounded = `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return `≈${sign}${groupDigits(rounded)}`;
}

/** Whether an amount is large enough to be worth reading in 万元 too (10,000 元 and more). */
export function isLarge(text: string): boolean {
  const match = DECIMAL.exec(text.trim());
  return !!match && (match[2] ?? '').replace(/^0+/, '').length >= 5;
}

/**
 * Adds decimal strings exactly (for the totals of a list of uses, say).
 * @example sumDecimals(['0.10', '0.20']) // '0.30'
 */
export function sumDecimals(values: readonly string[], places = 2): string {
  const scale = 10n ** BigInt(places);
  let total = 0n;
  for (const value of values) total += toUnits(value, places);
  const negative = total < 0n;
  const abs = negative ? -total : total;
  const whole = (abs / scale).toString();
  const fraction = (abs % scale).toString().padStart(places, '0');
  return `${negative ? '-' : ''}${whole}${places ? `.${fraction}` : ''}`;
}

/** Compares two decimal strings exactly: -1, 0 or 1. */
export function compareDecimals(a: string, b: string, places = 2): number {
  const x = toUnits(a, places);
  const y = toUnits(b, places);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A decimal string as whole units of 10^-places (extra places are cut, not rounded). */
function toUnits(text: string, places: number): bigint {
  const match = DECIMAL.exec(text.trim());
  if (!match) return 0n;
  const [, sign, whole = '0', fraction = ''] = match;
  const units = BigInt(whole + fraction.padEnd(places, '0').slice(0, places));
  return sign ? -units : units;
}

/** A money input: a non-negative amount in yuan with at most two places. */
export const YUAN_PATTERN = /^\d+(\.\d{1,2})?$/;
