import { eq, inArray, sql } from 'drizzle-orm';
import type { Exact } from '../../../engine/exact/exact.ts';
import { InputError, type InputIssue } from '../../../engine/input-issue.ts';
import type { Localized } from '../../../engine/localized.ts';
import type { TableFile } from '../../../engine/table/read-table.ts';
import { yearIssue } from '../../../methods/medical-relief/parameters.ts';
import type { Database, Transaction } from '../../../store/database.ts';
import { sealCosts } from '../../../store/relief-sealed.ts';
import { reliefCost, reliefFamily } from '../../../store/schema/relief-pilot.ts';
import type { Actor } from '../../actor.ts';
import { inTransaction, moment, type ServiceOptions } from '../../hq-rating/services/context.ts';
import { money, yuanOf } from '../money.ts';
import { requireOffice } from '../permissions.ts';
import { COST_SHEET, inSheetWords } from '../sheet-columns.ts';
import { readSheet } from '../sheet-read.ts';
import { audit, familyNotFound } from '../record.ts';
import { rebuildWarnings } from '../warning-rebuild.ts';
import { costView, type CostView } from './family-records.ts';

/** The layers of a year's cost (90号 三(五)): what each pays before the charity relief. */
export const COST_FIELDS = [
  'totalCost',
  'basicInsurance',
  'criticalIllness',
  'medicalAssistance',
  'huiminbao',
] as const;
export type CostField = (typeof COST_FIELDS)[number];
export type CostInput = Record<CostField, string>;

/** The same in a cost file, with the family's code first (English keys; Chinese headers in COST_SHEET). */
export const COST_COLUMNS = [
  'family_code',
  'total_cost',
  'basic_insurance',
  'critical_illness',
  'medical_assistance',
  'huiminbao',
] as const;

const COLUMN_OF: Record<CostField, (typeof COST_COLUMNS)[number]> = {
  totalCost: 'total_cost',
  basicInsurance: 'basic_insurance',
  criticalIllness: 'critical_illness',
  medicalAssistance: 'medical_assistance',
  huiminbao: 'huiminbao',
};

export const COST_LABELS: Record<CostField, Localized> = {
  totalCost: { zh: '医疗费用总额', en: 'total cost' },
  basicInsurance: { zh: '基本医保支付', en: 'basic medical insurance' },
  criticalIllness: { zh: '大病保险支付', en: 'critical-illness insurance' },
  medicalAssistance: { zh: '医疗救助支付', en: 'medical assistance' },
  huiminbao: { zh: '惠民保（益康保）支付', en: 'huiminbao (益康保)' },
};

const ENTER = { zh: '录入医疗费用', en: 'enter medical costs' };

/**
 * Records a family's costs of a year by layer (MD1, medical insurance); the out-of-pocket cost is
 * the total less the four layers, exact (MD2), and may not be negative. Replaces the year's record
 * and rebuilds the family's warning of that year (MD3).
 */
export async function putCosts(
  db: Database,
  actor: Actor | null,
  input: CostInput & { familyId: string; year: number },
  options?: ServiceOptions,
): Promise<CostView> {
  const view = requireOffice(actor, ['medical_insurance'], ENTER);
  const now = moment(options);
  const issues: InputIssue[] = [];
  checkYear(input.year, issues);
  const { familyId: _familyId, year: _year, ...layers } = input;
  const values = layersOf(layers, (field) => field, issues);
  if (issues.length > 0 || !values) throw new InputError(issues);
  return inTransaction(db, async (tx) => {
    const [family] = await tx
      .select({ id: reliefFamily.id })
      .from(reliefFamily)
      .where(eq(reliefFamily.id, input.familyId));
    if (!family) throw familyNotFound(input.familyId);
    const row = await upsert(tx, input.familyId, input.year, values, view.actor.accountId, now.at);
    await audit(tx, actor, {
      action: 'relief.cost.put',
      entity: 'relief_family',
      entityId: input.familyId,
      // Which year was recorded, not the figures: health costs stay sealed, the log is not.
      after: { year: input.year },
    });
    await rebuildWarnings(tx, input.year, now, [input.familyId]);
    return row;
  });
}

/**
 * Imports a year's costs, one family a row by its code (medical insurance), all or nothing; then
 * rebuilds the year's warnings.
 */
