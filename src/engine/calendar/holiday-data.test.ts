import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { loadHolidayArrangements } from './holiday-data.ts';
import { fromDayNumber, toDayNumber } from './plain-date.ts';
import { calendarCoverage, isWorkingDay } from './working-days.ts';

// chinese-days' own functions read dates in local time; west of UTC they shift by a day.
const libraryTrustworthyHere =
  new Date(2025, 0, 1).getTimezoneOffset() <= 0 && new Date(2025, 6, 1).getTimezoneOffset() <= 0;

describe('holiday data from chinese-days', () => {
  it('holds the official 2025 National Day arrangement', () => {
    const { daysOff, workingWeekendDays } = loadHolidayArrangements();
    for (const day of ['01', '02', '03', '04', '05', '06', '07', '08']) {
      expect(daysOff.has(`2025-10-${day}`)).toBe(true);
    }
    expect(daysOff.has('2025-10-09')).toBe(false);
    expect([...workingWeekendDays].filter((d) => d.startsWith('2025-'))).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
    ]);
  });

  it.skipIf(!libraryTrustworthyHere)(
    'classifies every covered day exactly as chinese-days isWorkday does',
    () => {
      const { firstYear, lastYear } = calendarCoverage();
      const end = toDayNumber(`${lastYear}-12-31`);
      const disagreements: string[] = [];
      for (let day = toDayNumber(`${firstYear}-01-01`); day <= end; day += 1) {
        const iso = fromDayNumber(day);
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        if (isWorkingDay(iso) !== chineseDays.isWorkday(new Date(y, m - 1, d))) {
          disagreements.push(iso);
        }
      }
      expect(disagreements).toEqual([]);
    },
  );
});
