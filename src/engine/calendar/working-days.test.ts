import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../input-issue.ts';
import { CalendarCoverageError } from './coverage.ts';
import {
  addWorkingDays,
  calendarCoverage,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './working-days.ts';

describe('2025 National Day and Mid-Autumn (国办发明电〔2024〕12号)', () => {
  it('gives 1–8 October off and works Sunday 28 September and Saturday 11 October', () => {
    for (let day = 1; day <= 8; day += 1) {
      expect(isWorkingDay(`2025-10-0${day}`), `2025-10-0${day}`).toBe(false);
    }
    expect(isWorkingDay('2025-09-28')).toBe(true);
    expect(isWorkingDay('2025-10-11')).toBe(true);
    expect(isWorkingDay('2025-09-27')).toBe(false); // an ordinary Saturday
    expect(isWorkingDay('2025-10-12')).toBe(false); // an ordinary Sunday
    expect(isWorkingDay('2025-10-09')).toBe(true);
  });

  it('ends a 7-working-day publicity period from Friday 26 September on Saturday 11 October', () => {
    // 26, 28, 29, 30 September; 9, 10, 11 October.
    expect(addWorkingDays('2025-09-26', 7)).toBe('2025-10-11');
    expect(workingDaysBetween('2025-09-26', '2025-10-11')).toBe(7);
    expect(workingDaysBetween('2025-10-01', '2025-10-08')).toBe(0);
  });

  it('finds the next working day across the holiday and onto the worked Sunday', () => {
    expect(nextWorkingDay('2025-09-30')).toBe('2025-10-09');
    expect(nextWorkingDay('2025-09-27')).toBe('2025-09-28');
    expect(nextWorkingDay('2025-09-26')).toBe('2025-09-28');
  });
});

describe('2026 Spring Festival (15–23 February off, Saturdays 14 and 28 February worked)', () => {
  it('classifies the days', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true);
    expect(isWorkingDay('2026-02-15')).toBe(false);
    expect(isWorkingDay('2026-02-23')).toBe(false); // a Monday
    expect(isWorkingDay('2026-02-24')).toBe(true);
    expect(isWorkingDay('2026-02-28')).toBe(true);
    expect(isWorkingDay('2026-03-01')).toBe(false);
  });

  it('counts across the holiday', () => {
    // 12, 13, 14 February; 24, 25 February.
    expect(addWorkingDays('2026-02-12', 5)).toBe('2026-02-25');
    // 9–13 (5), 14 (1), 24–27 (4), 28 (1).
    expect(workingDaysBetween('2026-02-09', '2026-03-01')).toBe(11);
  });
});

describe('a plain week (3–9 November 2025)', () => {
  it('works Monday to Friday only', () => {
    expect(addWorkingDays('2025-11-03', 5)).toBe('2025-11-07');
    expect(addWorkingDays('2025-11-03', 6)).toBe('2025-11-10');
    expect(workingDaysBetween('2025-11-03', '2025-11-09')).toBe(5);
    expect(nextWorkingDay('2025-11-07')).toBe('2025-11-10');
  });
});

describe('where the period begins', () => {
  it('counts a working start day as day 1, so n = 1 is the start itself', () => {
    expect(addWorkingDays('2025-09-26', 1)).toBe('2025-09-26');
    expect(addWorkingDays('2025-09-28', 1)).toBe('2025-09-28'); // worked Sunday
  });

  it('begins on the next working day when the start is a holiday or weekend', () => {
    expect(addWorkingDays('2025-10-01', 1)).toBe('2025-10-09');
    expect(addWorkingDays('2025-10-03', 3)).toBe('2025-10-11');
    expect(addWorkingDays('2025-11-08', 1)).toBe('2025-11-10');
  });

  it('counts a single day as 1 or 0', () => {
    expect(workingDaysBetween('2025-10-11', '2025-10-11')).toBe(1);
    expect(workingDaysBetween('2025-10-12', '2025-10-12')).toBe(0);
  });
});

