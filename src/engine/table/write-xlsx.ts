import type ExcelJS from 'exceljs';
import { neutraliseFormula } from './formula-guard.ts';
import { headerRowOf, type ColumnSpec, type SheetSpec } from './table.ts';

const DECIMAL = /^-?(\d+)(?:\.(\d+))?$/;
/** Every decimal of at most 15 significant digits survives the trip through a double exactly. */
const MAX_SIGNIFICANT = 15;

/**
 * Writes an .xlsx workbook, one worksheet per spec. Any notes go in the rows above the header
 * (header row = `headerRowOf(sheet)`); the header is bold, frozen and filterable. Integer and
 * decimal columns are stored as numbers shown with exactly their places — the strings must
 * already be rounded to them, so what is shown is the string itself; text columns are text, and a
 * text that a spreadsheet would run as a formula once saved as CSV (`=…`) gets an apostrophe.
 * @example
 * const bytes = await writeXlsx([{
 *   name: '评定结果', notes: ['演示数据 (synthetic data)'],
 *   columns: [{ key: 'name', header: '企业名称', width: 36 }, { key: 'total', header: '总分', kind: 'decimal', places: 2 }],
 *   records: [{ name: '某某集团有限公司', total: '56.78' }],
 * }]);
 * @throws Error (a programming error, not an InputError) when a number column holds text that
 * is not a decimal with at most its places, or more than 15 significant digits
 */
export async function writeXlsx(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  // Loaded on first use: exceljs takes about 0.3 s to load, which every CSV and JSON run would pay.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  for (const spec of sheets) addSheet(workbook, spec);
  const written = await workbook.xlsx.writeBuffer();
  return written instanceof Uint8Array ? written : new Uint8Array(written);
}

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const headerRow = headerRowOf(spec);
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
  });
  (spec.notes ?? []).forEach((note, index) => {
    sheet.getCell(index + 1, 1).value = neutraliseFormula(note);
  });
  spec.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.width ?? defaultWidth(column.header);
    // On the column, so that cells a person adds later get the same format.
    sheetColumn.numFmt = numberFormat(column);
  });
  const header = sheet.getRow(headerRow);
  spec.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = neutraliseFormula(column.header);
    cell.font = { bold: true };
  });
  if (spec.columns.length > 0) {
    sheet.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: headerRow, column: spec.columns.length },
    };
  }
  spec.records.forEach((record, index) => {
    const values = spec.columns.map((column) => {
      const text = record[column.key] ?? '';
      if (column.kind !== 'integer' && column.kind !== 'decimal') return neutraliseFormula(text);
      return numberValue(text, column, `${spec.name}!${column.key}, record ${index + 1}`);
    });
    sheet.getRow(headerRow + 1 + index).values = values;
  });
}

function numberFormat(column: ColumnSpec): string {
  if (column.kind === 'integer') return '0';
  if (column.kind === 'decimal') return column.places > 0 ? `0.${'0'.repeat(column.places)}` : '0';
  return '@';
}

function numberValue(text: string, column: ColumnSpec, where: string): number | null {
  if (text === '') return null;
  const places = column.kind === 'decimal' ? column.places : 0;
  const match = DECIMAL.exec(text);
  const [, whole = '', fraction = ''] = match ?? [];
  const significant = `${whole}${fraction}`.replace(/^0+/, '').replace(/0+$/, '').length;
  if (match === null || fraction.length > places || significant > MAX_SIGNIFICANT) {
    throw new Error(
      `writeXlsx ${where}: "${text}" is not a decimal with at most ${places} places and ${MAX_SIGNIFICANT} significant digits`,
    );
  }
  const value = Number(text);
  // "-0.00" would otherwise be shown as "-0.00".
  return value === 0 ? 0 : value;
}

/** Wide enough for the header label; CJK characters take two columns. */
function defaultWidth(header: string): number {
  let width = 0;
  for (const char of header) width += char.codePointAt(0)! > 0x2e7f ? 2 : 1;
  return Math.max(8, width + 2);
}
