import { describe, expect, it } from 'vitest';
import { Exact } from '../../engine/exact/exact.ts';
import { decimalText, fromNumeric } from './decimal-text.ts';

describe('decimalText and fromNumeric', () => {
  it('writes terminating values in full, without trailing zeros', () => {
    expect(decimalText(Exact.of(5678n, 100n))).toBe('56.78');
    expect(decimalText(Exact.of(1n, 8n))).toBe('0.125');
    expect(decimalText(Exact.of(-3n, 1n))).toBe('-3');
    expect(decimalText(Exact.of(123456789n, 10n ** 12n))).toBe('0.000123456789');
  });

  it('refuses a value no decimal writes exactly', () => {
    expect(() => decimalText(Exact.of(1n, 3n))).toThrow(RangeError);
  });

  it('reads numeric columns back exactly', () => {
    expect(fromNumeric('5678000000.0000').equals(Exact.of(5678000000n))).toBe(true);
    expect(fromNumeric('-0.05').toFraction()).toBe('-1/20');
    expect(() => fromNumeric('1e5')).toThrow();
  });
});