export async function importCosts(
  db: Database,
  actor: Actor | null,
  input: { year: number; file: TableFile },
  options?: ServiceOptions,
): Promise<{ year: number; families: number }> {
  const view = requireOffice(actor, ['medical_insurance'], ENTER);
  const now = moment(options);
  const yearIssues: InputIssue[] = [];
  checkYear(input.year, yearIssues);
  if (yearIssues.length > 0) throw new InputError(yearIssues);
  const table = await readSheet(input.file, COST_SHEET);
  const issues: InputIssue[] = [];
  const rows: { row: number; code: string; values: Layers }[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const code = (cells.family_code ?? '').trim();
    const first = seen.get(code);
    if (first !== undefined) {
      issues.push({
        row,
        column: 'family_code',
        code: 'family_code_twice',
        message: {
          zh: `家庭编号“${code}”已在第 ${first} 行出现：每户每年一行`,
          en: `family code "${code}" is already on row ${first}: one row per family and year`,
        },
      });
    }
    seen.set(code, row);
    const values = layersOf(cells, (field) => COLUMN_OF[field], issues, row);
    if (values) rows.push({ row, code, values });
  }
  if (table.rows.length === 0) {
    issues.push({
      code: 'table_empty',
      message: { zh: '文件没有数据行', en: 'the file has no data rows' },
    });
  }
  if (issues.length > 0) throw new InputError(inSheetWords(COST_SHEET, issues));
  return inTransaction(db, async (tx) => {
    const codes = rows.map((entry) => entry.code);
    const found = await tx
      .select({ id: reliefFamily.id, code: reliefFamily.familyCode })
      .from(reliefFamily)
      .where(inArray(reliefFamily.familyCode, codes));
    const idOf = new Map(found.map((entry) => [entry.code, entry.id]));
    const missing = rows
      .filter((entry) => !idOf.has(entry.code))
      .map((entry): InputIssue => ({
        row: entry.row,
        column: 'family_code',
        code: 'family_unknown',
        message: {
          zh: `家庭编号“${entry.code}”未登记：请先登记家庭`,
          en: `no family with the code "${entry.code}" is on record: register it first`,
        },
      }));
    if (missing.length > 0) throw new InputError(inSheetWords(COST_SHEET, missing));
    for (const entry of rows) {
      await upsert(
        tx,
        idOf.get(entry.code)!,
        input.year,
        entry.values,
        view.actor.accountId,
        now.at,
      );
    }
    await audit(tx, actor, {
      action: 'relief.cost.import',
      entity: 'relief_cost',
      entityId: String(input.year),
      after: { year: input.year, fileName: input.file.fileName, families: codes },
    });
    await rebuildWarnings(tx, input.year, now);
    return { year: input.year, families: rows.length };
  });
}

type Layers = Record<CostField, Exact> & { outOfPocket: Exact };

/** Reads the five amounts and the out-of-pocket cost, refusing a negative one. */
function layersOf(
  cells: Partial<Record<string, string>>,
  column: (field: CostField) => string,
  issues: InputIssue[],
  row?: number,
): Layers | null {
  const before = issues.length;
  const values = {} as Record<CostField, Exact>;
  for (const field of COST_FIELDS) {
    const value = yuanOf(
      cells[column(field)] ?? '',
      column(field),
      COST_LABELS[field],
      issues,
      row,
    );
    if (value) values[field] = value;
  }
  if (issues.length > before) return null;
  const paid = values.basicInsurance
    .plus(values.criticalIllness)
    .plus(values.medicalAssistance)
    .plus(values.huiminbao);
  const outOfPocket = values.totalCost.minus(paid);
  if (outOfPocket.isNegative()) {
    issues.push({
      ...(row === undefined ? {} : { row }),
      column: column('totalCost'),
      code: 'out_of_pocket_negative',
      message: {
        zh: `各项支付合计 ${money(paid)} 元超过医疗费用总额 ${money(values.totalCost)} 元：个人自付不能为负，请核对`,
        en: `the layers pay ${money(paid)} yuan, more than the total cost of ${money(values.totalCost)} yuan: the out-of-pocket cost cannot be negative — check the figures`,
      },
    });
    return null;
  }
  return { ...values, outOfPocket };
}

function checkYear(year: number, issues: InputIssue[]): void {
  const problem = Number.isInteger(year)
    ? yearIssue(year)
    : { code: 'year', message: { zh: '年度应为整数', en: 'the year must be a whole number' } };
  if (problem) issues.push({ column: 'year', ...problem });
}

async function upsert(
  tx: Transaction,
  familyId: string,
  year: number,
  values: Layers,
  by: string,
  at: Date,
): Promise<CostView> {
  const row = {
    familyId,
    year,
    totalCost: money(values.totalCost),
    basicInsurance: money(values.basicInsurance),
    criticalIllness: money(values.criticalIllness),
    medicalAssistance: money(values.medicalAssistance),
    huiminbao: money(values.huiminbao),
    outOfPocket: money(values.outOfPocket),
    updatedBy: by,
    updatedAt: at,
  };
  const [stored] = await tx
    .insert(reliefCost)
    .values(sealCosts(row))
    .onConflictDoUpdate({
      target: [reliefCost.familyId, reliefCost.year],
      set: {
        totalCost: sql`excluded.total_cost`,
        basicInsurance: sql`excluded.basic_insurance`,
        criticalIllness: sql`excluded.critical_illness`,
        medicalAssistance: sql`excluded.medical_assistance`,
        huiminbao: sql`excluded.huiminbao`,
        outOfPocket: sql`excluded.out_of_pocket`,
        updatedBy: sql`excluded.updated_by`,
        updatedAt: sql`excluded.updated_at`,
      },
    })
    .returning();
  return costView(stored!);
}
