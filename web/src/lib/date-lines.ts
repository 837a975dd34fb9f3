import { dateIssue, fromDayNumber, toDayNumber } from '../../../src/engine/calendar/plain-date.ts';

/** The longest range one line may name (the longest holiday is well under this). */
const MAX_RANGE_DAYS = 31;

const RANGE = /^(\d{4}-\d{2}-\d{2})\s*(?:至|到|~|～|—|--)\s*(\d{4}-\d{2}-\d{2})$/;

/**
 * Dates as typed in a text box: one a line (or separated by commas), a range as
 * `2027-02-06 至 2027-02-13`. Returns every date in order, and the lines that are not dates.
 * @example parseDateLines('2027-01-01 至 2027-01-03\n2027-02-20') // { dates: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-20'], bad: [] }
 */
export function parseDateLines(text: string): { dates: string[]; bad: string[] } {
  const dates: string[] = [];
  const bad: string[] = [];
  const parts = text
    .split(/[\n,，、;；]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  for (const part of parts) {
    const range = RANGE.exec(part);
    if (range) {
      const [from, to] = [range[1]!, range[2]!];
      if (dateIssue(from) || dateIssue(to)) {
        bad.push(part);
        continue;
      }
      const first = toDayNumber(from);
      const last = toDayNumber(to);
      if (last < first || last - first >= MAX_RANGE_DAYS) {
        bad.push(part);
        continue;
      }
      for (let day = first; day <= last; day += 1) dates.push(fromDayNumber(day));
      continue;
    }
    if (dateIssue(part)) bad.push(part);
    else dates.push(part);
  }
  return { dates, bad };
}

/**
 * Sorted dates as runs of consecutive days, for reading: `2027-01-01 至 2027-01-03`.
 * @example compactDates(['2027-01-01', '2027-01-02', '2027-02-20'], '至') // ['2027-01-01 至 2027-01-02', '2027-02-20']
 */
export function compactDates(dates: readonly string[], to: string): string[] {
  const days = [...new Set(dates)].sort().map(toDayNumber);
  const runs: string[] = [];
  let start = 0;
  for (let i = 1; i <= days.length; i += 1) {
    if (i < days.length && days[i] === days[i - 1]! + 1) continue;
    const first = fromDayNumber(days[start]!);
    const last = fromDayNumber(days[i - 1]!);
    runs.push(first === last ? first : `${first} ${to} ${last}`);
    start = i;
  }
  return days.length === 0 ? [] : runs;
}
