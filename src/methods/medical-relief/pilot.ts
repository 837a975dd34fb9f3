import type { Jurisdiction } from '../../engine/china/jurisdictions.ts';

/**
 * M2 (90号 一): whether a county is in the pilot area (from 2024 the five accelerating-development
 * counties and 洞头区). A family elsewhere is still relieved — 90号 lets other counties follow
 * (其他有条件的县（市、区）可参照执行) — but the run warns, since the city's fund (M4) is for the
 * pilot counties only and the county must confirm it is applying the method with its own money.
 * @example isPilotCounty('永嘉县', { counties: ['永嘉县'] }) // true
 */
export function isPilotCounty(
  county: Jurisdiction,
  pilot: { counties: readonly Jurisdiction[] },
): boolean {
  return pilot.counties.includes(county);
}
