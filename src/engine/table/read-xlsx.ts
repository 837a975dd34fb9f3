import { Buffer } from 'node:buffer';
import type ExcelJS from 'exceljs';
import { InputError, type InputIssue } from '../input-issue.ts';
import { checkHeader } from './header.ts';
import {
  checkTableSize,
  MAX_REPORTED_ISSUES,
  UPLOAD_TABLE_LIMITS,
  type TableLimits,
} from './limits.ts';
import type { Table, TableRow } from './table.ts';
import { checkXlsxBounds, unreadable } from './xlsx-bounds.ts';

/**
 * Reads the first worksheet of an .xlsx workbook; row 1 is the header. Each cell becomes the text
 * a person sees or typed: numbers in shortest round-trip form (`56.78`, `1180`), formulas as
 * their cached result, dates as `YYYY-MM-DD`, booleans as `TRUE`/`FALSE`. Fully empty rows are
 * left out; row numbers are the sheet's own.
 * @example await readXlsx(bytes, { required: ['uscc'] })
 * // { columns: ['uscc', '名称'], rows: [{ row: 2, cells: { uscc: '91330300…', 名称: '某某集团有限公司' } }] }
 * The workbook is checked against `limits` (default: an upload's) before it is unpacked.
 * @throws InputError for a file that is not a workbook, one beyond the limits, a bad header,
 * missing required columns, or error values such as `#DIV/0!` (one issue per cell, all together,
 * at most {@link MAX_REPORTED_ISSUES})
 */
export async function readXlsx(
  bytes: Uint8Array,
  options: { required?: readonly string[]; limits?: TableLimits } = {},
): Promise<Table> {
  const limits = options.limits ?? UPLOAD_TABLE_LIMITS;
  await checkXlsxBounds(bytes, limits);
  const sheet = await firstSheet(bytes);
  const issues: InputIssue[] = [];
  const headerCells: (string | undefined)[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: false }, (cell, position) => {
    headerCells[position - 1] = cellText(cell.value, 1, cell.address, issues);
  });
  const header = checkHeader(
    Array.from(headerCells, (name) => name ?? ''),
    options.required ?? [],
  );
  if (header.issues.length > 0 || issues.length > 0) {
    throw new InputError([...issues, ...header.issues]);
  }
  const { columns } = header;
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (sheetRow, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    for (const name of columns) cells[name] = '';
    let blank = true;
    sheetRow.eachCell({ includeEmpty: false }, (cell, position) => {
      const name = columns[position - 1];
      const text = cellText(cell.value, rowNumber, name ?? cell.address, issues);
      if (text === '') return;
      blank = false;
      if (name === undefined) issues.push(unnamedCell(rowNumber, cell.address));
      else cells[name] = text;
    });
    if (!blank) {
      rows.push({ row: rowNumber, cells });
      checkTableSize(rows.length, columns.length, limits);
    }
    if (issues.length >= MAX_REPORTED_ISSUES) throw new InputError(issues);
  });
  if (issues.length > 0) throw new InputError(issues);
  return { columns, rows };
}

async function firstSheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  // Loaded on first use, like in write-xlsx.ts: CSV reading should not pay for exceljs.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // exceljs declares an ArrayBuffer but reads a Node Buffer; a view avoids copying the file.
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(view as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable();
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) {
    throw new InputError([
      {
        code: 'xlsx_no_sheet',
        message: { zh: '工作簿中没有工作表。', en: 'The workbook has no worksheet.' },
      },
    ]);
  }
  return sheet;
}

/** The text of one cell value; an error value adds an issue at `row`/`column` and gives ''. */
function cellText(
  value: ExcelJS.CellValue,
  row: number,
  column: string,
  issues: InputIssue[],
): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('error' in value) {
    issues.push(errorValue(row, column, value.error));
    return '';
  }
  if ('richText' in value)
    return value.richText
      .map((run) => run.text)
      .join('')
      .trim();
  if ('hyperlink' in value) {
    // exceljs gives a hyperlink's text as rich text when the link is formatted.
    const text: unknown = value.text;
    return cellText(text as ExcelJS.CellValue, row, column, issues);
  }
  if ('formula' in value || 'sharedFormula' in value) {
    if (value.result === undefined) {
      issues.push(noResult(row, column));
      return '';
    }
    return cellText(value.result, row, column, issues);
  }
  return '';
}

/** Excel shows and accepts at most 15 significant digits; anything beyond is binary noise. */
const EXCEL_DIGITS = 15;

/**
 * A number as Excel shows it in full: the shortest round-trip digits (`56.78`, `1180`), cut to
 * Excel's 15 significant digits when a formula left binary noise (`0.1+0.2` gives `0.3`), and
 * never with an exponent (`1e-7` gives `0.0000001`), so the callers' exact decimal parser need
 * not know scientific notation.
 * @example plainNumber(56.78) // '56.78'
 */
export function plainNumber(value: number): string {
  const shortest = String(value);
  const digits = shortest.replace(/e.*$/, '').replace(/\D/g, '').replace(/^0+/, '');
  const text = digits.length > EXCEL_DIGITS ? value.toPrecision(EXCEL_DIGITS) : shortest;
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (match === null) return shortest;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const point = whole.length + Number(exponent);
  const all = `${whole}${fraction}`;
  const integer = point <= 0 ? '0' : all.slice(0, point).padEnd(point, '0');
  const decimals = (point < 0 ? '0'.repeat(-point) + all : all.slice(Math.max(point, 0))).replace(
    /0+$/,
    '',
  );
  const body = `${integer.replace(/^0+(?=\d)/, '')}${decimals === '' ? '' : `.${decimals}`}`;
  return body === '0' ? '0' : `${sign}${body}`;
}

/** exceljs turns date serials into UTC instants; a time of day is kept only when there is one. */
function dateText(date: Date): string {
  const seconds = Math.round(date.getTime() / 1000);
  const whole = new Date(seconds * 1000).toISOString();
  const day = whole.slice(0, 10);
  return seconds % 86_400 === 0 ? day : `${day} ${whole.slice(11, 19)}`;
}

function errorValue(row: number, column: string, error: string): InputIssue {
  return {
    row,
    column,
    code: 'xlsx_error_value',
    message: {
      zh: `单元格的值是错误值 ${error}，请先在 Excel 中修正公式或数据。`,
      en: `The cell holds the error value ${error}; fix the formula or data in Excel first.`,
    },
  };
}

function noResult(row: number, column: string): InputIssue {
  return {
    row,
    column,
    code: 'xlsx_formula_without_result',
    message: {
      zh: '该单元格的公式没有已计算的结果：请在 Excel 中打开文件、保存后再上传。',
      en: 'The formula in this cell has no calculated result: open the file in Excel, save it and upload again.',
    },
  };
}

function unnamedCell(row: number, address: string): InputIssue {
  return {
    row,
    code: 'table_cell_without_header',
    message: {
      zh: `单元格 ${address} 有数据，但第 1 行中该列没有列名。`,
      en: `Cell ${address} holds data, but its column has no name in row 1.`,
    },
  };
}
