import { describe, expect, it } from 'vitest';
import { dec } from '../../engine/exact/decimal.ts';
import { Exact } from '../../engine/exact/exact.ts';
import type { EnterpriseFigures } from './enterprise.ts';
import { EnterpriseColumns } from './enterprise-columns.ts';

const figures = (overrides: Partial<EnterpriseFigures> = {}): EnterpriseFigures => ({
  uscc: '91330302MAR6FJP20Q',
  name: '甲公司',
  county: '瑞安市',
  amounts: { revenue_2y: dec('56.78'), contribution_2y: dec('3.2'), rd_2y: dec('12345.6') },
  pensionPayers: 1180n,
  taxFilers: 1302n,
  top500: ['private', 'manufacturing'],
  listings3y: 1,
  row: 2,
  ...overrides,
});

describe('EnterpriseColumns', () => {
  it('gives back what was stored', () => {
    const columns = new EnterpriseColumns();
    const stored = figures();
    columns.push(stored);
    const back = columns.at(0)!;
    expect(back).toMatchObject({
      uscc: stored.uscc,
      name: '甲公司',
      county: '瑞安市',
      row: 2,
      listings3y: 1,
    });
    expect(back.top500).toEqual(['private', 'manufacturing']);
    expect(back.amounts.revenue_2y!.equals(dec('56.78'))).toBe(true);
    expect([back.pensionPayers, back.taxFilers]).toEqual([1180n, 1302n]);
  });

  it('keeps missing figures missing and very large ones whole', () => {
    const columns = new EnterpriseColumns();
    const huge = Exact.of(10n ** 30n + 7n, 100n);
    columns.push(
      figures({
        amounts: { revenue_2y: huge, contribution_2y: null, rd_2y: dec('-1') },
        taxFilers: null,
        pensionPayers: 2n ** 70n,
      }),
    );
    const back = columns.at(0)!;
    expect(back.amounts.revenue_2y!.equals(huge)).toBe(true);
    expect(back.amounts.contribution_2y).toBeNull();
    expect(back.amounts.rd_2y!.toDecimal(0)).toBe('-1');
    expect(back.taxFilers).toBeNull();
    expect(back.pensionPayers).toBe(2n ** 70n);
  });

  it('grows past its first capacity without losing rows', () => {
    const columns = new EnterpriseColumns();
    for (let i = 0; i < 3000; i++) columns.push(figures({ name: `企业${i}`, listings3y: i % 7 }));
    expect(columns.length).toBe(3000);
    expect(columns.at(2999)).toMatchObject({ name: '企业2999', listings3y: 2999 % 7 });
    expect(columns.at(3000)).toBeUndefined();
  });

  it('refuses an amount that is not a decimal', () => {
    const columns = new EnterpriseColumns();
    expect(() =>
      columns.push(
        figures({ amounts: { revenue_2y: Exact.of(1n, 3n), contribution_2y: null, rd_2y: null } }),
      ),
    ).toThrow(RangeError);
  });
});
