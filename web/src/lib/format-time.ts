import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every date and time on screen is China time, whatever zone the browser runs in. */
export const CHINA_ZONE = 'Asia/Shanghai';

const inChina = (iso: string) => {
  const moment = dayjs(iso);
  return moment.isValid() ? moment.tz(CHINA_ZONE) : null;
};

/**
 * A moment the server wrote (ISO, UTC) as China time to the minute; `—` when there is none.
 * @example chinaDateTime('2026-11-22T02:05:00.000Z') // '2026-11-22 10:05'
 */
export function chinaDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return inChina(iso)?.format('YYYY-MM-DD HH:mm') ?? iso;
}

/**
 * The China date of a moment the server wrote; `—` when there is none.
 * @example chinaDateOf('2026-11-21T17:00:00.000Z') // '2026-11-22'
 */
export function chinaDateOf(iso: string | null | undefined): string {
  if (!iso) return '—';
  return inChina(iso)?.format('YYYY-MM-DD') ?? iso;
}

/**
 * Today's date in China, `YYYY-MM-DD`.
 * @example todayInChina(new Date('2026-11-21T17:00:00Z')) // '2026-11-22'
 */
export function todayInChina(now: Date = new Date()): string {
  return dayjs(now).tz(CHINA_ZONE).format('YYYY-MM-DD');
}
