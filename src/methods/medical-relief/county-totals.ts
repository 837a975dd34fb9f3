import { JURISDICTION_NAMES, type Jurisdiction } from '../../engine/china/jurisdictions.ts';
import { Exact } from '../../engine/exact/exact.ts';
import type { Family } from './family.ts';
import { WARNING_LEVELS, type WarningLevel } from './warning-level.ts';

/** What the totals read from each relieved family. */
export interface CountedFamily {
  family: Family;
  relief: Exact;
  level: WarningLevel;
}

/** Sums over a set of relieved families. Amounts in yuan, exact (MD2). */
export interface Totals {
  families: number;
  members: number;
  insuredMembers: number;
  /** insured ÷ members (M2 target, M5), null when there are no members. */
  participation: Exact | null;
  outOfPocket: Exact;
  relief: Exact;
  /** Families at each warning level (MD3). */
  levels: Record<WarningLevel, number>;
}

/** The totals of one county, and whether it is in the pilot area (M2). */
export interface CountyTotal extends Totals {
  county: Jurisdiction;
  pilot: boolean;
}

/**
 * Sums a set of families: counts, members, cost, relief and families per level. Every amount is in
 * fen (denominator 100), so the sums stay exact with one integer addition each.
 * @example totalsOf([]).relief.toDecimal(2) // '0.00'
 */
export function totalsOf(families: readonly CountedFamily[]): Totals {
  const levels = Object.fromEntries(WARNING_LEVELS.map((level) => [level, 0])) as Record<
    WarningLevel,
    number
  >;
  let members = 0;
  let insuredMembers = 0;
  let outOfPocket = Exact.ZERO.over(100n);
  let relief = Exact.ZERO.over(100n);
  for (const entry of families) {
    members += entry.family.members;
    insuredMembers += entry.family.insuredMembers;
    outOfPocket = outOfPocket.plus(entry.family.outOfPocket.over(100n));
    relief = relief.plus(entry.relief.over(100n));
    levels[entry.level] += 1;
  }
  return {
    families: families.length,
    members,
    insuredMembers,
    participation: members > 0 ? Exact.of(insuredMembers, members) : null,
    outOfPocket,
    relief,
    levels,
  };
}

/**
 * The totals per county, in the customary order of the 13 jurisdictions, for each county with at
 * least one relieved family.
 * @example countyTotals(results, ['永嘉县']).map((c) => c.county) // ['洞头区', '永嘉县']
 */
export function countyTotals(
  families: readonly CountedFamily[],
  pilotCounties: readonly Jurisdiction[],
): CountyTotal[] {
  const byCounty = new Map<Jurisdiction, CountedFamily[]>();
  for (const entry of families) {
    const list = byCounty.get(entry.family.county) ?? [];
    list.push(entry);
    byCounty.set(entry.family.county, list);
  }
  return JURISDICTION_NAMES.filter((county) => byCounty.has(county)).map((county) => ({
    county,
    pilot: pilotCounties.includes(county),
    ...totalsOf(byCounty.get(county)!),
  }));
}
