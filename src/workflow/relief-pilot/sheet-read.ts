import { InputError } from '../../engine/input-issue.ts';
import { readTable, type TableFile } from '../../engine/table/read-table.ts';
import type { Table } from '../../engine/table/table.ts';
import { matchHeader, type SheetColumn } from './sheet-columns.ts';

/**
 * Reads an import sheet (.csv or the first sheet of an .xlsx) whose header gives each column by
 * its Chinese header or its English key, and returns the rows with their cells under the keys.
 * Columns the sheet does not know are left out.
 * @throws InputError naming each missing or doubled column by its Chinese header (row 1)
 */
export async function readSheet(file: TableFile, columns: readonly SheetColumn[]): Promise<Table> {
  const table = await readTable(file, { required: [] });
  const { keyOf, issues } = matchHeader(columns, table.columns);
  if (issues.length > 0) throw new InputError(issues);
  return {
    columns: [...keyOf.values()],
    rows: table.rows.map(({ row, cells }) => {
      const keyed: Record<string, string> = {};
      for (const [header, key] of keyOf) keyed[key] = cells[header] ?? '';
      return { row, cells: keyed };
    }),
  };
}
