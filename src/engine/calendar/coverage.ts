import type { Localized } from '../localized.ts';
import type { HolidayArrangements } from './holiday-data.ts';
import { fromDayNumber, yearOf, type DayNumber, type IsoDate } from './plain-date.ts';

/** The years whose holiday arrangements the calendar data holds. */
export interface CalendarCoverage {
  years: ReadonlySet<number>;
  firstYear: number;
  lastYear: number;
}

/**
 * Thrown instead of guessing when a computation needs a day in a year whose holiday
 * arrangements are not in the calendar data. `localized` is the text to show the user.
 */
export class CalendarCoverageError extends Error {
  readonly year: number;
  /** The first day the computation needed and could not classify. */
  readonly date: IsoDate;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly localized: Localized;

  constructor(date: IsoDate, coverage: CalendarCoverage) {
    const year = Number(date.slice(0, 4));
    const localized = coverageMessage(year, coverage);
    super(localized.en);
    this.name = 'CalendarCoverageError';
    this.year = year;
    this.date = date;
    this.firstYear = coverage.firstYear;
    this.lastYear = coverage.lastYear;
    this.localized = localized;
  }
}

/**
 * Works out which years the data covers. A year counts when its 1 January (元旦) is recorded as a
 * holiday: every annual State Council notice starts with it. Merely having entries dated in a year
 * is not enough, because a notice can reach back into the previous December (the 2023 notice put
 * 2022-12-31 off), which would make a year without its own notice look covered.
 * @example coverageOf({ daysOff: new Set(['2022-12-31', '2023-01-01']), workingWeekendDays: new Set() }).lastYear // 2023
 */
export function coverageOf(arrangements: HolidayArrangements): CalendarCoverage {
  const years = new Set<number>();
  for (const date of arrangements.daysOff) {
    if (date.endsWith('-01-01')) years.add(Number(date.slice(0, 4)));
  }
  if (years.size === 0) {
    throw new Error('the chinese-days data holds no year with a 1 January holiday');
  }
  return { years, firstYear: Math.min(...years), lastYear: Math.max(...years) };
}

/**
 * Throws a `CalendarCoverageError` unless the day's year is covered.
 * @example assertCovered(coverage, toDayNumber('2027-01-04')) // throws: 2027 not covered
 */
export function assertCovered(coverage: CalendarCoverage, dayNumber: DayNumber): void {
  if (!coverage.years.has(yearOf(dayNumber))) {
    throw new CalendarCoverageError(fromDayNumber(dayNumber), coverage);
  }
}

function coverageMessage(year: number, { firstYear, lastYear }: CalendarCoverage): Localized {
  const who = {
    zh: `请系统管理员依国务院办公厅公布的 ${year} 年节假日安排通知，在「节假日安排」页面录入该年安排（或用 pingding calendar import 导入）后再试。`,
    en: `An administrator can enter the ${year} arrangement from the State Council General Office's notice on the "Holiday arrangements" page (or with pingding calendar import); then try again.`,
  };
  if (year > lastYear) {
    return {
      zh: `节假日安排目前仅收录到 ${lastYear} 年，本次计算需要用到 ${year} 年的日期，无法确定其中哪些是工作日，系统不作推测。${who.zh}`,
      en: `The holiday calendar only covers years up to ${lastYear}, but this calculation needs dates in ${year}, whose working days are not known and are never guessed. ${who.en}`,
    };
  }
  if (year < firstYear) {
    return {
      zh: `节假日安排仅从 ${firstYear} 年起收录，本次计算需要用到 ${year} 年的日期，无法确定其中哪些是工作日。${who.zh}`,
      en: `The holiday calendar only covers years from ${firstYear} onwards, but this calculation needs dates in ${year}, whose working days cannot be determined. ${who.en}`,
    };
  }
  return {
    zh: `日历数据缺少 ${year} 年的节假日安排，无法确定该年哪些日期是工作日。${who.zh}`,
    en: `The calendar data lacks the ${year} holiday arrangements, so working days in ${year} cannot be determined. ${who.en}`,
  };
}
