import type { Exact } from '../../engine/exact/exact.ts';
import { InputError } from '../../engine/input-issue.ts';
import type { Warning } from '../../engine/warning.ts';
import { splitByCategory } from './category.ts';
import { countyTotals, totalsOf, type CountyTotal, type Totals } from './county-totals.ts';
import type { Family } from './family.ts';
import { fundingCheck, type FundingCheck } from './funding.ts';
import { reliefParameters, yearIssue, type ReliefParameters } from './parameters.ts';
import { isPilotCounty } from './pilot.ts';
import { reliefOf } from './relief.ts';
import { warningLevel, type WarningLevel, type WarningThresholds } from './warning-level.ts';
import { reliefWarnings } from './warnings.ts';

/** One relieved family: its relief (M3) and its warning level (MD3). */
export interface FamilyResult {
  family: Family;
  /** In the pilot area (M2); relieved either way. */
  pilot: boolean;
  aboveThreshold: Exact;
  relief: Exact;
  capped: boolean;
  level: WarningLevel;
}

/** A year's run over a family file. */
export interface ReliefRun {
  /** The calendar year of the costs (MD1). */
  year: number;
  parameters: ReliefParameters;
  /** MD3 as applied: the parameters' defaults or the run's own settings. */
  thresholds: WarningThresholds;
  /** The families of the covered category, in file order. */
  results: FamilyResult[];
  /** MD4: families of other categories, left out of the results and named in the warnings. */
  excluded: Family[];
  counties: CountyTotal[];
  total: Totals;
  funding: FundingCheck;
  warnings: Warning[];
}

/**
 * Relieves a year's families: leaves out other categories (MD4), computes each family's relief
 * (M3) and warning level (MD3), the totals per county, the M4 funding check and the warnings.
 * @throws InputError when the year cannot be computed (before 2024, M2), with the field `year`
 * @example relieveFamilies(families, { year: 2024 }).results[0]?.relief.toDecimal(2) // '30000.50'
 */
export function relieveFamilies(
  families: readonly Family[],
  options: { year: number; thresholds?: Partial<WarningThresholds> },
): ReliefRun {
  const problem = yearIssue(options.year);
  if (problem) throw new InputError([{ column: 'year', ...problem }]);
  const parameters = reliefParameters(options.year);
  const thresholds: WarningThresholds = {
    watchAbove: options.thresholds?.watchAbove ?? parameters.warningLevels.watchAbove,
    reliefDueAbove: options.thresholds?.reliefDueAbove ?? parameters.warningLevels.reliefDueAbove,
  };
  const { covered, excluded } = splitByCategory(families, parameters.coveredCategory);
  const results = covered.map((family): FamilyResult => {
    const amount = reliefOf(family.outOfPocket, parameters.relief);
    return {
      family,
      pilot: isPilotCounty(family.county, parameters.pilot),
      ...amount,
      level: warningLevel(family, thresholds),
    };
  });
  const counties = countyTotals(results, parameters.pilot.counties);
  const run = {
    year: options.year,
    parameters,
    thresholds,
    results,
    excluded,
    counties,
    total: totalsOf(results),
    funding: fundingCheck(counties, parameters.funding),
  };
  return { ...run, warnings: reliefWarnings(run) };
}
