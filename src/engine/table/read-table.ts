import { forEachCsvRecord, readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import type { TableLimits } from './limits.ts';
import { tableKindOf, type Table, type TableRow } from './table.ts';

/** An uploaded or opened file: its name decides how the bytes are read. */
export interface TableFile {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Reads a .csv (UTF-8) or .xlsx file into a table, chosen by the file name's extension, and
 * checks that every required column is present (each missing one is an issue at row 1, all
 * reported together). Extra columns are kept. Async because workbooks are unpacked asynchronously.
 * Rows, cells and a workbook's unpacked size are bounded by `limits` (default: an upload's).
 * @example
 * const table = await readTable({ fileName: '企业.csv', bytes }, { required: ['uscc', 'name'] });
 * table.rows[0] // { row: 2, cells: { uscc: '91330300MA2AXXXXXX', name: '某某集团有限公司' } }
 * @throws InputError with every problem found in the file
 */
export async function readTable(
  input: TableFile,
  options: { required: readonly string[]; limits?: TableLimits },
): Promise<Table> {
  if (tableKindOf(input.fileName) === 'xlsx') return readXlsx(input.bytes, options);
  return readCsv(input.bytes, options);
}

/**
 * Hands a file's rows to `onRow` one by one: a large CSV is never held as an array of rows.
 * Same checks as {@link readTable}; when it throws, treat the rows already seen as void.
 * @example await forEachTableRow(file, { required: ['uscc'] }, (row) => reader.add(row))
 */
export async function forEachTableRow(
  input: TableFile,
  options: { required: readonly string[]; limits?: TableLimits },
  onRow: (row: TableRow) => void,
): Promise<{ columns: string[] }> {
  if (tableKindOf(input.fileName) === 'csv') return forEachCsvRecord(input.bytes, options, onRow);
  const table = await readXlsx(input.bytes, options);
  table.rows.forEach(onRow);
  return { columns: table.columns };
}
