import { describe, expect, it } from 'vitest';
import { assertCovered, CalendarCoverageError, coverageOf } from './coverage.ts';
import { toDayNumber } from './plain-date.ts';

const arrangements = (daysOff: string[]) => ({
  daysOff: new Set(daysOff),
  workingWeekendDays: new Set<string>(),
});

describe('coverageOf', () => {
  it('counts a year only when its 1 January holiday is recorded', () => {
    // 2022-12-31 comes from the 2023 notice; without 2022-01-01, 2022 is not covered.
    const coverage = coverageOf(arrangements(['2022-12-31', '2023-01-01', '2023-10-01']));
    expect([...coverage.years]).toEqual([2023]);
    expect(coverage.firstYear).toBe(2023);
    expect(coverage.lastYear).toBe(2023);
  });

  it('refuses data without any year rather than treating everything as covered', () => {
    expect(() => coverageOf(arrangements(['2025-10-01']))).toThrow(/no year/);
  });
});

describe('assertCovered', () => {
  const coverage = coverageOf(arrangements(['2004-01-01', '2005-01-01', '2007-01-01']));

  it('lets covered years through', () => {
    expect(() => assertCovered(coverage, toDayNumber('2005-12-31'))).not.toThrow();
  });

  it('refuses a year after the last one, saying which years are known and what to wait for', () => {
    const error = catchError(() => assertCovered(coverage, toDayNumber('2008-01-01')));
    expect(error).toBeInstanceOf(CalendarCoverageError);
    expect(error).toMatchObject({
      year: 2008,
      date: '2008-01-01',
      firstYear: 2004,
      lastYear: 2007,
    });
    expect(error.localized.zh).toBe(
      '节假日安排目前仅收录到 2007 年，本次计算需要用到 2008 年的日期，无法确定其中哪些是工作日，系统不作推测。请系统管理员依国务院办公厅公布的 2008 年节假日安排通知，在「节假日安排」页面录入该年安排（或用 pingding calendar import 导入）后再试。',
    );
    expect(error.message).toBe(error.localized.en);
    expect(error.localized.en).toContain('only covers years up to 2007');
  });

  it('refuses a year before the first one', () => {
    const error = catchError(() => assertCovered(coverage, toDayNumber('2003-12-31')));
    expect(error.year).toBe(2003);
    expect(error.localized.zh).toContain('仅从 2004 年起收录');
  });

  it('refuses a year missing in the middle', () => {
    const error = catchError(() => assertCovered(coverage, toDayNumber('2006-06-01')));
    expect(error.year).toBe(2006);
    expect(error.localized.zh).toContain('缺少 2006 年的节假日安排');
  });
});

function catchError(run: () => void): CalendarCoverageError {
  try {
    run();
  } catch (error) {
    if (error instanceof CalendarCoverageError) return error;
    throw error;
  }
  throw new Error('expected a CalendarCoverageError');
}
