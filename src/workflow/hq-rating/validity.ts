import { fromDayNumber, toDayNumber, type IsoDate } from '../../engine/calendar/plain-date.ts';
import type { Localized } from '../../engine/localized.ts';
import type { ApplicationAction, ApplicationState } from './application-machine.ts';

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

/**
 * Whether a rating put in effect has lapsed on `today`: final, and past its last day (R13, 88号
 * 五、1). A lapsed rating stays on record with its stars but brings nothing any more. The one rule
 * every screen reads: the services send it with each application as `lapsed`.
 * @example hasLapsed({ state: 'final', validUntil: '2027-10-19' }, '2027-10-20') // true
 */
export function hasLapsed(
  rating: { state: ApplicationState; validUntil: IsoDate | null },
  today: IsoDate,
): boolean {
  return rating.state === 'final' && rating.validUntil !== null && today > rating.validUntil;
}

/** How a lapsed rating's state reads, in place of 星级生效. */
export const LAPSED_LABEL: Localized = { zh: '星级已过有效期', en: 'rating lapsed' };

/** The steps that need the rating in effect: none is offered, or accepted, once it has lapsed. */
export const IN_EFFECT_STEPS: readonly ApplicationAction[] = ['claim_benefit', 'request_re_review'];

/**
 * Why a step needing the rating in effect is refused on `today`.
 * @example notInEffectMessage({ finalOn: '2025-10-20', validUntil: '2027-10-19', revoked: false }, '2027-10-20').zh // '星级有效期已于 2027-10-19 届满…'
 */
export function notInEffectMessage(
  rating: { finalOn: IsoDate | null; validUntil: IsoDate | null; revoked: boolean },
  today: IsoDate,
): Localized {
  if (!rating.revoked && rating.validUntil && today > rating.validUntil) {
    return {
      zh: `星级有效期已于 ${rating.validUntil} 届满（有效期 ${rating.finalOn ?? '—'} 至 ${rating.validUntil}），星级已过有效期，不能再申请政策兑现或复评`,
      en: `the rating lapsed after ${rating.validUntil} (valid ${rating.finalOn ?? '—'} to ${rating.validUntil}); it no longer brings benefits or re-reviews`,
    };
  }
  return {
    zh: `星级不在有效期内（有效期 ${rating.finalOn ?? '—'} 至 ${rating.validUntil ?? '—'}）`,
    en: `the rating is not in effect (valid ${rating.finalOn ?? '—'} to ${rating.validUntil ?? '—'})`,
  };
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
