import { describe, expect, it } from 'vitest';
import { apportion } from './apportion.ts';
import { dec } from './exact/decimal.ts';
import { Exact } from './exact/exact.ts';
import { SeededRandom } from './demo/seeded-random.ts';

const FEN = Exact.of(1n, 100n);
const amounts = (result: ReturnType<typeof apportion>) =>
  result.parts.map((part) => part.amount.toDecimal(2));

describe('apportion (largest remainder)', () => {
  it('gives the leftover unit to the tie order when remainders are equal', () => {
    const third = Exact.of(100n, 3n);
    const parts = (['a', 'b', 'c'] as const).map((key) => ({ key, exact: third }));
    expect(amounts(apportion(parts, Exact.of(100n), FEN, ['c', 'b', 'a']))).toEqual([
      '33.33',
      '33.33',
      '33.34',
    ]);
    const inGivenOrder = apportion(parts, Exact.of(100n), FEN);
    expect(amounts(inGivenOrder)).toEqual(['33.34', '33.33', '33.33']);
    expect(inGivenOrder.unitsLeft).toBe(1);
    expect(inGivenOrder.decidedByTieOrder).toEqual(['a', 'b', 'c']);
  });

  it('does not gain a unit where half-up rounding would', () => {
    // Half-up rounds 0.006, 0.005 and 0.005 all up: 0.01 + 0.01 + 0.01 + 0.98 = 1.01.
    const parts = [
      { key: 'a', exact: dec('0.006') },
      { key: 'b', exact: dec('0.005') },
      { key: 'c', exact: dec('0.005') },
      { key: 'd', exact: dec('0.984') },
    ];
    const halfUp = parts.reduce((sum, part) => sum.plus(part.exact.roundTo(2)), Exact.ZERO);
    expect(halfUp.toDecimal(2)).toBe('1.01');
    const result = apportion(parts, Exact.ONE, FEN);
    expect(amounts(result)).toEqual(['0.01', '0.01', '0.00', '0.98']);
    expect(result.parts.map((part) => part.remainderPlace)).toEqual([1, 2, 3, 4]);
    expect(result.decidedByTieOrder).toEqual(['b', 'c']);
  });

  it('does not lose a unit where half-up rounding would', () => {
    // Half-up rounds every part down: 0.25 + 0.25 + 0.25 + 0.24 = 0.99.
    const parts = [
      { key: 'a', exact: dec('0.2525') },
      { key: 'b', exact: dec('0.2525') },
      { key: 'c', exact: dec('0.2525') },
      { key: 'd', exact: dec('0.2425') },
    ];
    const halfUp = parts.reduce((sum, part) => sum.plus(part.exact.roundTo(2)), Exact.ZERO);
    expect(halfUp.toDecimal(2)).toBe('0.99');
    expect(amounts(apportion(parts, Exact.ONE, FEN, ['d', 'c', 'b', 'a']))).toEqual([
      '0.25',
      '0.25',
      '0.25',
      '0.25',
    ]);
  });

  it('leaves exact amounts alone and reports no tie', () => {
    const parts = [
      { key: 'x', exact: dec('1.25') },
      { key: 'y', exact: dec('2.75') },
    ];
    const result = apportion(parts, dec('4'), FEN);
    expect(amounts(result)).toEqual(['1.25', '2.75']);
    expect(result.unitsLeft).toBe(0);
    expect(result.decidedByTieOrder).toEqual([]);
    expect(result.parts.every((part) => part.remainder.isZero())).toBe(true);
  });

  it('refuses parts that do not add up to the total, and a total not in whole units', () => {
    expect(() => apportion([{ key: 'a', exact: dec('1') }], dec('2'), FEN)).toThrow(RangeError);
    expect(() => apportion([{ key: 'a', exact: dec('0.001') }], dec('0.001'), FEN)).toThrow(
      RangeError,
    );
    expect(() => apportion([{ key: 'a', exact: dec('1') }], dec('1'), Exact.ZERO)).toThrow(
      RangeError,
    );
  });

  it('works with any unit, e.g. whole yuan', () => {
    const parts = [
      { key: 'a', exact: Exact.of(10n, 3n) },
      { key: 'b', exact: Exact.of(20n, 3n) },
    ];
    expect(apportion(parts, dec('10'), Exact.ONE).parts.map((p) => p.amount.toDecimal(0))).toEqual([
      '3',
      '7',
    ]);
  });

  it('always sums exactly and stays within one unit of the exact amounts (random)', () => {
    const random = new SeededRandom(7);
    for (let round = 0; round < 300; round++) {
      const count = random.between(1, 8);
      const weights = Array.from({ length: count }, () => BigInt(random.between(0, 100_000)));
      weights[0]! += 1n; // at least one part is not zero
      const sum = weights.reduce((a, b) => a + b, 0n);
      const total = Exact.of(BigInt(random.between(0, 10_000_000)), 100n);
      const parts = weights.map((weight, index) => ({
        key: `p${index}`,
        exact: total.times(Exact.of(weight, sum)),
      }));
      const result = apportion(parts, total, FEN);
      const rounded = result.parts.reduce((acc, part) => acc.plus(part.amount), Exact.ZERO);
      expect(rounded.equals(total)).toBe(true);
      for (const part of result.parts) {
        expect(part.amount.minus(part.exact).compare(FEN)).toBe(-1);
        expect(part.exact.minus(part.amount).compare(FEN)).toBe(-1);
      }
      // Largest remainder: every part that took a unit has a remainder at least as large as any that did not.
      const took = result.parts.filter((part) => part.extraUnit);
      const didNot = result.parts.filter((part) => !part.extraUnit);
      for (const a of took)
        for (const b of didNot) expect(a.remainder.compare(b.remainder)).not.toBe(-1);
    }
  });
});
