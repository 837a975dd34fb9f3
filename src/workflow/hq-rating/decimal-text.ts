import { Exact } from '../../engine/exact/exact.ts';

/**
 * A value with a terminating decimal expansion written out in full, exactly: how amounts in
 * yuan (D8), in 亿元 and in 万元 go into `numeric` columns and JSON. Amounts converted between
 * those units always terminate, since the factors are powers of ten.
 * @example decimalText(Exact.of(5678n, 100n)) // '56.78'
 * @throws RangeError for a value such as 1/3 that no decimal writes exactly
 */
export function decimalText(value: Exact): string {
  const r = value.reduced();
  let den = r.den;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) {
    den /= 2n;
    twos += 1;
  }
  while (den % 5n === 0n) {
    den /= 5n;
    fives += 1;
  }
  if (den !== 1n) throw new RangeError(`${r.toFraction()} has no terminating decimal form`);
  const text = r.toDecimal(Math.max(twos, fives));
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/**
 * Reads a `numeric` column back (the drivers give a string).
 * @example fromNumeric('5678000000.00').toDecimal(0) // '5678000000'
 */
export function fromNumeric(text: string): Exact {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`not a numeric value: ${text}`);
  const [, sign, whole, fraction = ''] = match;
  const num = BigInt(`${whole}${fraction}`);
  return Exact.of(sign === '-' ? -num : num, 10n ** BigInt(fraction.length));
}
