import type { Lang, Localized } from './localized.ts';

/**
 * One problem found in an input file or form: where it is and what was expected.
 * Rows are numbered as a person sees them in a spreadsheet (the header is row 1).
 */
export interface InputIssue {
  /** Spreadsheet row number, header = 1; absent for a whole-file problem. */
  row?: number;
  /** Column (header name) or field path, e.g. `uscc` or `factors.瑞安市.population`. */
  column?: string;
  /** Stable machine code, e.g. `uscc_check_character`. */
  code: string;
  message: Localized;
}

/**
 * Thrown when input cannot be used. It carries every issue found, never just the first,
 * so the person fixing the file sees all of them at once. Nothing has been applied.
 */
export class InputError extends Error {
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super(formatIssues(issues, 'en'));
    this.name = 'InputError';
    this.issues = issues;
  }
}

/**
 * Renders issues one per line, with their place.
 * @example formatIssues([{ row: 3, column: 'uscc', code: 'x', message: { zh: '校验位错误', en: 'wrong check character' } }], 'zh')
 * // '第 3 行 uscc 列：校验位错误'
 */
export function formatIssues(issues: readonly InputIssue[], lang: Lang): string {
  return issues.map((issue) => `${place(issue, lang)}${issue.message[lang]}`).join('\n');
}

function place(issue: InputIssue, lang: Lang): string {
  const { row, column } = issue;
  if (lang === 'zh') {
    if (row !== undefined && column !== undefined) return `第 ${row} 行 ${column} 列：`;
    if (row !== undefined) return `第 ${row} 行：`;
    if (column !== undefined) return `${column}：`;
    return '';
  }
  if (row !== undefined && column !== undefined) return `row ${row}, column ${column}: `;
  if (row !== undefined) return `row ${row}: `;
  if (column !== undefined) return `${column}: `;
  return '';
}
