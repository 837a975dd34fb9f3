import { describe, expect, it } from 'vitest';
import { CalendarCoverageError } from './coverage.ts';
import { builtInCalendar } from './working-days.ts';

// An arrangement for a test only (not the State Council's): 1–3 January off, Saturday 20 February worked.
const arrangement2027 = {
  year: 2027,
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-08', '2027-02-09'],
  workingDays: ['2027-02-20'],
};

describe('a calendar with an entered year', () => {
  const calendar = builtInCalendar().with([arrangement2027]);

  it('covers the entered year beside the built-in ones', () => {
    expect(calendar.covers(2027)).toBe(true);
    expect(calendar.covers(2026)).toBe(true);
    expect(calendar.coverage.lastYear).toBe(2027);
    expect(builtInCalendar().covers(2027)).toBe(false);
  });

  it('counts a December 2026 publicity period into 2027 on the entered days', () => {
    // 24, 25, 28, 29, 30, 31 December; 1 January is a holiday, 4 January the seventh day.
    expect(calendar.addWorkingDays('2026-12-24', 7)).toBe('2027-01-04');
    expect(() => builtInCalendar().addWorkingDays('2026-12-24', 7)).toThrow(CalendarCoverageError);
  });

  it('keeps the weekday holidays off and the worked Saturday on', () => {
    expect(calendar.isWorkingDay('2027-02-08')).toBe(false);
    expect(calendar.isWorkingDay('2027-02-20')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-21')).toBe(false);
    expect(calendar.workingDaysBetween('2027-02-08', '2027-02-12')).toBe(3);
  });

  it('still refuses the year after, never guessing', () => {
    const error = (() => {
      try {
        calendar.nextWorkingDay('2027-12-31');
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CalendarCoverageError);
    expect(error).toMatchObject({ year: 2028, lastYear: 2027 });
    expect((error as CalendarCoverageError).localized.zh).toContain('请系统管理员');
    expect((error as CalendarCoverageError).localized.zh).toContain('2028 年节假日安排');
  });

  it('lets an entered year replace the built-in one of the same year', () => {
    const replaced = builtInCalendar().with([
      { year: 2025, holidays: ['2025-01-01'], workingDays: [] },
    ]);
    expect(builtInCalendar().isWorkingDay('2025-10-01')).toBe(false);
    expect(replaced.isWorkingDay('2025-10-01')).toBe(true);
  });
});
