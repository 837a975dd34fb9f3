import { describe, expect, it } from 'vitest';
import { Exact } from '../../engine/exact/exact.ts';
import type { EnterpriseFigures } from './enterprise.ts';
import { EnterpriseColumns } from './enterprise-columns.ts';
import { TOP500_LISTS } from './parameters.ts';
import { rateBatch } from './rate.ts';

/**
 * The rating against the method written the plainest way: every score by the formula of R4 with
 * general fractions, the bonus by R7 and R8, and each rank as 1 + the number of higher totals (D1).
 * The optimised path (shared denominators, columns, approximate pre-sorting) must agree exactly.
 */
function plainRating(batch: EnterpriseFigures[]) {
  const values = batch.map((e) => [
    e.amounts.revenue_2y!,
    e.amounts.contribution_2y!,
    e.amounts.rd_2y!,
    Exact.of(e.pensionPayers!, e.taxFilers!),
  ]);
  const weights = [30, 50, 10, 10];
  const points: Record<string, number> = {
    world: 5,
    china: 3,
    private: 2,
    manufacturing: 1,
    service: 1,
  };
  const totals = batch.map((e, i) => {
    let total = Exact.ZERO;
    weights.forEach((weight, k) => {
      const column = values.map((row) => row[k]!);
      const min = column.reduce((a, b) => Exact.min(a, b));
      const max = column.reduce((a, b) => Exact.max(a, b));
      const spread = max.minus(min);
      total = total.plus(
        spread.isZero()
          ? Exact.of(weight)
          : values[i]![k]!.minus(min).dividedBy(spread).times(Exact.of(weight)),
      );
    });
    const top = Math.max(0, ...e.top500.map((list) => points[list]!));
    return total.plus(Exact.of(top + e.listings3y));
  });
  return batch.map((e, i) => ({
    uscc: e.uscc,
    total: totals[i]!,
    rank: 1 + totals.filter((t) => t.compare(totals[i]!) > 0).length,
  }));
}

function randomBatch(seed: number, size: number): EnterpriseFigures[] {
  const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
  const decimal = () => Exact.of(BigInt(next(5000)), 10n ** BigInt(next(4)));
  return Array.from({ length: size }, (_, i) => {
    const filers = BigInt(1 + next(50));
    return {
      uscc: `U${i}`,
      name: `企业${i}`,
      county: '瑞安市',
      // A few repeated rows make ties, including across star edges.
      amounts: { revenue_2y: decimal(), contribution_2y: decimal(), rd_2y: decimal() },
      pensionPayers: BigInt(next(Number(filers) + 1)),
      taxFilers: filers,
      top500: TOP500_LISTS.filter(() => next(6) === 0),
      listings3y: next(3),
    };
  });
}

describe('rateBatch agrees exactly with the plain reading of the method', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('random batch %i', (seed) => {
    const batch = randomBatch(seed * 7919, 20 + seed * 10);
    for (let i = 0; i < 6; i++) batch.push({ ...batch[i]!, uscc: `T${i}` });
    const columns = new EnterpriseColumns();
    batch.forEach((e) => columns.push(e));
    const expected = plainRating(batch);
    for (const source of [batch, columns]) {
      const { results } = rateBatch(source, { date: '2026-03-01' });
      expect(results).toHaveLength(batch.length);
      for (const result of results) {
        const plain = expected.find((e) => e.uscc === result.uscc)!;
        expect(result.total.equals(plain.total)).toBe(true);
        expect(result.rank).toBe(plain.rank);
      }
    }
  });
});
