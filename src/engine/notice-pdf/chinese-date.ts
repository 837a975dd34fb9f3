/**
 * A date as an official document prints it (GB/T 9704-2012 7.3.5.1: Arabic numerals, no
 * leading zeros).
 * @example chineseDate('2026-11-02') // '2026年11月2日'
 */
export function chineseDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}
