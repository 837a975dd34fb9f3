// Bulk verification from a department's own spreadsheet, checked in the browser: every row is
// matched to one of the department's pending items and its value to the declared one. Nothing is
// sent while any row is wrong.
import type { TFunction } from 'i18next';
import { checkUscc } from '../../shared.ts';
import type { QueuedItem } from './api.ts';
import { local } from './common.tsx';

/** The header of each column, as departments write it. */
export const COLUMNS = {
  uscc: '统一社会信用代码',
  name: '企业名称',
  item: '核实项目',
  value: '核实值',
} as const;
type Column = keyof typeof COLUMNS;

/** One data row: its row number in the sheet (header = 1) and the text of each column. */
export interface SheetRow {
  row: number;
  cells: Record<Column, string>;
}

export interface SheetProblem {
  key: string;
  /** Row in the sheet (header = 1); 1 for a header problem. */
  row: number;
  column: string;
  message: string;
}

export type SheetCheck =
  | { ok: true; rows: number; items: QueuedItem[] }
  | { ok: false; rows: number; problems: SheetProblem[] };

/** The numeric part of a display value (`56.78 亿元` → `56.78`), trailing zeros removed. */
function normalise(text: string): string {
  const bare = text
    .replace(/(亿元|万元|元)$/u, '')
    .trim()
    .replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(bare)) return bare;
  const [whole, fraction = ''] = bare.split('.');
  const kept = fraction.replace(/0+$/, '');
  return kept ? `${whole}.${kept}` : String(whole);
}

/** Reads the first sheet of an .xlsx file: header row 1, data from row 2 (empty rows skipped). */
export async function readSheet(
  file: ArrayBuffer,
): Promise<{ rows: SheetRow[]; missing: string[] }> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], missing: [] };
  const positions = {} as Record<Column, number>;
  const missing: string[] = [];
  const header = sheet.getRow(1);
  const headers = new Map<string, number>();
  header.eachCell((cell, col) => headers.set(cell.text.trim(), col));
  for (const [column, title] of Object.entries(COLUMNS) as [Column, string][]) {
    const at = headers.get(title);
    if (at === undefined) missing.push(title);
    else positions[column] = at;
  }
  if (missing.length) return { rows: [], missing };
  const rows: SheetRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = {} as Record<Column, string>;
    for (const column of Object.keys(COLUMNS) as Column[]) {
      cells[column] = row.getCell(positions[column]).text.trim();
    }
    if (Object.values(cells).some((v) => v !== '')) rows.push({ row: number, cells });
  });
  return { rows, missing };
}

/**
 * Matches each row to a pending item of the department's own and checks its value.
 * @example checkRows(rows, items, t) // { ok: true, rows: 3, items: [...] }
 */
export function checkRows(rows: SheetRow[], items: QueuedItem[], t: TFunction): SheetCheck {
  const problems: SheetProblem[] = [];
  const chosen: QueuedItem[] = [];
  const seen = new Map<string, number>();
  const add = (row: number, column: Column, message: string) =>
    problems.push({
      key: `${row}-${column}-${problems.length}`,
      row,
      column: COLUMNS[column],
      message,
    });
  if (rows.length === 0) {
    return {
      ok: false,
      rows: 0,
      problems: [{ key: 'none', row: 2, column: '', message: t('review.department.errNoRows') }],
    };
  }
  for (const { row, cells } of rows) {
    for (const column of Object.keys(COLUMNS) as Column[]) {
      if (cells[column] === '') add(row, column, t('review.department.errRequired'));
    }
    if (cells.uscc === '') continue;
    const uscc = cells.uscc.toUpperCase();
    if (!checkUscc(uscc).ok) {
      add(row, 'uscc', t('review.department.errUsccFormat'));
      continue;
    }
    const ofEnterprise = items.filter((i) => i.uscc === uscc);
    if (ofEnterprise.length === 0) {
      add(row, 'uscc', t('review.department.errNoApplication'));
      continue;
    }
    const declaredName = ofEnterprise[0]!.applicationName;
    if (cells.name !== '' && cells.name !== declaredName) {
      add(row, 'name', t('review.department.errNameMismatch', { name: declaredName }));
    }
    if (cells.item === '') continue;
    const item = ofEnterprise.find(
      (i) => i.label.zh === cells.item || i.label.en === cells.item || i.key === cells.item,
    );
    if (!item) {
      add(row, 'item', t('review.department.errUnknownItem'));
      continue;
    }
    const earlier = seen.get(item.id);
    if (earlier !== undefined) {
      add(row, 'item', t('review.department.errDuplicate', { row: earlier }));
      continue;
    }
    seen.set(item.id, row);
    if (item.state !== 'pending') {
      add(row, 'item', t('review.department.errNotPending'));
      continue;
    }
    if (cells.value !== '' && normalise(cells.value) !== normalise(item.display)) {
      add(row, 'value', t('review.department.errValueMismatch', { declared: item.display }));
      continue;
    }
    chosen.push(item);
  }
  if (problems.length) return { ok: false, rows: rows.length, problems };
  return { ok: true, rows: rows.length, items: chosen };
}

/** The label of an item in the interface language. */
export const itemLabel = (item: QueuedItem) => local(item.label);
