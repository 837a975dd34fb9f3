import { InputError, type InputIssue } from '../input-issue.ts';
import { assertCovered, coverageOf, type CalendarCoverage } from './coverage.ts';
import { loadHolidayArrangements } from './holiday-data.ts';
import {
  dateIssue,
  dayOfWeek,
  fromDayNumber,
  toDayNumber,
  type DayNumber,
  type IsoDate,
} from './plain-date.ts';

const arrangements = loadHolidayArrangements();
const coverage = coverageOf(arrangements);

/**
 * The years the working-day calendar can answer for, read from the installed chinese-days data.
 * @example calendarCoverage() // { firstYear: 2004, lastYear: 2026, years: Set {2004, …, 2026} } with chinese-days 1.5.7
 */
export function calendarCoverage(): CalendarCoverage {
  return coverage;
}

/**
 * Whether a day is a working day under the State Council holiday arrangements, counting
 * weekend days made working days (调休补班) and weekdays given off.
 * @example isWorkingDay('2025-09-28') // true: a Sunday worked before National Day
 * @example isWorkingDay('2025-10-08') // false
 */
export function isWorkingDay(date: IsoDate): boolean {
  return isWorking(toDayNumber(date));
}

/**
 * The first working day after `date` (never `date` itself).
 * @example nextWorkingDay('2025-09-30') // '2025-10-09'
 */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let day = toDayNumber(date) + 1;
  while (!isWorking(day)) day += 1;
  return fromDayNumber(day);
}

/**
 * The last day of a period of `n` working days beginning on `start`, e.g. a publicity period
 * (公示期) of 7 working days. A working `start` is day 1; otherwise the period begins on the next
 * working day.
 * @example addWorkingDays('2025-09-26', 7) // '2025-10-11'
 * @example addWorkingDays('2025-10-01', 1) // '2025-10-09'
 */
export function addWorkingDays(start: IsoDate, n: number): IsoDate {
  throwIssues([dateIssue(start), countIssue(n)]);
  let day = toDayNumber(start);
  // Ends: each step either counts a day or moves on, and leaving the covered years throws.
  let counted = isWorking(day) ? 1 : 0;
  while (counted < n) {
    day += 1;
    if (isWorking(day)) counted += 1;
  }
  return fromDayNumber(day);
}

/**
 * How many working days lie from `from` to `to`, both included.
 * @example workingDaysBetween('2025-09-26', '2025-10-11') // 7
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  throwIssues([dateIssue(from), dateIssue(to)]);
  const first = toDayNumber(from);
  const last = toDayNumber(to);
  if (first > last) {
    throw new InputError([
      {
        code: 'date_range_reversed',
        message: {
          zh: `起始日期 ${from} 晚于结束日期 ${to}`,
          en: `The start date ${from} is after the end date ${to}`,
        },
      },
    ]);
  }
  let count = 0;
  for (let day = first; day <= last; day += 1) {
    if (isWorking(day)) count += 1;
  }
  return count;
}

// Every problem at once, as InputError promises, not just the first argument's.
function throwIssues(found: (InputIssue | undefined)[]): void {
  const issues = found.filter((issue): issue is InputIssue => issue !== undefined);
  if (issues.length > 0) throw new InputError(issues);
}

function countIssue(n: number): InputIssue | undefined {
  if (Number.isSafeInteger(n) && n >= 1) return undefined;
  return {
    code: 'invalid_working_day_count',
    message: {
      zh: `工作日天数须为不小于 1 的整数，收到的是 ${String(n)}`,
      en: `The number of working days must be a whole number of at least 1; got ${String(n)}`,
    },
  };
}

// The rule chinese-days itself applies: a listed working weekend day works, a listed day off does
// not, any other day works from Monday to Friday.
function isWorking(day: DayNumber): boolean {
  assertCovered(coverage, day);
  const date = fromDayNumber(day);
  if (arrangements.workingWeekendDays.has(date)) return true;
  if (arrangements.daysOff.has(date)) return false;
  const weekday = dayOfWeek(day);
  return weekday >= 1 && weekday <= 5;
}
