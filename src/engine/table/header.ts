import type { InputIssue } from '../input-issue.ts';

/**
 * Checks a header row and returns its column names. Trailing empty header cells are dropped,
 * because Excel often exports a few empty columns past the data; an empty name before the last
 * named column, a duplicate name, or a required column that is absent is an issue (all at row 1).
 * @example checkHeader(['uscc', '名称', ''], ['uscc', '得分'])
 * // { columns: ['uscc', '名称'], issues: [{ row: 1, column: '得分', code: 'table_missing_column', … }] }
 */
export function checkHeader(
  raw: readonly string[],
  required: readonly string[],
): { columns: string[]; issues: InputIssue[] } {
  const names = raw.map((name) => name.trim());
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  const issues: InputIssue[] = [];
  if (names.length === 0) {
    issues.push({
      row: 1,
      code: 'table_no_header',
      message: {
        zh: '第 1 行是空的：第 1 行应为表头（列名）。',
        en: 'Row 1 is empty: it must hold the header (column names).',
      },
    });
    return { columns: names, issues };
  }
  const seen = new Set<string>();
  names.forEach((name, index) => {
    const position = index + 1;
    if (name === '') {
      issues.push({
        row: 1,
        code: 'table_empty_header',
        message: {
          zh: `第 ${position} 列没有列名：请在表头填写列名，或删除该列。`,
          en: `Column ${position} has no header name: name it or delete the column.`,
        },
      });
    } else if (name === '__proto__') {
      // Rows are plain objects keyed by column name; this one name would change their prototype.
      issues.push({
        row: 1,
        column: name,
        code: 'table_reserved_header',
        message: {
          zh: '该列名不可使用，请改名。',
          en: 'This column name cannot be used; rename it.',
        },
      });
    } else if (seen.has(name)) {
      issues.push({
        row: 1,
        column: name,
        code: 'table_duplicate_header',
        message: {
          zh: `列名重复（第 ${position} 列）：每个列名只能出现一次。`,
          en: `Duplicate column name (column ${position}): each name may appear only once.`,
        },
      });
    }
    seen.add(name);
  });
  for (const name of required) {
    if (!seen.has(name)) {
      issues.push({
        row: 1,
        column: name,
        code: 'table_missing_column',
        message: { zh: '缺少必需的列。', en: 'Required column is missing.' },
      });
    }
  }
  return { columns: names, issues };
}
