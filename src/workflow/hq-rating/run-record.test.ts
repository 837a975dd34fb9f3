import { describe, expect, it } from 'vitest';
import { dec } from '../../engine/exact/decimal.ts';
import type { EnterpriseFigures } from '../../methods/hq-star-rating/enterprise.ts';
import { rateBatch } from '../../methods/hq-star-rating/rate.ts';
import { figuresFromInput, inputFromFigures, runOutcome } from './run-record.ts';

const figures = (uscc: string, revenue: string): EnterpriseFigures => ({
  uscc,
  name: `企业${uscc}`,
  county: '鹿城区',
  amounts: { revenue_2y: dec(revenue), contribution_2y: dec('1.5'), rd_2y: null },
  pensionPayers: 90n,
  taxFilers: 100n,
  top500: ['private'],
  listings3y: 1,
});

describe('run records', () => {
  it('store figures as strings and read them back exactly', () => {
    const input = inputFromFigures('app-1', figures('A', '56.78'));
    expect(input).toEqual({
      applicationId: 'app-1',
      uscc: 'A',
      name: '企业A',
      county: '鹿城区',
      amounts: { revenue_2y: '56.78', contribution_2y: '1.5', rd_2y: null },
      pensionPayers: '90',
      taxFilers: '100',
      top500: ['private'],
      listings3y: 1,
    });
    const back = figuresFromInput(JSON.parse(JSON.stringify(input)));
    expect(back.amounts.revenue_2y?.equals(dec('56.78'))).toBe(true);
    expect(back.amounts.rd_2y).toBeNull();
    expect(back.taxFilers).toBe(100n);
  });

  it('keep totals as fractions and four-place decimals, keyed to applications', () => {
    const all = [
      figures('A', '10'),
      figures('B', '20'),
      { ...figures('C', '5'), taxFilers: null },
    ].map((f) => ({
      ...f,
      amounts: { ...f.amounts, rd_2y: dec('100') },
    }));
    const rating = rateBatch(all, { date: '2026-02-02', year: 2025 });
    const { results, unscored } = runOutcome(
      rating,
      new Map([
        ['A', 'a'],
        ['B', 'b'],
        ['C', 'c'],
      ]),
    );
    expect(results.map((r) => [r.applicationId, r.rank, r.stars])).toEqual([
      ['b', 1, 5],
      ['a', 2, 5],
    ]);
    expect(results[0]!.total).toMatch(/^\d+(\/\d+)?$/);
    expect(results[0]!.totalFixed).toMatch(/^\d+\.\d{4}$/);
    expect(unscored.map((u) => [u.applicationId, u.reasons[0]!.code])).toEqual([
      ['c', 'missing_figure'],
    ]);
  });
});