describe('invalid input', () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects n = %s', (n) => {
    expect(issueCodes(() => addWorkingDays('2025-09-26', n))).toEqual([
      'invalid_working_day_count',
    ]);
  });

  it('rejects a malformed or impossible date in every function', () => {
    expect(issueCodes(() => isWorkingDay('2025-9-26'))).toEqual(['invalid_date']);
    expect(issueCodes(() => nextWorkingDay('2025-02-29'))).toEqual(['invalid_date']);
    expect(issueCodes(() => addWorkingDays('2025/09/26', 7))).toEqual(['invalid_date']);
    expect(issueCodes(() => workingDaysBetween('2025-09-26', '2025-10-32'))).toEqual([
      'invalid_date',
    ]);
  });

  it('reports every problem at once', () => {
    expect(issueCodes(() => addWorkingDays('2025-9-26', 0))).toEqual([
      'invalid_date',
      'invalid_working_day_count',
    ]);
    expect(issueCodes(() => workingDaysBetween('x', 'y'))).toEqual([
      'invalid_date',
      'invalid_date',
    ]);
  });

  it('explains the problem in Chinese', () => {
    const error = catchError(() => addWorkingDays('2025-09-26', 0));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues[0]?.message.zh).toBe(
      '工作日天数须为不小于 1 的整数，收到的是 0',
    );
  });

  it('rejects a range that ends before it starts', () => {
    expect(issueCodes(() => workingDaysBetween('2025-10-11', '2025-09-26'))).toEqual([
      'date_range_reversed',
    ]);
  });
});

describe('years without published holiday arrangements', () => {
  const { lastYear } = calendarCoverage();

  it('reads the covered years from chinese-days (1.5.7 ships 2004–2026)', () => {
    expect(calendarCoverage().firstYear).toBe(2004);
    expect(lastYear).toBe(2026);
  });

  it('refuses a period running from 28 December 2026 into 2027', () => {
    const error = catchError(() => addWorkingDays('2026-12-28', 7));
    expect(error).toBeInstanceOf(CalendarCoverageError);
    expect(error).toMatchObject({ year: 2027, date: '2027-01-01', lastYear: 2026 });
    expect((error as CalendarCoverageError).localized.zh).toBe(
      '节假日安排目前仅收录到 2026 年，本次计算需要用到 2027 年的日期，无法确定其中哪些是工作日，系统不作推测。请系统管理员依国务院办公厅公布的 2027 年节假日安排通知，在「节假日安排」页面录入该年安排（或用 pingding calendar import 导入）后再试。',
    );
  });

  it('still answers when the period ends inside the last covered year', () => {
    expect(addWorkingDays('2026-12-28', 4)).toBe('2026-12-31');
    expect(workingDaysBetween('2026-12-28', '2026-12-31')).toBe(4);
  });

  it('refuses a start date in 2027, whether or not it would be a working day', () => {
    expect(() => addWorkingDays('2027-01-04', 1)).toThrow(CalendarCoverageError);
    expect(() => isWorkingDay('2027-01-04')).toThrow(CalendarCoverageError);
    expect(() => isWorkingDay('2027-01-02')).toThrow(CalendarCoverageError);
  });

  it('refuses the next working day and a count that would need 2027', () => {
    expect(() => nextWorkingDay('2026-12-31')).toThrow(/2027/);
    expect(() => workingDaysBetween('2026-12-01', '2027-01-05')).toThrow(CalendarCoverageError);
  });

  it('refuses years before the data begins', () => {
    const error = catchError(() => isWorkingDay('2003-12-31'));
    expect(error).toMatchObject({ year: 2003, firstYear: 2004 });
  });
});

describe('time zones', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each([
    ['UTC', 0],
    ['Asia/Shanghai', -480],
    ['America/Los_Angeles', 480],
    ['Pacific/Kiritimati', -840],
  ])('gives the same answers in %s', (zone, offsetOnNewYear) => {
    process.env.TZ = zone;
    // Proves the zone really switched, so the answers below are tested in it.
    expect(new Date(2025, 0, 1).getTimezoneOffset()).toBe(offsetOnNewYear);
    expect(addWorkingDays('2025-09-26', 7)).toBe('2025-10-11');
    expect(nextWorkingDay('2025-09-30')).toBe('2025-10-09');
    expect(isWorkingDay('2025-10-01')).toBe(false);
    expect(isWorkingDay('2025-09-28')).toBe(true);
    expect(workingDaysBetween('2026-02-09', '2026-03-01')).toBe(11);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

function issueCodes(run: () => unknown): string[] {
  const error = catchError(run);
  if (!(error instanceof InputError)) throw error;
  return error.issues.map((issue) => issue.code);
}
