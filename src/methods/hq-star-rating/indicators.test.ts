import { describe, expect, it } from 'vitest';
import { dec } from '../../engine/exact/decimal.ts';
import { Exact } from '../../engine/exact/exact.ts';
import type { EnterpriseFigures } from './enterprise.ts';
import {
  commonScoreDenominator,
  indicatorScorer,
  indicatorValues,
  pensionRate,
} from './indicators.ts';

const enterprise = (overrides: Partial<EnterpriseFigures> = {}): EnterpriseFigures => ({
  uscc: '91330302MAR6FJP20Q',
  name: '甲公司',
  county: '瑞安市',
  amounts: { revenue_2y: dec('10'), contribution_2y: dec('1'), rd_2y: dec('100') },
  pensionPayers: 90n,
  taxFilers: 100n,
  top500: [],
  listings3y: 0,
  ...overrides,
});

describe('R4 indicator score', () => {
  it('is (value − min) ÷ (max − min) × weight', () => {
    expect(indicatorScorer(dec('2'), dec('10'), 30, 'full_weight')(dec('5')).toFraction()).toBe(
      '45/4',
    );
  });

  it('gives the full weight or zero without spread (D2)', () => {
    expect(indicatorScorer(dec('3'), dec('3'), 50, 'full_weight')(dec('3')).toDecimal(0)).toBe(
      '50',
    );
    expect(indicatorScorer(dec('3'), dec('3'), 50, 'zero')(dec('3')).isZero()).toBe(true);
  });

  it('gives exactly the same scores over shared denominators as without them', () => {
    let seed = 11;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let round = 0; round < 50; round++) {
      const columns = [0, 1, 2].map(() => {
        const places = next(4);
        const values = Array.from({ length: 12 }, () =>
          Exact.of(BigInt(next(100000)), 10n ** BigInt(places)),
        );
        const den = 10n ** BigInt(places);
        const min = values.reduce((a, b) => Exact.min(a, b));
        const max = values.reduce((a, b) => Exact.max(a, b));
        return { values, min, max, den };
      });
      const common = commonScoreDenominator(columns);
      for (const { values, min, max, den } of columns) {
        const plain = indicatorScorer(min, max, 30, 'full_weight');
        const shared = indicatorScorer(min, max, 30, 'full_weight', { value: den, score: common });
        for (const value of values) expect(shared(value).equals(plain(value))).toBe(true);
      }
    }
  });
});

describe('indicator values and the reasons not to score (D5)', () => {
  it('computes the participation rate (R6)', () => {
    const outcome = indicatorValues(enterprise());
    expect(outcome.ok && outcome.values.pension_rate.equals(pensionRate(90n, 100n))).toBe(true);
  });

  it('lists every reason at once', () => {
    const outcome = indicatorValues(
      enterprise({
        amounts: { revenue_2y: null, contribution_2y: dec('-1'), rd_2y: dec('1') },
        pensionPayers: 120n,
      }),
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.reasons.map((reason) => reason.code)).toEqual([
        'missing_figure',
        'negative_amount',
        'rate_above_100',
      ]);
    }
  });

  it('refuses a rate with no tax filers', () => {
    const outcome = indicatorValues(enterprise({ pensionPayers: 0n, taxFilers: 0n }));
    expect(!outcome.ok && outcome.reasons.map((reason) => reason.code)).toEqual(['no_tax_filers']);
  });

  it('accepts a rate of exactly 100 %', () => {
    expect(indicatorValues(enterprise({ pensionPayers: 100n, taxFilers: 100n })).ok).toBe(true);
  });
});
