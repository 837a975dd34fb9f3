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
  corrected: '更正值',
  correctionNote: '更正说明',
} as const;
type Column = keyof typeof COLUMNS;
/** Columns a sheet must have; the correction columns may be left out when nothing is corrected. */
const REQUIRED: readonly Column[] = ['uscc', 'name', 'item', 'value'];
/** Columns every row must fill. */
const FILLED: readonly Column[] = ['uscc', 'name', 'item'];

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

/** A row that corrects an item: the value found and the note the enterprise will read. */
export interface SheetCorrection {
  item: QueuedItem;
  value: string;
  note: string;
  row: number;
}

export type SheetCheck =
  | { ok: true; rows: number; items: QueuedItem[]; corrections: SheetCorrection[] }
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
    if (at !== undefined) positions[column] = at;
    else if (REQUIRED.includes(column)) missing.push(title);
  }
  if (missing.length) return { rows: [], missing };
  const rows: SheetRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = {} as Record<Column, string>;
    for (const column of Object.keys(COLUMNS) as Column[]) {
      const at = positions[column];
      cells[column] = at === undefined ? '' : row.getCell(at).text.trim();
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
  const corrections: SheetCorrection[] = [];
  const accepted = [...new Set(items.flatMap((i) => i.acceptedLabels ?? [i.label.zh]))];
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
    for (const column of FILLED) {
      if (cells[column] === '') add(row, column, t('review.department.errRequired'));
    }
    const correcting = cells.corrected !== '' || cells.correctionNote !== '';
    if (!correcting && cells.value === '') add(row, 'value', t('review.department.errRequired'));
    if (correcting && cells.corrected === '')
      add(row, 'corrected', t('review.department.errCorrectedRequired'));
    if (correcting && cells.correctionNote === '')
      add(row, 'correctionNote', t('review.department.errNoteRequired'));
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
    const item = ofEnterprise.find((i) =>
      [...(i.acceptedLabels ?? [i.label.zh, i.label.en]), i.key].includes(cells.item),
    );
    if (!item) {
      add(row, 'item', t('review.department.errUnknownItem', { accepted: accepted.join('、') }));
      continue;
    }
    const earlier = seen.get(item.id);
    if (earlier !== undefined) {
      add(row, 'item', t('review.department.errDuplicate', { row: earlier }));
      continue;
    }
    seen.set(item.id, row);
    if (correcting) {
      if (cells.corrected !== '' && cells.correctionNote !== '')
        corrections.push({ item, value: cells.corrected, note: cells.correctionNote, row });
      continue;
    }
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
  return { ok: true, rows: rows.length, items: chosen, corrections };
}

/**
 * A template to fill in: the six columns with Chinese headers, one row per pending item of the
 * department (declared value filled in), and a second sheet listing the accepted item names and
 * how to write corrections.
 */
export async function templateWorkbook(items: QueuedItem[], t: TFunction): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('review.department.templateSheet'));
  sheet.columns = (Object.values(COLUMNS) as string[]).map((header) => ({
    header,
    width: header === COLUMNS.name || header === COLUMNS.item ? 36 : 22,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const item of items.filter((i) => i.state === 'pending')) {
    sheet.addRow([item.uscc, item.applicationName, item.label.zh, item.display, '', '']);
  }
  const help = workbook.addWorksheet(t('review.department.templateHelpSheet'));
  help.columns = [
    { header: t('review.department.templateHelpItem'), width: 40 },
    { header: t('review.department.templateHelpAccepted'), width: 80 },
  ];
  help.getRow(1).font = { bold: true };
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.key)) continue;
    seen.add(item.key);
    help.addRow([item.label.zh, (item.acceptedLabels ?? [item.label.zh]).join('、')]);
  }
  help.addRow([]);
  help.addRow([t('review.department.templateHelpCorrection')]);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

/** The label of an item in the interface language. */
export const itemLabel = (item: QueuedItem) => local(item.label);
