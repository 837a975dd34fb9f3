import { describe, expect, it } from 'vitest';
import { dec, parseDecimal, parseInteger } from './decimal.ts';

describe('parseDecimal', () => {
  it('reads plain decimals exactly', () => {
    expect(parseDecimal('56.78')?.toFraction()).toBe('2839/50');
    expect(parseDecimal('-3')?.toFraction()).toBe('-3');
    expect(parseDecimal('+0.50')?.toFraction()).toBe('1/2');
    expect(parseDecimal('000.1')?.toFraction()).toBe('1/10');
  });

  it.each(['', ' ', '1,234', '1e3', '.5', '5.', 'abc', '12.3.4', '１２', 'NaN', 'Infinity', '--1'])(
    'refuses %j',
    (text) => {
      expect(parseDecimal(text)).toBeNull();
    },
  );

  it('keeps every digit of a long figure', () => {
    expect(parseDecimal('12345678901234567890.123456789')?.toDecimal(9)).toBe(
      '12345678901234567890.123456789',
    );
  });
});

describe('parseInteger', () => {
  it('reads whole numbers and refuses anything else', () => {
    expect(parseInteger('1302')).toBe(1302n);
    expect(parseInteger('-2')).toBe(-2n);
    expect(parseInteger('1.0')).toBeNull();
    expect(parseInteger('')).toBeNull();
  });
});

describe('dec', () => {
  it('throws on a malformed literal', () => {
    expect(() => dec('x')).toThrow(TypeError);
  });
});
