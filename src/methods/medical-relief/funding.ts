import { Exact } from '../../engine/exact/exact.ts';
import type { CountyTotal } from './county-totals.ts';

/** M4: the money of the year for the pilot counties against the relief they pay out, in yuan. */
export interface FundingCheck {
  /** The city's yearly fund for the pilot counties (慈善医疗救助共富基金). */
  city: Exact;
  /** The local match raised from society, city × ratio (1 : 1). */
  localMatch: Exact;
  /** city + localMatch. */
  available: Exact;
  /** The relief of the pilot counties' families in this run. */
  pilotRelief: Exact;
  /** True when pilotRelief is above available. */
  exceeded: boolean;
}

/**
 * M4 (90号 三(五)): the city raises 20,000,000 yuan a year for the pilot counties and the local
 * governments raise matching funds 1 : 1, so the pilot's relief of a year is compared with 40,000,000.
 * Counties outside the pilot area are not counted: the city's fund is not theirs (M2). A run on one
 * county's file compares its part with the whole fund, so only an excess is meaningful.
 * @example fundingCheck(counties, { cityPerYear: dec('20000000'), localMatchRatio: dec('1') }).available.toDecimal(2) // '40000000.00'
 */
export function fundingCheck(
  counties: readonly CountyTotal[],
  funding: { cityPerYear: Exact; localMatchRatio: Exact },
): FundingCheck {
  const city = funding.cityPerYear;
  const localMatch = city.times(funding.localMatchRatio);
  const available = city.plus(localMatch);
  let pilotRelief = Exact.ZERO.over(100n);
  for (const county of counties) if (county.pilot) pilotRelief = pilotRelief.plus(county.relief);
  return { city, localMatch, available, pilotRelief, exceeded: pilotRelief.compare(available) > 0 };
}
