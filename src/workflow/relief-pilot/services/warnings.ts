import { and, asc, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { dateIssue } from '../../../engine/calendar/plain-date.ts';
import { InputError, type InputIssue } from '../../../engine/input-issue.ts';
import type { Database, Executor } from '../../../store/database.ts';
import {
  reliefFamily,
  reliefMember,
  reliefVisit,
  reliefWarning,
  RELIEF_VISIT_RESULTS,
} from '../../../store/schema/relief-pilot.ts';
import type { Actor } from '../../actor.ts';
import { WorkflowError } from '../../hq-rating/errors.ts';
import { inTransaction, moment, type ServiceOptions } from '../../hq-rating/services/context.ts';
import { inPlace, reliefView, shownContact, type ReliefView } from '../permissions.ts';
import { countyOrder } from '../family-rows.ts';
import { audit, shownFamilies, warningNotFound } from '../record.ts';
import { openContact } from '../../../store/relief-sealed.ts';
import { checkYear } from './fund.ts';

export type VisitResult = (typeof RELIEF_VISIT_RESULTS)[number];

export interface VisitView {
  visitedOn: string;
  result: VisitResult;
  note: string;
  by: string;
}

export interface WarningItem {
  id: string;
  familyId: string;
  familyCode: string;
  headName: string;
  county: string;
  township: string;
  /** Where to visit: in full for the family's township and medical insurance, masked otherwise. */
  village: string | null;
  address: string | null;
  phone: string | null;
  contactShown: boolean;
  level: 'watch' | 'relief_due' | 'uninsured';
  raisedOn: string;
  visit: VisitView | null;
}

const READ = { zh: '查看预警名单', en: 'read the warning list' };

/**
 * The open warnings of a year (M6, MD3), by county, township and family: a township worker sees
 * its own township only, whatever it asks. `visit` is the latest visit since the warning was
 * (re)raised.
 */
export async function listWarnings(
  db: Database,
  actor: Actor | null,
  input: { year: number; county?: string; township?: string },
): Promise<WarningItem[]> {
  const view = reliefView(actor, READ);
  checkYear(input.year);
  return inTransaction(db, async (tx) => {
    const filters: SQL[] = [eq(reliefWarning.year, input.year), ne(reliefWarning.level, 'none')];
    const county = view.place?.county ?? input.county;
    const township = view.place?.township ?? input.township;
    if (county) filters.push(eq(reliefFamily.county, county));
    if (township) filters.push(eq(reliefFamily.township, township));
    const items = await warningItems(tx, and(...filters)!, view);
    await audit(tx, actor, {
      action: 'relief.warning.list',
      entity: 'relief_warning',
      entityId: String(input.year),
      after: {
        county: county ?? null,
        township: township ?? null,
        ...shownFamilies(items),
      },
    });
    return items;
  });
}

/**
 * Records a visit on a warning (M6: 线下核实): a township worker for its own township, or the
 * medical-insurance bureau. The date may not be after today nor before the warning was raised.
 */
export async function recordVisit(
  db: Database,
  actor: Actor | null,
  input: { warningId: string; visitedOn: string; result: VisitResult; note?: string },
  options?: ServiceOptions,
): Promise<VisitView> {
  const what = { zh: '登记走访核实', en: 'record visits' };
  const view = reliefView(actor, what);
  if (!view.place && view.office !== 'medical_insurance') {
    throw new WorkflowError('forbidden', 'relief_not_allowed', {
      zh: '仅乡镇（街道）工作人员或市医疗保障局可以登记走访核实',
      en: 'only a township worker or the medical insurance bureau may record visits',
    });
  }
  const now = moment(options);
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .select({
        warning: reliefWarning,
        county: reliefFamily.county,
        township: reliefFamily.township,
      })
      .from(reliefWarning)
      .innerJoin(reliefFamily, eq(reliefFamily.id, reliefWarning.familyId))
      .where(eq(reliefWarning.id, input.warningId));
    if (!row || !inPlace(view, row) || row.warning.level === 'none')
      throw warningNotFound(input.warningId);
    const issues: InputIssue[] = [];
    const date = dateIssue(input.visitedOn);
    if (date) issues.push({ ...date, column: 'visitedOn' });
    else if (input.visitedOn > now.today) {
      issues.push({
        column: 'visitedOn',
        code: 'future_date',
        message: {
          zh: `走访日期：不能晚于今天（${now.today}）`,
          en: `visitedOn: cannot be after today (${now.today})`,
        },
      });
    } else if (input.visitedOn < row.warning.raisedOn) {
      issues.push({
        column: 'visitedOn',
        code: 'before_warning',
        message: {
          zh: `走访日期：不能早于预警日期（${row.warning.raisedOn}）`,
          en: `visitedOn: cannot be before the warning was raised (${row.warning.raisedOn})`,
        },
      });
    }
    if (!RELIEF_VISIT_RESULTS.includes(input.result)) {
      issues.push({
        column: 'result',
        code: 'visit_result',
        message: {
          zh: `走访结果：应为 ${RELIEF_VISIT_RESULTS.join('、')} 之一`,
          en: `result: must be one of ${RELIEF_VISIT_RESULTS.join(', ')}`,
        },
      });
    }
    if (issues.length > 0) throw new InputError(issues);
    const note = input.note?.trim() ?? '';
    await tx.insert(reliefVisit).values({
      warningId: input.warningId,
      visitedOn: input.visitedOn,
      result: input.result,
      note,
      byAccount: view.actor.accountId,
      byName: view.actor.displayName,
      recordedAt: now.at,
    });
    await audit(tx, actor, {
      action: 'relief.visit.record',
      entity: 'relief_warning',
      entityId: input.warningId,
      after: { visitedOn: input.visitedOn, result: input.result, level: row.warning.level },
      note: note === '' ? null : note,
    });
    return { visitedOn: input.visitedOn, result: input.result, note, by: view.actor.displayName };
  });
}

