import { neutraliseFormula } from './formula-guard.ts';
import type { ColumnSpec } from './table.ts';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * Writes records as CSV text: a UTF-8 byte order mark (so Excel on Chinese Windows does not
 * take the file for GBK), the header labels, then one line per record, CRLF line ends. A field
 * with a comma, quote, line break or edge whitespace is quoted, its quotes doubled. A key absent
 * from a record is written as an empty cell. A cell a spreadsheet would run as a formula
 * (`=…`, `+…`, `-…`, `@…`) gets an apostrophe in front; numbers stay as they are. Encode the
 * result as UTF-8 to save it.
 * @example writeCsv([{ key: 'name', header: '名称' }], [{ name: '某某, "集团"' }])
 * // '\uFEFF名称\r\n"某某, ""集团"""\r\n'
 */
export function writeCsv(
  columns: readonly ColumnSpec[],
  records: readonly Readonly<Record<string, string>>[],
): string {
  const lines = [columns.map((column) => field(column.header)).join(',')];
  for (const record of records) {
    lines.push(columns.map((column) => field(record[column.key] ?? '')).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function field(raw: string): string {
  const text = neutraliseFormula(raw);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
