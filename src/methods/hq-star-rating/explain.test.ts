import { describe, expect, it } from 'vitest';
import { Exact } from '../../engine/exact/exact.ts';
import type { EnterpriseFigures } from './enterprise.ts';
import { explainEnterprise } from './explain.ts';
import { rateBatch } from './rate.ts';

const firm = (uscc: string, name: string, revenue: bigint): EnterpriseFigures => ({
  uscc,
  name,
  county: '鹿城区',
  amounts: { revenue_2y: Exact.of(revenue), contribution_2y: Exact.of(2n), rd_2y: Exact.of(3n) },
  pensionPayers: 10n,
  taxFilers: 20n,
  top500: [],
  listings3y: 0,
});

/** Two enterprises with the same figures share rank 1; a third stands alone. */
const rating = rateBatch(
  [firm('A1', '甲公司', 9n), firm('B2', '乙公司', 9n), firm('C3', '丙公司', 1n)],
  { date: '2026-03-01' },
);
const rankStep = (uscc: string) =>
  explainEnterprise(rating, uscc)!.steps.find((step) => step.key === 'rank')!;

describe('the rank step of an explanation', () => {
  it('names no tie for an enterprise alone on its rank', () => {
    const step = rankStep('C3');
    expect(step.values).toEqual([]);
    expect(step.note).toBeUndefined();
  });

  it('names the others on a shared rank, never the enterprise itself', () => {
    const step = rankStep('A1');
    expect(step.values?.map((value) => value.value)).toEqual(['乙公司 (B2)']);
    expect(step.note).toEqual({
      zh: '与另外 1 家企业总分相同，名次并列',
      en: 'Same total as 1 other enterprise: they share this rank',
    });
  });
});
