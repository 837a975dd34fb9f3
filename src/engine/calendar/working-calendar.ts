import { InputError, type InputIssue } from '../input-issue.ts';
import { assertCovered, coverageOf, type CalendarCoverage } from './coverage.ts';
import type { HolidayArrangements } from './holiday-data.ts';
import {
  dateIssue,
  dayOfWeek,
  fromDayNumber,
  toDayNumber,
  type DayNumber,
  type IsoDate,
} from './plain-date.ts';

/**
 * One year's State Council holiday arrangement as entered from its notice: the days off (法定
 * 节假日 and the days swapped into them) and the weekend days made working days (调休上班).
 * Its days may reach into the last days of the year before (a New Year holiday from 31 December).
 */
export interface YearArrangement {
  year: number;
  holidays: readonly IsoDate[];
  workingDays: readonly IsoDate[];
}

/**
 * The statutory working-day calendar over a set of arrangements: the built-in years of the
 * chinese-days data, plus any years entered from their notices. A day in a year it does not hold
 * is refused (CalendarCoverageError), never guessed.
 */
export class WorkingCalendar {
  readonly coverage: CalendarCoverage;
  private readonly arrangements: HolidayArrangements;

  constructor(arrangements: HolidayArrangements) {
    this.arrangements = arrangements;
    this.coverage = coverageOf(arrangements);
  }

  /**
   * This calendar with `years` added; an added year replaces whatever this one holds for it.
   * @example builtInCalendar().with([{ year: 2027, holidays: ['2027-01-01'], workingDays: [] }])
   */
  with(years: readonly YearArrangement[]): WorkingCalendar {
    if (years.length === 0) return this;
    const replaced = new Set(years.map((entry) => entry.year));
    const keep = (date: IsoDate) => !replaced.has(Number(date.slice(0, 4)));
    const daysOff = new Set([...this.arrangements.daysOff].filter(keep));
    const workingWeekendDays = new Set([...this.arrangements.workingWeekendDays].filter(keep));
    for (const entry of years) {
      for (const date of entry.holidays) daysOff.add(date);
      for (const date of entry.workingDays) workingWeekendDays.add(date);
    }
    return new WorkingCalendar({ daysOff, workingWeekendDays });
  }

  /** Whether the calendar holds the year's arrangement. */
  covers(year: number): boolean {
    return this.coverage.years.has(year);
  }

  /**
   * Whether a day is a working day, counting weekend days made working days (调休补班) and
   * weekdays given off.
   * @example calendar.isWorkingDay('2025-09-28') // true: a Sunday worked before National Day
   */
  isWorkingDay(date: IsoDate): boolean {
    return this.isWorking(toDayNumber(date));
  }

  /**
   * The first working day after `date` (never `date` itself).
   * @example calendar.nextWorkingDay('2025-09-30') // '2025-10-09'
   */
  nextWorkingDay(date: IsoDate): IsoDate {
    let day = toDayNumber(date) + 1;
    while (!this.isWorking(day)) day += 1;
    return fromDayNumber(day);
  }

  /**
   * The last day of a period of `n` working days beginning on `start`, e.g. a publicity period
   * (公示期) of 7 working days. A working `start` is day 1; otherwise the period begins on the
   * next working day.
   * @example calendar.addWorkingDays('2025-09-26', 7) // '2025-10-11'
   */
  addWorkingDays(start: IsoDate, n: number): IsoDate {
    throwIssues([dateIssue(start), countIssue(n)]);
    let day = toDayNumber(start);
    // Ends: each step either counts a day or moves on, and leaving the covered years throws.
    let counted = this.isWorking(day) ? 1 : 0;
    while (counted < n) {
      day += 1;
      if (this.isWorking(day)) counted += 1;
    }
    return fromDayNumber(day);
  }

  /**
   * How many working days lie from `from` to `to`, both included.
   * @example calendar.workingDaysBetween('2025-09-26', '2025-10-11') // 7
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
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
      if (this.isWorking(day)) count += 1;
    }
    return count;
  }

  // The rule chinese-days itself applies: a listed working weekend day works, a listed day off
  // does not, any other day works from Monday to Friday.
  private isWorking(day: DayNumber): boolean {
    assertCovered(this.coverage, day);
    const date = fromDayNumber(day);
    if (this.arrangements.workingWeekendDays.has(date)) return true;
    if (this.arrangements.daysOff.has(date)) return false;
    const weekday = dayOfWeek(day);
    return weekday >= 1 && weekday <= 5;
  }
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
