import { createRequire } from 'node:module';
import type { IsoDate } from './plain-date.ts';

/** The State Council holiday arrangements as chinese-days records them. */
export interface HolidayArrangements {
  /** Days off on weekdays or weekends: statutory holidays and the weekdays swapped into them. */
  daysOff: ReadonlySet<IsoDate>;
  /** Weekend days made working days (调休补班). */
  workingWeekendDays: ReadonlySet<IsoDate>;
}

/**
 * Loads the arrangements from the JSON file chinese-days publishes with its code.
 * We read the data rather than call `isWorkday`: the library formats and compares dates in the
 * machine's local time zone, so west of UTC it looks up the wrong day (see the tests).
 * @example loadHolidayArrangements().daysOff.has('2025-10-01') // true
 */
export function loadHolidayArrangements(): HolidayArrangements {
  const data: unknown = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json');
  if (typeof data !== 'object' || data === null) throw unexpectedShape('the file');
  const record = data as Record<string, unknown>;
  return {
    daysOff: dateKeys(record, 'holidays'),
    workingWeekendDays: dateKeys(record, 'workdays'),
  };
}

function dateKeys(record: Record<string, unknown>, field: string): ReadonlySet<IsoDate> {
  const table = record[field];
  if (typeof table !== 'object' || table === null) throw unexpectedShape(`"${field}"`);
  const keys = Object.keys(table);
  const odd = keys.find((key) => !/^\d{4}-\d{2}-\d{2}$/.test(key));
  if (odd !== undefined) throw unexpectedShape(`"${field}" key "${odd}"`);
  return new Set(keys);
}

// A developer problem (the dependency changed), not a user one, so English only.
function unexpectedShape(what: string): Error {
  return new Error(
    `chinese-days/dist/chinese-days.json has an unexpected shape at ${what}; check the chinese-days version`,
  );
}
