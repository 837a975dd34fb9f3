// The formulas one by one at their edges, in fen (M3, MD2, MD3, MD4, M2, M4); expected values worked
// out by hand with Python fractions, e.g. min(max(F('220000.01') - 120000, 0), 100000) == 100000.
import { describe, expect, it } from 'vitest';
import { dec } from '../../engine/exact/decimal.ts';
import { isCoveredCategory } from './category.ts';
import { fundingCheck } from './funding.ts';
import { parametersChangeIn, reliefParameters, yearIssue } from './parameters.ts';
import { isPilotCounty } from './pilot.ts';
import { reliefOf } from './relief.ts';
import { passes, warningLevel } from './warning-level.ts';

const parameters = reliefParameters(2024);
const rule = parameters.relief;
const defaults = parameters.warningLevels;

describe('parameters of 90号', () => {
  it('has the values of M3, MD3, M2 and M4 with their articles', () => {
    expect(rule.threshold.toDecimal(2)).toBe('120000.00');
    expect(rule.cap.toDecimal(2)).toBe('100000.00');
    expect(rule.citation).toEqual({ rule: 'M3, MD1, MD2', article: '90号 三(五)' });
    expect(defaults.watchAbove.toDecimal(2)).toBe('60000.00');
    expect(defaults.reliefDueAbove.toDecimal(2)).toBe('120000.00');
    expect(parameters.pilot.counties).toEqual([
      '永嘉县',
      '平阳县',
      '苍南县',
      '文成县',
      '泰顺县',
      '洞头区',
    ]);
    expect(parameters.funding.cityPerYear.toDecimal(2)).toBe('20000000.00');
    expect(parameters.targets.participationMin.toFraction()).toBe('199/200');
    expect(parameters.effectiveFrom).toBe('2024-02-01');
  });

  it('refuses a year before the pilot (MD1, M2)', () => {
    expect(yearIssue(2023)?.code).toBe('year_before_pilot');
    expect(yearIssue(1999)?.message.zh).toContain('2024');
    expect(yearIssue(2024)).toBeNull();
    expect(() => reliefParameters(2023)).toThrow();
  });

  it('knows 2024 began before 90号 took effect', () => {
    expect(parametersChangeIn(2024)).toEqual({ kind: 'took_effect', effectiveFrom: '2024-02-01' });
    expect(parametersChangeIn(2025)).toBeNull();
  });
});

describe('reliefOf (M3, MD2)', () => {
  const cases: [string, string, boolean][] = [
    ['0', '0.00', false],
    ['119999.99', '0.00', false],
    ['120000.00', '0.00', false],
    ['120000.01', '0.01', false],
    ['150000.50', '30000.50', false],
    ['219999.99', '99999.99', false],
    ['220000.00', '100000.00', false],
    ['220000.01', '100000.00', true],
    ['9999999.99', '100000.00', true],
  ];
  for (const [cost, relief, capped] of cases) {
    it(`${cost} → ${relief}`, () => {
      const result = reliefOf(dec(cost), rule);
      expect(result.relief.toDecimal(2)).toBe(relief);
      expect(result.capped).toBe(capped);
      expect(result.relief.equals(result.relief.roundTo(2))).toBe(true); // exact fen, no rounding
    });
  }
});

describe('warningLevel (MD3)', () => {
  const insured = { insuredMembers: 3, members: 3 };
  const cases: [string, string][] = [
    ['60000.00', 'none'],
    ['60000.01', 'watch'],
    ['120000.00', 'watch'],
    ['120000.01', 'relief_due'],
    ['220000.00', 'relief_due'],
    ['220000.01', 'relief_due'],
  ];
  for (const [cost, level] of cases) {
    it(`${cost} → ${level}`, () => {
      expect(warningLevel({ outOfPocket: dec(cost), ...insured }, defaults)).toBe(level);
    });
  }

  it('takes the first level that applies: relief due, uninsured, watch', () => {
    const uninsured = { insuredMembers: 2, members: 3 };
    expect(warningLevel({ outOfPocket: dec('120000.01'), ...uninsured }, defaults)).toBe(
      'relief_due',
    );
    expect(warningLevel({ outOfPocket: dec('120000.00'), ...uninsured }, defaults)).toBe(
      'uninsured',
    );
    expect(warningLevel({ outOfPocket: dec('0'), ...uninsured }, defaults)).toBe('uninsured');
  });

  it('reads "passes" as strictly above', () => {
    expect(passes(dec('60000'), dec('60000.00'))).toBe(false);
    expect(passes(dec('60000.01'), dec('60000'))).toBe(true);
  });
});

describe('category, pilot area, funding', () => {
  it('covers only category 2 (M1, MD4)', () => {
    expect(isCoveredCategory(2, parameters.coveredCategory)).toBe(true);
    expect(isCoveredCategory(1, parameters.coveredCategory)).toBe(false);
    expect(isCoveredCategory(3, parameters.coveredCategory)).toBe(false);
  });

  it('knows the pilot counties (M2)', () => {
    expect(isPilotCounty('洞头区', parameters.pilot)).toBe(true);
    expect(isPilotCounty('瑞安市', parameters.pilot)).toBe(false);
  });

  it('compares the pilot relief with the city fund and the 1:1 match (M4)', () => {
    const county = (relief: string, pilot: boolean) =>
      ({ pilot, relief: dec(relief).over(100n) }) as Parameters<typeof fundingCheck>[0][number];
    const at = fundingCheck([county('40000000.00', true), county('5', false)], parameters.funding);
    expect(at.available.toDecimal(2)).toBe('40000000.00');
    expect(at.exceeded).toBe(false);
    expect(fundingCheck([county('40000000.01', true)], parameters.funding).exceeded).toBe(true);
  });
});
