import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { Exact } from '../../engine/exact/exact.ts';
import { reliefParameters, yearIssue } from '../../methods/medical-relief/parameters.ts';
import { warningLevel, type WarningLevel } from '../../methods/medical-relief/warning-level.ts';
import type { Transaction } from '../../store/database.ts';
import { reliefFamily, reliefWarning } from '../../store/schema/relief-pilot.ts';
import type { Moment } from '../hq-rating/services/context.ts';
import { familyFacts, type FamilyFacts } from './family-rows.ts';
import { fromColumn } from './money.ts';

/**
 * The MD3 level of a family for a year: only the second category is monitored (M1, M6); a
 * family without a cost record counts with no cost, so only an uninsured member raises it.
 */
export function levelOf(family: FamilyFacts, year: number): WarningLevel {
  const parameters = reliefParameters(year);
  if (family.category !== parameters.coveredCategory.category) return 'none';
  return warningLevel(
    {
      outOfPocket: family.outOfPocket === null ? Exact.ZERO : fromColumn(family.outOfPocket),
      insuredMembers: family.insuredMembers,
      members: family.members,
    },
    parameters.warningLevels,
  );
}

/**
 * Rebuilds the warnings of a year (M6, 90号 三(二)) for the families given, or all: a new level
 * raises the warning again today, so it needs a new visit; a family whose level fell to none keeps
 * its row (with its visits) at level none, out of the lists. Years the method does not cover are
 * left alone. Returns how many warnings were raised or changed.
 * @example await rebuildWarnings(tx, 2026, now, [familyId])
 */
export async function rebuildWarnings(
  tx: Transaction,
  year: number,
  now: Moment,
  familyIds?: readonly string[],
): Promise<number> {
  if (yearIssue(year)) return 0;
  if (familyIds && familyIds.length === 0) return 0;
  const where: SQL | undefined = familyIds ? inArray(reliefFamily.id, [...familyIds]) : undefined;
  const families = await familyFacts(tx, year, where);
  const existing = await tx
    .select({ id: reliefWarning.id, familyId: reliefWarning.familyId, level: reliefWarning.level })
    .from(reliefWarning)
    .where(
      familyIds
        ? and(eq(reliefWarning.year, year), inArray(reliefWarning.familyId, [...familyIds]))
        : eq(reliefWarning.year, year),
    );
  const byFamily = new Map(existing.map((row) => [row.familyId, row]));
  let changed = 0;
  for (const family of families) {
    const level = levelOf(family, year);
    const row = byFamily.get(family.id);
    if (!row) {
      if (level === 'none') continue;
      await tx
        .insert(reliefWarning)
        .values({
          year,
          familyId: family.id,
          level,
          raisedOn: now.today,
          raisedAt: now.at,
        })
        // Two changes to one family at once: the first to commit raises the warning.
        .onConflictDoNothing();
      changed += 1;
    } else if (row.level !== level) {
      await tx
        .update(reliefWarning)
        .set({ level, raisedOn: now.today, raisedAt: now.at })
        .where(eq(reliefWarning.id, row.id));
      changed += 1;
    }
  }
  return changed;
}

/**
 * The years whose warnings a change to a family touches: the current one and every year with a
 * cost record of the family.
 */
export function touchedYears(today: string, costYears: readonly number[]): number[] {
  const years = new Set([Number(today.slice(0, 4)), ...costYears]);
  return [...years].filter((year) => !yearIssue(year)).sort();
}
