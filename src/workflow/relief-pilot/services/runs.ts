import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Jurisdiction } from '../../../engine/china/jurisdictions.ts';
import type { Explanation } from '../../../engine/explanation.ts';
import { InputError } from '../../../engine/input-issue.ts';
import type { Warning } from '../../../engine/warning.ts';
import { explainFamily } from '../../../methods/medical-relief/explain.ts';
import type { Family } from '../../../methods/medical-relief/family.ts';
import { yearIssue } from '../../../methods/medical-relief/parameters.ts';
import { relieveFamilies } from '../../../methods/medical-relief/relieve.ts';
import type { Database, Executor } from '../../../store/database.ts';
import {
  openIdNumber,
  openRunOutOfPocket,
  sealRunOutOfPocket,
} from '../../../store/relief-sealed.ts';
import {
  reliefFamily,
  reliefMember,
  reliefPayment,
  reliefRun,
  reliefRunFamily,
} from '../../../store/schema/relief-pilot.ts';
import type { Actor } from '../../actor.ts';
import { WorkflowError } from '../../hq-rating/errors.ts';
import { inTransaction, moment, type ServiceOptions } from '../../hq-rating/services/context.ts';
import { countyOrder, familyFacts } from '../family-rows.ts';
import { fromColumn, money, sum } from '../money.ts';
import { requireOffice, type ReliefView } from '../permissions.ts';
import { audit, familyNotFound, runNotFound } from '../record.ts';
import { rebuildWarnings } from '../warning-rebuild.ts';
import { latestRunId } from './family-records.ts';

export type RunLevel = 'none' | 'watch' | 'relief_due' | 'uninsured';

export interface RunFamilyView {
  familyId: string;
  familyCode: string;
  county: string;
  township: string;
  outOfPocket: string | null;
  relief: string;
  warning: RunLevel;
  paid: boolean;
}

export interface RunView {
  id: string;
  year: number;
  state: 'computed' | 'approved';
  computedAt: string;
  approvedAt: string | null;
  approvalNote: string | null;
  families: RunFamilyView[];
  countyTotals: { county: string; families: number; relief: string }[];
  total: string;
  warnings: Warning[];
  synthetic: boolean;
}

const READ_RUNS = { zh: '查看化解计算', en: 'read relief runs' };
const READERS = ['medical_insurance', 'charity_federation'] as const;

/**
 * Computes a year's relief for every family on record with the method (M3, MD1-MD4): families of
 * another category are left out and named (MD4), families whose category is not yet decided are
 * named too, and a family without a cost record counts with no cost. The run is stored as made,
 * and the year's warnings are rebuilt (M6).
 */
export async function computeRun(
  db: Database,
  actor: Actor | null,
  input: { year: number },
  options?: ServiceOptions,
): Promise<RunView> {
  const view = requireOffice(actor, ['medical_insurance'], {
    zh: '计算化解金额',
    en: 'compute the relief',
  });
  const problem = yearIssue(input.year);
  if (problem) throw new InputError([{ column: 'year', ...problem }]);
  const now = moment(options);
  return inTransaction(db, async (tx) => {
    const facts = await familyFacts(tx, input.year);
    const decided = facts.filter((family) => family.category !== null);
    const undetermined = facts.filter((family) => family.category === null);
    const families: Family[] = decided.map((family) => ({
      familyId: family.familyCode,
      county: family.county as Jurisdiction,
      category: family.category!,
      insuredMembers: family.insuredMembers,
      members: family.members,
      outOfPocket: family.outOfPocket === null ? fromColumn('0') : fromColumn(family.outOfPocket),
    }));
    const result = relieveFamilies(families, { year: input.year });
    const warnings = [...result.warnings];
    if (undetermined.length > 0) {
      const codes = undetermined.map((family) => family.familyCode);
      warnings.push({
        code: 'category_undetermined',
        message: {
          zh: `${codes.length} 户尚未由民政部门认定类别，未列入结果：${codes.join('、')}`,
          en: `${codes.length} families have no category decided by civil affairs yet and are left out: ${codes.join(', ')}`,
        },
        citation: { rule: 'M1, MD4', article: '90号 二' },
        subjects: codes,
      });
    }
    const uncosted = decided.filter(
      (family) =>
        family.category === result.parameters.coveredCategory.category &&
        family.outOfPocket === null,
    );
    if (uncosted.length > 0) {
      const codes = uncosted.map((family) => family.familyCode);
      warnings.push({
        code: 'no_cost_record',
        message: {
          zh: `${codes.length} 户没有 ${input.year} 年度的费用记录，按自付 0 元计算：${codes.join('、')}`,
          en: `${codes.length} families have no cost record for ${input.year} and count with no cost: ${codes.join(', ')}`,
        },
        citation: { rule: 'MD1, M6', article: '90号 三(二)' },
        subjects: codes,
      });
    }
    const synthetic = facts.some((family) => family.synthetic);
    const [run] = await tx
      .insert(reliefRun)
      .values({
        year: input.year,
        state: 'computed',
        parameterSource: result.parameters.source,
        total: money(result.total.relief),
        warnings,
        synthetic,
        computedBy: view.actor.accountId,
        computedAt: now.at,
      })
      .returning({ id: reliefRun.id });
    const byCode = new Map(result.results.map((entry) => [entry.family.familyId, entry]));
    if (decided.length > 0) {
      await tx.insert(reliefRunFamily).values(
        decided.map((family) => {
          const entry = byCode.get(family.familyCode);
          return {
            runId: run!.id,
            familyId: family.id,
            familyCode: family.familyCode,
            county: family.county,
            township: family.township,
            category: family.category!,
            covered: entry !== undefined,
            members: family.members,
            insuredMembers: family.insuredMembers,
            outOfPocket: sealRunOutOfPocket(family.outOfPocket ?? '0'),
            relief: entry ? money(entry.relief) : '0',
            level: entry?.level ?? 'none',
          };
        }),
      );
    }
    await rebuildWarnings(tx, input.year, now);
    await audit(tx, actor, {
      action: 'relief.run.compute',
      entity: 'relief_run',
      entityId: run!.id,
      after: {
        year: input.year,
        families: result.results.length,
        excluded: result.excluded.map((family) => family.familyId),
        total: money(result.total.relief),
      },
    });
    return runView(tx, view, run!.id);
  });
}

