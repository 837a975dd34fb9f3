import { InputError } from '../input-issue.ts';

/** One data row. `row` is the spreadsheet row number (header = 1, first data row = 2). */
export interface TableRow {
  row: number;
  /** Cell text by column name, trimmed; an empty cell is `''`. */
  cells: Record<string, string>;
}

/** A table as read from a file: the header names in file order, then the non-blank rows. */
export interface Table {
  columns: string[];
  rows: TableRow[];
}

/** The file formats a table can be read from or written to. */
export type TableKind = 'csv' | 'xlsx';

/** How a column of numbers is written to xlsx; the strings are already rounded to `places`. */
export type ColumnKind =
  { kind?: 'text' } | { kind: 'integer' } | { kind: 'decimal'; places: number };

/** One output column: the record key it reads, its header label and, for xlsx, width and kind. */
export type ColumnSpec = {
  key: string;
  header: string;
  /** Width in characters (xlsx only); a CJK character counts as two. */
  width?: number;
} & ColumnKind;

/** One xlsx worksheet. */
export interface SheetSpec {
  /** Worksheet name (at most 31 characters, none of `[]:*?/\`). */
  name: string;
  /**
   * Lines written above the header, one per row, e.g. `演示数据 (synthetic data)`.
   * The header then sits at row `notes.length + 1`: see {@link headerRowOf}.
   */
  notes?: string[];
  columns: ColumnSpec[];
  records: Record<string, string>[];
}

/**
 * The spreadsheet row a sheet's header is written to.
 * @example headerRowOf({ name: 'x', notes: ['演示数据'], columns: [], records: [] }) // 2
 */
export function headerRowOf(sheet: SheetSpec): number {
  return (sheet.notes?.length ?? 0) + 1;
}

/**
 * The table kind of a file, by its extension (case-insensitive).
 * @example tableKindOf('企业名单.XLSX') // 'xlsx'
 * @throws InputError for any other extension, including the old `.xls`
 */
export function tableKindOf(fileName: string): TableKind {
  const dot = fileName.lastIndexOf('.');
  const extension = dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
  if (extension === 'csv' || extension === 'xlsx') return extension;
  const shown = extension === '' ? fileName : `.${extension}`;
  throw new InputError([
    {
      code: 'table_file_kind',
      message: {
        zh: `不支持的文件类型“${shown}”：请上传 .csv（UTF-8 编码）或 .xlsx 文件。旧版 .xls 请在 Excel 中另存为 .xlsx。`,
        en: `Unsupported file type "${shown}": upload a .csv (UTF-8) or .xlsx file. Save an old .xls file as .xlsx in Excel first.`,
      },
    },
  ]);
}
