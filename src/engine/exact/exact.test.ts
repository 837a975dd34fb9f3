import { describe, expect, it } from 'vitest';
import { Exact, lcm } from './exact.ts';
import { dec } from './decimal.ts';

describe('Exact', () => {
  it('adds the way fractions do, where doubles drift', () => {
    expect(0.1 + 0.2 === 0.3).toBe(false);
    expect(dec('0.1').plus(dec('0.2')).equals(dec('0.3'))).toBe(true);
  });

  it('keeps a negative denominator out', () => {
    const value = Exact.of(3n, -4n);
    expect(value.den).toBe(4n);
    expect(value.toFraction()).toBe('-3/4');
  });

  it('refuses a zero denominator and division by zero', () => {
    expect(() => Exact.of(1n, 0n)).toThrow(RangeError);
    expect(() => Exact.ONE.dividedBy(Exact.ZERO)).toThrow(RangeError);
  });

  it('compares unreduced values exactly', () => {
    expect(Exact.of(2n, 4n).compare(Exact.of(1n, 2n))).toBe(0);
    expect(Exact.of(1n, 3n).compare(Exact.of(333333n, 1000000n))).toBe(1);
    expect(Exact.of(-1n, 3n).compare(Exact.ZERO)).toBe(-1);
  });

  it('rounds half away from zero to the places asked', () => {
    expect(Exact.of(1n, 8n).toDecimal(2)).toBe('0.13');
    expect(Exact.of(-1n, 8n).toDecimal(2)).toBe('-0.13');
    expect(dec('2.675').toDecimal(2)).toBe('2.68'); // a double rounds this down to 2.67
    expect(dec('0.004').toDecimal(2)).toBe('0.00');
    expect(dec('-0.004').toDecimal(2)).toBe('0.00');
    expect(dec('1234.5').toDecimal(0)).toBe('1235');
    expect(Exact.of(2n, 3n).toDecimal(4)).toBe('0.6667');
  });

  it('floors and rounds to a number of places as exact values', () => {
    expect(Exact.of(2n, 3n).floorTo(2).toDecimal(2)).toBe('0.66');
    expect(Exact.of(-2n, 3n).floorTo(2).toDecimal(2)).toBe('-0.67');
    expect(Exact.of(2n, 3n).roundTo(2).equals(dec('0.67'))).toBe(true);
  });

  it('reduces to lowest terms only when asked', () => {
    const sum = Exact.of(1n, 6n).plus(Exact.of(1n, 3n));
    expect(sum.den).toBe(18n);
    expect(sum.reduced().den).toBe(2n);
    expect(sum.toFraction()).toBe('1/2');
  });

  it('approximates values too large for a double without overflow', () => {
    const huge = Exact.of(10n ** 400n + 1n, 10n ** 399n);
    expect(huge.approximate()).toBeCloseTo(10, 10);
    expect(Exact.of(1n, 3n).approximate()).toBeCloseTo(1 / 3, 15);
  });

  it('serialises to its fraction', () => {
    expect(JSON.stringify({ v: Exact.of(6n, 4n) })).toBe('{"v":"3/2"}');
  });
});

describe('over and lcm', () => {
  it('rewrites a value over a multiple of its denominator', () => {
    const value = Exact.of(1n, 4n).over(100n);
    expect([value.num, value.den]).toEqual([25n, 100n]);
    expect(() => Exact.of(1n, 3n).over(10n)).toThrow(RangeError);
  });

  it('finds the least common multiple', () => {
    expect(lcm([4n, 6n, 10n])).toBe(60n);
    expect(lcm([])).toBe(1n);
  });
});
