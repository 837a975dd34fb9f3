import { InputError, type InputIssue } from '../input-issue.ts';

/**
 * How much a table file may hold before reading stops. An upload is hostile until read: a 2 MB
 * workbook can unpack to gigabytes and a CSV of short lines to millions of rows, and either
 * would take the service down while it is being read.
 */
export interface TableLimits {
  /** Data rows (the header not counted). */
  maxRows: number;
  /** Data rows × columns. */
  maxCells: number;
  /** An .xlsx's parts once unpacked, in bytes, all parts together. */
  maxExpandedBytes: number;
  /** Parts in an .xlsx (a real workbook has a few dozen). */
  maxEntries: number;
}

/**
 * Limits for a file uploaded to the service: about 20 times the largest real table of the three
 * methods (a year's relief costs), and small enough that two workbooks read at once stay within
 * a few hundred MB (exceljs holds about 400 bytes per cell).
 */
export const UPLOAD_TABLE_LIMITS: TableLimits = {
  maxRows: 100_000,
  maxCells: 1_000_000,
  maxExpandedBytes: 64 * 1024 * 1024,
  maxEntries: 1_000,
};

/**
 * Limits for a file a person opens on their own machine from the command line: large batches
 * (a million rows) are read row by row; only a workbook that unpacks beyond memory is refused.
 */
export const LOCAL_TABLE_LIMITS: TableLimits = {
  maxRows: Number.POSITIVE_INFINITY,
  maxCells: Number.POSITIVE_INFINITY,
  maxExpandedBytes: 1024 * 1024 * 1024,
  maxEntries: 10_000,
};

/** Past this many problems a file is plainly wrong as a whole; more lines would not help. */
export const MAX_REPORTED_ISSUES = 200;

/**
 * Throws when a table has grown past its row or cell limit; call it for each data row.
 * @example checkTableSize(rowCount, columns.length, UPLOAD_TABLE_LIMITS)
 * @throws InputError naming both limits
 */
export function checkTableSize(rows: number, columns: number, limits: TableLimits): void {
  if (rows > limits.maxRows || rows * Math.max(columns, 1) > limits.maxCells) {
    throw new InputError([tooManyRows(limits)]);
  }
}

function tooManyRows(limits: TableLimits): InputIssue {
  const rows = limits.maxRows.toLocaleString('en-US');
  const cells = limits.maxCells.toLocaleString('en-US');
  return {
    code: 'table_too_large',
    message: {
      zh: `文件过大：一次最多导入 ${rows} 行数据、${cells} 个单元格，未作任何处理。请拆分为多个文件分别导入。`,
      en: `The file is too large: at most ${rows} data rows and ${cells} cells can be imported at once; nothing was done. Split it into several files.`,
    },
  };
}

/**
 * The first {@link MAX_REPORTED_ISSUES} issues, then one that says how many more there are.
 * @example reportedIssues(threeHundredIssues).length // 201
 */
export function reportedIssues(issues: readonly InputIssue[]): InputIssue[] {
  if (issues.length <= MAX_REPORTED_ISSUES) return [...issues];
  const more = issues.length - MAX_REPORTED_ISSUES;
  return [
    ...issues.slice(0, MAX_REPORTED_ISSUES),
    {
      code: 'more_issues',
      message: {
        zh: `……另有 ${more} 处问题未列出：请先修正以上问题，再重新上传。`,
        en: `…and ${more} more problem(s) not listed: fix the ones above, then upload again.`,
      },
    },
  ];
}
