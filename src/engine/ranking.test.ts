import { describe, expect, it } from 'vitest';
import { Exact } from './exact/exact.ts';
import { dec } from './exact/decimal.ts';
import { rankDescending } from './ranking.ts';

/** [index, rank, tiedWith] in ranked order. */
const rank = (values: Exact[]) => {
  const { order, rank, tiedWith } = rankDescending(values);
  return Array.from(order, (index, k) => [index, rank[k], tiedWith[k]]);
};

describe('rankDescending', () => {
  it('gives competition ranks, highest first (D1)', () => {
    expect(rank([dec('1'), dec('3'), dec('3'), dec('2')])).toEqual([
      [1, 1, 2],
      [2, 1, 2],
      [3, 3, 1],
      [0, 4, 1],
    ]);
  });

  it('ties values that are equal exactly even when doubles say otherwise', () => {
    // 0.1 + 0.2 and 0.3: different doubles, the same number.
    const a = dec('0.1').plus(dec('0.2'));
    const b = dec('0.3');
    expect(0.1 + 0.2 > 0.3).toBe(true);
    expect(rank([b, a])).toEqual([
      [0, 1, 2],
      [1, 1, 2],
    ]);
  });

  it('separates values closer than a double can tell apart', () => {
    const base = Exact.of(1n, 3n);
    const tiny = Exact.of(1n, 10n ** 30n);
    const values = [base, base.plus(tiny), base.minus(tiny), base];
    expect(values[1]!.approximate()).toBe(values[2]!.approximate());
    expect(rank(values)).toEqual([
      [1, 1, 1],
      [0, 2, 2],
      [3, 2, 2],
      [2, 4, 1],
    ]);
  });

  it('agrees with an exact sort on many random fractions', () => {
    const values: Exact[] = [];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 2000; i++)
      values.push(Exact.of(BigInt(next() % 50), BigInt((next() % 7) + 1)));
    const { order, rank } = rankDescending(values);
    for (let k = 1; k < order.length; k++) {
      const comparison = values[order[k - 1]!]!.compare(values[order[k]!]!);
      expect(comparison).toBeGreaterThanOrEqual(0);
      expect(rank[k]).toBe(comparison === 0 ? rank[k - 1] : k + 1);
    }
  });

  it('handles an empty list', () => {
    expect(rankDescending([]).order).toHaveLength(0);
  });
});