/** A run, whole (medical insurance, charity federation; out-of-pocket for the first only). */
export async function getRun(
  db: Database,
  actor: Actor | null,
  input: { runId: string },
): Promise<RunView> {
  const view = requireOffice(actor, READERS, READ_RUNS);
  return inTransaction(db, async (tx) => {
    const result = await runView(tx, view, input.runId);
    await audit(tx, actor, {
      action: 'relief.run.view',
      entity: 'relief_run',
      entityId: input.runId,
      after: { families: result.families.map((family) => family.familyCode) },
    });
    return result;
  });
}

/** A year's runs, newest first, without their families. */
export async function listRuns(
  db: Database,
  actor: Actor | null,
  input: { year: number },
): Promise<Omit<RunView, 'families'>[]> {
  const view = requireOffice(actor, READERS, READ_RUNS);
  return inTransaction(db, async (tx) => {
    const rows = await tx
      .select({ id: reliefRun.id })
      .from(reliefRun)
      .where(eq(reliefRun.year, input.year))
      .orderBy(desc(reliefRun.computedAt), desc(reliefRun.id));
    const runs: Omit<RunView, 'families'>[] = [];
    for (const row of rows) {
      const { families: _families, ...rest } = await runView(tx, view, row.id);
      runs.push(rest);
    }
    await audit(tx, actor, {
      action: 'relief.run.list',
      entity: 'relief_run',
      entityId: String(input.year),
    });
    return runs;
  });
}

/**
 * The method's explanation of one family's relief in a run (M3 step by step, each with its rule
 * and article), recomputed from the run's stored figures; the ID masked for the federation.
 */
export async function explainRunFamily(
  db: Database,
  actor: Actor | null,
  input: { runId: string; familyId: string },
): Promise<Explanation> {
  const view = requireOffice(actor, READERS, {
    zh: '查看化解金额说明',
    en: 'read how a relief was reached',
  });
  return inTransaction(db, async (tx) => {
    const [run] = await tx.select().from(reliefRun).where(eq(reliefRun.id, input.runId));
    if (!run) throw runNotFound(input.runId);
    const rows = await tx
      .select()
      .from(reliefRunFamily)
      .where(eq(reliefRunFamily.runId, input.runId))
      .orderBy(countyOrder(reliefRunFamily.county), asc(reliefRunFamily.familyCode));
    const target = rows.find((row) => row.familyId === input.familyId);
    if (!target) throw familyNotFound(input.familyId);
    const [head] = await tx
      .select({ name: reliefMember.name, idNumber: reliefMember.idNumber })
      .from(reliefMember)
      .where(and(eq(reliefMember.familyId, input.familyId), eq(reliefMember.isHead, true)));
    const families: Family[] = rows.map((row) => ({
      familyId: row.familyCode,
      county: row.county as Jurisdiction,
      category: row.category,
      insuredMembers: row.insuredMembers,
      members: row.members,
      outOfPocket: fromColumn(openRunOutOfPocket(row.outOfPocket)),
      ...(row.familyId === input.familyId && head
        ? { head: { name: head.name, idNumber: openIdNumber(head.idNumber) } }
        : {}),
    }));
    const result = relieveFamilies(families, { year: run.year });
    const explanation = explainFamily(result, target.familyCode, {
      columns: ['head_name', 'head_id_number'],
      unmasked: view.fullIds,
    });
    if (!explanation) throw familyNotFound(input.familyId);
    // The method's note on personal data speaks of its command line; here the role decides.
    const family = explanation.steps.find((step) => step.key === 'family');
    if (family) {
      family.note = view.fullIds
        ? {
            zh: '含完整身份证号码，仅限经办人员使用，请勿转发或公开',
            en: 'Holds the full ID number: for the officials handling the case only — do not forward or publish it',
          }
        : {
            zh: '身份证号码已按查看权限脱敏显示',
            en: 'The ID number is masked, as this role sees it',
          };
    }
    await audit(tx, actor, {
      action: 'relief.run.explain',
      entity: 'relief_run',
      entityId: input.runId,
      after: { familyId: input.familyId },
    });
    return run.synthetic
      ? {
          ...explanation,
          notice: {
            zh: '演示数据：家庭、姓名、身份证号码与费用均为虚构',
            en: 'Synthetic data (演示数据): families, names, ID numbers and costs are invented',
          },
        }
      : explanation;
  });
}