/**
 * Warnings with their family and latest visit since raised; the contact as `view` may see it
 * (every open warning is a warned family), or none without a view.
 */
export async function warningItems(
  executor: Executor,
  where: SQL,
  view?: ReliefView,
): Promise<WarningItem[]> {
  const rows = await executor
    .select({
      id: reliefWarning.id,
      familyId: reliefWarning.familyId,
      familyCode: reliefFamily.familyCode,
      headName: reliefMember.name,
      county: reliefFamily.county,
      township: reliefFamily.township,
      village: reliefFamily.village,
      address: reliefFamily.address,
      phone: reliefFamily.phone,
      level: reliefWarning.level,
      raisedOn: reliefWarning.raisedOn,
      raisedAt: reliefWarning.raisedAt,
    })
    .from(reliefWarning)
    .innerJoin(reliefFamily, eq(reliefFamily.id, reliefWarning.familyId))
    .leftJoin(
      reliefMember,
      and(eq(reliefMember.familyId, reliefFamily.id), eq(reliefMember.isHead, true)),
    )
    .where(where)
    .orderBy(
      countyOrder(reliefFamily.county),
      asc(reliefFamily.township),
      asc(reliefFamily.familyCode),
    );
  const visits =
    rows.length === 0
      ? []
      : await executor
          .select()
          .from(reliefVisit)
          .where(
            inArray(
              reliefVisit.warningId,
              rows.map((row) => row.id),
            ),
          )
          .orderBy(desc(reliefVisit.recordedAt));
  return rows.map((row) => {
    const visit = visits.find(
      (entry) => entry.warningId === row.id && entry.recordedAt >= row.raisedAt,
    );
    return {
      id: row.id,
      familyId: row.familyId,
      familyCode: row.familyCode,
      headName: row.headName ?? '',
      county: row.county,
      township: row.township,
      ...(view
        ? shownContact(view, openContact(row), true)
        : { village: row.village, address: null, phone: null, contactShown: false }),
      level: row.level as WarningItem['level'],
      raisedOn: row.raisedOn,
      visit: visit
        ? { visitedOn: visit.visitedOn, result: visit.result, note: visit.note, by: visit.byName }
        : null,
    };
  });
}
