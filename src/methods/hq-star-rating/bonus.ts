import { Exact } from '../../engine/exact/exact.ts';
import type { Localized } from '../../engine/localized.ts';
import type { RatingParameters, Top500List } from './parameters.ts';

/** The five lists of R7, with the publishers 88号 names. */
export const TOP500_LABELS: Record<Top500List, Localized> = {
  world: { zh: '世界企业500强（《财富》）', en: 'Fortune Global 500' },
  china: { zh: '中国企业500强（中国企业联合会）', en: 'China Enterprise 500 (CEC)' },
  private: { zh: '中国民营企业500强（全国工商联）', en: 'China Private Enterprise 500 (ACFIC)' },
  manufacturing: { zh: '中国制造业企业500强', en: 'China Manufacturing Enterprise 500' },
  service: { zh: '中国服务业企业500强', en: 'China Service Enterprise 500' },
};

export interface Top500Bonus {
  points: Exact;
  /** The list that counts: the highest-scoring one the enterprise entered, or null. */
  counted: Top500List | null;
}

/**
 * R7: the points of the highest list entered; lists do not add up.
 * Equal points (manufacturing and service, 1 each) count once, the first in R7's order.
 * @example top500Bonus(['private', 'manufacturing'], parameters) // { points: 2, counted: 'private' }
 */
export function top500Bonus(
  lists: readonly Top500List[],
  parameters: RatingParameters,
): Top500Bonus {
  let counted: Top500List | null = null;
  for (const list of Object.keys(parameters.top500.points) as Top500List[]) {
    if (!lists.includes(list)) continue;
    if (counted === null || parameters.top500.points[list] > parameters.top500.points[counted]) {
      counted = list;
    }
  }
  return { points: Exact.of(counted ? parameters.top500.points[counted] : 0), counted };
}

/**
 * R8: one point for the HQ and for each controlled Wenzhou subsidiary listed within three years.
 * @example listingBonus(2, parameters).toDecimal(0) // '2'
 */
export function listingBonus(listings: number, parameters: RatingParameters): Exact {
  return Exact.of(BigInt(listings) * BigInt(parameters.listing.pointsEach));
}