/**
 * The federation approves the latest run of a year for payment (M4), once.
 */
export async function approveRun(
  db: Database,
  actor: Actor | null,
  input: { runId: string; note?: string },
  options?: ServiceOptions,
): Promise<RunView> {
  const view = requireOffice(actor, ['charity_federation'], {
    zh: '审批化解结果',
    en: 'approve relief runs',
  });
  const now = moment(options);
  return inTransaction(db, async (tx) => {
    const [run] = await tx
      .select()
      .from(reliefRun)
      .where(eq(reliefRun.id, input.runId))
      .for('update');
    if (!run) throw runNotFound(input.runId);
    if (run.state !== 'computed') {
      throw new WorkflowError('conflict', 'run_already_approved', {
        zh: '该次化解计算已审批',
        en: 'this relief run is approved already',
      });
    }
    if ((await latestRunId(tx, run.year)) !== run.id) {
      throw new WorkflowError('conflict', 'run_not_latest', {
        zh: `${run.year} 年度已有更新的化解计算：请审批最新一次`,
        en: `there is a newer relief run for ${run.year}: approve the latest one`,
      });
    }
    const note = input.note?.trim() ?? '';
    await tx
      .update(reliefRun)
      .set({
        state: 'approved',
        approvedBy: view.actor.accountId,
        approvedAt: now.at,
        approvalNote: note === '' ? null : note,
      })
      .where(and(eq(reliefRun.id, run.id), isNull(reliefRun.approvedAt)));
    await audit(tx, actor, {
      action: 'relief.run.approve',
      entity: 'relief_run',
      entityId: run.id,
      before: { state: 'computed' },
      after: { state: 'approved' },
      note: note === '' ? null : note,
    });
    return runView(tx, view, run.id);
  });
}

/** A stored run as the view may see it. */
export async function runView(
  executor: Executor,
  view: ReliefView,
  runId: string,
): Promise<RunView> {
  const [run] = await executor.select().from(reliefRun).where(eq(reliefRun.id, runId));
  if (!run) throw runNotFound(runId);
  const rows = await executor
    .select()
    .from(reliefRunFamily)
    .innerJoin(reliefFamily, eq(reliefFamily.id, reliefRunFamily.familyId))
    .where(and(eq(reliefRunFamily.runId, runId), eq(reliefRunFamily.covered, true)))
    .orderBy(
      countyOrder(reliefRunFamily.county),
      asc(reliefRunFamily.township),
      asc(reliefRunFamily.familyCode),
    );
  const ids = rows.map((row) => row.relief_run_family.familyId);
  const paid =
    ids.length === 0
      ? []
      : await executor
          .select({ familyId: reliefPayment.familyId })
          .from(reliefPayment)
          .where(and(eq(reliefPayment.year, run.year), inArray(reliefPayment.familyId, ids)));
  const paidSet = new Set(paid.map((row) => row.familyId));
  const families = rows.map(({ relief_run_family: row }) => ({
    familyId: row.familyId,
    familyCode: row.familyCode,
    county: row.county,
    township: row.township,
    outOfPocket: view.health ? money(fromColumn(openRunOutOfPocket(row.outOfPocket))) : null,
    relief: money(fromColumn(row.relief)),
    warning: row.level,
    paid: paidSet.has(row.familyId),
  }));
  const counties = [...new Set(families.map((family) => family.county))];
  return {
    id: run.id,
    year: run.year,
    state: run.state,
    computedAt: run.computedAt.toISOString(),
    approvedAt: run.approvedAt?.toISOString() ?? null,
    approvalNote: run.approvalNote,
    families,
    countyTotals: counties.map((county) => {
      const mine = families.filter((family) => family.county === county);
      return {
        county,
        families: mine.length,
        relief: money(sum(mine.map((family) => fromColumn(family.relief)))),
      };
    }),
    total: money(fromColumn(run.total)),
    warnings: run.warnings,
    synthetic: run.synthetic,
  };
}
