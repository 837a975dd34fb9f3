import { InputError, type InputIssue } from '../../../engine/input-issue.ts';
import { readTable } from '../../../engine/table/read-table.ts';
import { writeXlsx } from '../../../engine/table/write-xlsx.ts';
import { RECEIVERS } from '../../../methods/water-source-compensation/parameters.ts';
import type { Database } from '../../../store/database.ts';
import { OFFICE_LABELS, type Actor, type WaterOffice } from '../../actor.ts';
import { WorkflowError } from '../../hq-rating/errors.ts';
import type { ServiceOptions } from '../../hq-rating/services/context.ts';
import { checkFigure } from '../figure-check.ts';
import {
  FIELD_SPECS,
  FIGURE_OFFICES,
  fieldSpec,
  fieldsOfOffice,
  type FigureField,
} from '../fields.ts';
import { isReceiver, requireOffice, requireWaterReader } from '../permissions.ts';
import { storeFigures, type CheckedFigure } from './figures.ts';
import { getYear, type YearDetail } from './years.ts';

/** Headers accepted for the county column. */
const COUNTY_HEADERS = ['county', '县（市、区）', '县(市、区)', '县（市、区)', '地区', '受偿地区'];
/** Columns a spreadsheet may carry that are not read. */
const IGNORED_HEADERS = ['note', '备注', '说明'];

const IMPORT = { zh: '导入因素数据和考核得分', en: 'import figures' };

/** The headers that name a field: its key, its labels, its aliases (W5, W7). */
function headersOf(field: FigureField): string[] {
  const spec = fieldSpec(field);
  return [
    field,
    spec.label.zh,
    spec.label.en,
    `${spec.label.zh}（${spec.unit.zh}）`,
    ...spec.aliases,
  ];
}

const fold = (text: string) => text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

function fieldOfHeader(header: string): FigureField | null {
  const wanted = fold(header).toLowerCase();
  for (const spec of FIELD_SPECS)
    if (headersOf(spec.field).some((name) => fold(name).toLowerCase() === wanted))
      return spec.field;
  return null;
}

/**
 * Imports an office's figures from a CSV or .xlsx in its own layout: a county column
 * (县（市、区）) and that office's fields, by key or Chinese name. All or nothing; every problem
 * named by row and column. Empty cells leave the stored figure as it is.
 */
export async function importFigures(
  db: Database,
  actor: Actor | null,
  input: { year: number; fileName: string; bytes: Uint8Array },
  options?: ServiceOptions,
): Promise<YearDetail & { imported: number }> {
  const who = requireOffice(actor, FIGURE_OFFICES, IMPORT);
  const table = await readTable({ fileName: input.fileName, bytes: input.bytes }, { required: [] });
  const own = fieldsOfOffice(who.office);
  const issues: InputIssue[] = [];
  const countyColumn = table.columns.find((column) => COUNTY_HEADERS.includes(fold(column)));
  if (!countyColumn) {
    issues.push({
      row: 1,
      column: 'county',
      code: 'table_missing_column',
      message: {
        zh: `缺少地区列：表头应有“县（市、区）”或“county”`,
        en: 'the county column is missing: the header needs "县（市、区）" or "county"',
      },
    });
  }
  const columns = new Map<string, FigureField>();
  for (const column of table.columns) {
    if (column === countyColumn || IGNORED_HEADERS.includes(column)) continue;
    const field = fieldOfHeader(column);
    if (field && own.includes(field)) {
      columns.set(column, field);
      continue;
    }
    const expected = own.map((key) => fieldSpec(key).label);
    issues.push({
      row: 1,
      column,
      code: field ? 'field_of_other_office' : 'unknown_column',
      message: field
        ? {
            zh: `该列由${OFFICE_LABELS[fieldSpec(field).office].zh}报送，${OFFICE_LABELS[who.office].zh}只能导入：${expected.map((l) => l.zh).join('、')}`,
            en: `this column is reported by the ${OFFICE_LABELS[fieldSpec(field).office].en}; the ${OFFICE_LABELS[who.office].en} imports only: ${expected.map((l) => l.en).join(', ')}`,
          }
        : {
            zh: `无法识别的列：应为“县（市、区）”及 ${expected.map((l) => l.zh).join('、')}`,
            en: `unknown column: expected "县（市、区）" and ${expected.map((l) => l.en).join(', ')}`,
          },
    });
  }
  const figures: CheckedFigure[] = [];
  const seenCounties = new Map<string, number>();
  for (const row of table.rows) {
    const county = countyColumn ? (row.cells[countyColumn] ?? '').trim() : '';
    if (countyColumn) {
      if (!isReceiver(county)) {
        issues.push({
          row: row.row,
          column: countyColumn,
          code: 'not_a_receiver',
          message: {
            zh: `“${county}”不是受偿地区：应为 ${RECEIVERS.join('、')} 之一（28号 第四条）`,
            en: `"${county}" is not a receiver: expected one of ${RECEIVERS.join(', ')} (28号 第四条)`,
          },
        });
      } else if (seenCounties.has(county)) {
        issues.push({
          row: row.row,
          column: countyColumn,
          code: 'duplicate_county',
          message: {
            zh: `${county} 已在第 ${seenCounties.get(county)} 行出现`,
            en: `${county} already appears in row ${seenCounties.get(county)}`,
          },
        });
      } else seenCounties.set(county, row.row);
    }
    for (const [column, field] of columns) {
      const cell = (row.cells[column] ?? '').trim();
      if (cell === '') continue;
      const result = checkFigure(fieldSpec(field), cell);
      if (result.problem) {
        issues.push({
          row: row.row,
          column,
          code: result.problem.code,
          message: result.problem.message,
        });
      } else if (isReceiver(county)) figures.push({ county, field, value: result.value });
    }
  }
  if (issues.length === 0 && figures.length === 0) {
    issues.push({
      code: 'nothing_to_import',
      message: { zh: '文件中没有可导入的数据', en: 'the file holds no figures to import' },
    });
  }
  if (issues.length > 0) throw new InputError(issues);
  await storeFigures(db, who, input.year, figures, 'import', options);
  return { ...(await getYear(db, who, { year: input.year }, options)), imported: figures.length };
}

/**
 * An office's import layout as .xlsx: 县（市、区） and the office's fields in Chinese, one row per
 * receiver with the figures stored so far.
 */
export async function figuresTemplate(
  db: Database,
  actor: Actor | null,
  input: { year: number; office: WaterOffice },
  options?: ServiceOptions,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  requireWaterReader(actor, { zh: '下载导入模板', en: 'download the import template' });
  const fields = fieldsOfOffice(input.office);
  if (fields.length === 0) {
    throw new WorkflowError('conflict', 'office_reports_nothing', {
      zh: `${OFFICE_LABELS[input.office].zh}不报送因素数据或考核得分`,
      en: `the ${OFFICE_LABELS[input.office].en} reports no figures`,
    });
  }
  const year = await getYear(db, actor, { year: input.year }, options);
  const records = RECEIVERS.map((county) => {
    const record: Record<string, string> = { county };
    for (const field of fields)
      record[field] =
        year.figures.find((f) => f.county === county && f.field === field)?.value ?? '';
    return record;
  });
  const bytes = await writeXlsx([
    {
      name: String(input.year),
      columns: [
        { key: 'county', header: '县（市、区）', width: 14 },
        ...fields.map((field) => ({ key: field, header: fieldSpec(field).label.zh, width: 26 })),
      ],
      records,
    },
  ]);
  return { fileName: `water-figures-${input.year}-${input.office}.xlsx`, bytes };
}
