import type { CalendarCoverage } from './coverage.ts';
import { loadHolidayArrangements } from './holiday-data.ts';
import type { IsoDate } from './plain-date.ts';
import { WorkingCalendar } from './working-calendar.ts';

const builtIn = new WorkingCalendar(loadHolidayArrangements());

/**
 * The calendar of the years the installed chinese-days data holds: the base that years entered
 * from their notices are added to (`builtInCalendar().with(entered)`). The functions below answer
 * on this base alone; the procedures use the base with the entered years (workflow/calendar).
 * @example builtInCalendar().coverage.lastYear // 2026 with chinese-days 1.5.7
 */
export function builtInCalendar(): WorkingCalendar {
  return builtIn;
}

/**
 * The years the built-in calendar can answer for, read from the installed chinese-days data.
 * @example calendarCoverage() // { firstYear: 2004, lastYear: 2026, years: Set {2004, …, 2026} } with chinese-days 1.5.7
 */
export function calendarCoverage(): CalendarCoverage {
  return builtIn.coverage;
}

/**
 * Whether a day is a working day on the built-in calendar.
 * @example isWorkingDay('2025-09-28') // true: a Sunday worked before National Day
 * @example isWorkingDay('2025-10-08') // false
 */
export function isWorkingDay(date: IsoDate): boolean {
  return builtIn.isWorkingDay(date);
}

/**
 * The first working day after `date` (never `date` itself), on the built-in calendar.
 * @example nextWorkingDay('2025-09-30') // '2025-10-09'
 */
export function nextWorkingDay(date: IsoDate): IsoDate {
  return builtIn.nextWorkingDay(date);
}

/**
 * The last day of a period of `n` working days beginning on `start`, on the built-in calendar.
 * @example addWorkingDays('2025-09-26', 7) // '2025-10-11'
 * @example addWorkingDays('2025-10-01', 1) // '2025-10-09'
 */
export function addWorkingDays(start: IsoDate, n: number): IsoDate {
  return builtIn.addWorkingDays(start, n);
}

/**
 * How many working days lie from `from` to `to`, both included, on the built-in calendar.
 * @example workingDaysBetween('2025-09-26', '2025-10-11') // 7
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  return builtIn.workingDaysBetween(from, to);
}
