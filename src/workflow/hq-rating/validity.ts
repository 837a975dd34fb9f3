import { fromDayNumber, toDayNumber, type IsoDate } from '../../engine/calendar/plain-date.ts';

/** R13 (88号 五、1): benefits normally last two years. */
export const VALIDITY_YEARS = 2;

/**
 * The last day a rating finalized on `finalOn` is in effect: the day before its second
 * anniversary (a 29 February's anniversary in a common year is 1 March, so the last day is
 * 28 February).
 * @example validUntil('2025-10-20') // '2027-10-19'
 * @example validUntil('2024-02-29') // '2026-02-28'
 */
export function validUntil(finalOn: IsoDate): IsoDate {
  const day = toDayNumber(finalOn);
  const [year, month, date] = fromDayNumber(day).split('-').map(Number) as [number, number, number];
  const target = year + VALIDITY_YEARS;
  const anniversary = isValidDay(target, month, date)
    ? toDayNumber(iso(target, month, date))
    : toDayNumber(iso(target, 3, 1));
  return fromDayNumber(anniversary - 1);
}

/**
 * Whether a rating is in effect on `today`: finalized, not revoked, and not past its last day.
 * @example inEffect({ finalOn: '2025-10-20', validUntil: '2027-10-19', revoked: false }, '2027-10-19') // true
 */
export function inEffect(
  rating: { finalOn: IsoDate | null; validUntil: IsoDate | null; revoked: boolean },
  today: IsoDate,
): boolean {
  if (rating.revoked || !rating.finalOn || !rating.validUntil) return false;
  return rating.finalOn <= today && today <= rating.validUntil;
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isValidDay(year: number, month: number, day: number): boolean {
  try {
    return fromDayNumber(toDayNumber(iso(year, month, day))) === iso(year, month, day);
  } catch {
    return false;
  }
}
