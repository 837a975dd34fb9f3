import { and, eq, ne } from 'drizzle-orm';
import { Exact } from '../../../engine/exact/exact.ts';
import { reliefParameters } from '../../../methods/medical-relief/parameters.ts';
import type { Database } from '../../../store/database.ts';
import { reliefFamily, reliefWarning } from '../../../store/schema/relief-pilot.ts';
import type { Actor } from '../../actor.ts';
import { inTransaction } from '../../hq-rating/services/context.ts';
import { familyFacts, type FamilyFacts } from '../family-rows.ts';
import { money } from '../money.ts';
import { reliefView } from '../permissions.ts';
import { audit } from '../record.ts';
import { checkYear, fundFigures } from './fund.ts';
import { warningItems, type WarningItem } from './warnings.ts';

export interface Rate {
  /** Percent with two places, rounded half up; null without a denominator. */
  value: string | null;
  target: string;
  /** Decided on the exact fraction, not the rounded text. */
  met: boolean;
}

export interface DashboardRow {
  county: string;
  families: number;
  members: number;
  insuredMembers: number;
  participation: Rate;
  monitored: number;
  monitoring: Rate;
  warnings: { watch: number; relief_due: number; uninsured: number };
  visits: { done: number; open: number };
  reliefPaid: string;
}

export interface Dashboard {
  year: number;
  counties: DashboardRow[];
  total: DashboardRow;
}

/**
 * The M2 targets of a year for each pilot county and in total, over the second-category families
 * (M1): participation = insured members ÷ members (target 99.5 %), monitoring = families with a
 * cost record of the year ÷ families (target 100 %, M6), the open warnings by level (MD3), the
 * visits done and open, and the relief paid (M4). Aggregates only: the relief roles and admin.
 */
export async function getDashboard(
  db: Database,
  actor: Actor | null,
  input: { year: number },
): Promise<Dashboard> {
  if (actor?.role !== 'admin') reliefView(actor, { zh: '查看工作看板', en: 'read the dashboard' });
  checkYear(input.year);
  const parameters = reliefParameters(input.year);
  const covered = parameters.coveredCategory.category;
  return inTransaction(db, async (tx) => {
    const families = await familyFacts(tx, input.year, eq(reliefFamily.category, covered));
    const warnings = await warningItems(
      tx,
      and(
        eq(reliefWarning.year, input.year),
        ne(reliefWarning.level, 'none'),
        eq(reliefFamily.category, covered),
      )!,
    );
    const fund = await fundFigures(tx, input.year);
    const rowOf = (
      county: string,
      mine: FamilyFacts[],
      open: WarningItem[],
      paid: Exact,
    ): DashboardRow => {
      const members = mine.reduce((n, family) => n + family.members, 0);
      const insured = mine.reduce((n, family) => n + family.insuredMembers, 0);
      const monitored = mine.filter((family) => family.outOfPocket !== null).length;
      return {
        county,
        families: mine.length,
        members,
        insuredMembers: insured,
        participation: rate(insured, members, parameters.targets.participationMin),
        monitored,
        monitoring: rate(monitored, mine.length, parameters.targets.monitoringMin),
        warnings: {
          watch: open.filter((entry) => entry.level === 'watch').length,
          relief_due: open.filter((entry) => entry.level === 'relief_due').length,
          uninsured: open.filter((entry) => entry.level === 'uninsured').length,
        },
        visits: {
          done: open.filter((entry) => entry.visit !== null).length,
          open: open.filter((entry) => entry.visit === null).length,
        },
        reliefPaid: money(paid),
      };
    };
    const counties = parameters.pilot.counties.map((county) =>
      rowOf(
        county,
        families.filter((family) => family.county === county),
        warnings.filter((entry) => entry.county === county),
        fund.find((entry) => entry.county === county)?.paid ?? Exact.ZERO,
      ),
    );
    const inPilot = (county: string) =>
      (parameters.pilot.counties as readonly string[]).includes(county);
    const total = rowOf(
      '合计',
      families.filter((family) => inPilot(family.county)),
      warnings.filter((entry) => inPilot(entry.county)),
      fund.reduce((acc, entry) => acc.plus(entry.paid), Exact.ZERO),
    );
    await audit(tx, actor, {
      action: 'relief.dashboard.view',
      entity: 'relief_dashboard',
      entityId: String(input.year),
    });
    return { year: input.year, counties, total };
  });
}

/**
 * A rate as a percentage with two places and whether it meets the target, exactly.
 * @example rate(199, 200, dec('0.995')) // { value: '99.50', target: '99.50', met: true }
 */
export function rate(part: number, whole: number, target: Exact): Rate {
  const hundred = Exact.of(100n);
  const shownTarget = target.times(hundred).toDecimal(2);
  if (whole === 0) return { value: null, target: shownTarget, met: false };
  const fraction = Exact.of(part, whole);
  return {
    value: fraction.times(hundred).toDecimal(2),
    target: shownTarget,
    met: fraction.compare(target) >= 0,
  };
}
