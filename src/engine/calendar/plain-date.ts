import { InputError, type InputIssue } from '../input-issue.ts';

/** A calendar date as written in documents, `YYYY-MM-DD`, with no time and no time zone. */
export type IsoDate = string;

/** A date as a count of days since 1970-01-01, so stepping a day is `+ 1`. */
export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a `YYYY-MM-DD` date and returns its day number. Rejects anything else with an
 * `InputError` (code `invalid_date`): other layouts, impossible days such as 2025-02-29, times.
 * @example toDayNumber('1970-01-02') // 1
 */
export function toDayNumber(date: IsoDate): DayNumber {
  const parts = fields(date);
  if (!parts) throw new InputError([invalidDate(date)]);
  return daysFromCivil(...parts);
}

/**
 * What is wrong with a date, if anything, so callers can report it with their other issues.
 * @example dateIssue('2025-9-26')?.code // 'invalid_date'
 */
export function dateIssue(date: IsoDate): InputIssue | undefined {
  return fields(date) ? undefined : invalidDate(date);
}

function invalidDate(date: unknown): InputIssue {
  return {
    code: 'invalid_date',
    message: {
      zh: `“${String(date)}”不是有效的日期，请按 YYYY-MM-DD 格式填写，例如 2025-09-26`,
      en: `"${String(date)}" is not a valid date; write it as YYYY-MM-DD, e.g. 2025-09-26`,
    },
  };
}

/**
 * Writes a day number back as `YYYY-MM-DD`.
 * @example fromDayNumber(0) // '1970-01-01'
 */
export function fromDayNumber(dayNumber: DayNumber): IsoDate {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The Gregorian year a day number falls in.
 * @example yearOf(toDayNumber('2026-12-31')) // 2026
 */
export function yearOf(dayNumber: DayNumber): number {
  return civilFromDays(dayNumber).year;
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday (the same numbering as `Date#getUTCDay`).
 * @example dayOfWeek(toDayNumber('2025-09-28')) // 0, a Sunday
 */
export function dayOfWeek(dayNumber: DayNumber): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber + 4) % 7) + 7) % 7;
}

// `typeof` because callers in plain JavaScript (or parsed JSON) can pass anything.
function fields(date: unknown): [number, number, number] | undefined {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return [year, month, day];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

// Pure integer arithmetic (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms") instead of
// `Date`: local-time `Date` methods shift with the machine's time zone, and even `Date.UTC` maps
// years 0–99 to 1900–1999. Years are counted from 1 March so the leap day falls at the end.
function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}
