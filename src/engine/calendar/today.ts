/**
 * Today's date in China (UTC+8) as `YYYY-MM-DD`, whatever the machine's time zone.
 * @example todayInChina() // '2026-11-22'
 */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
