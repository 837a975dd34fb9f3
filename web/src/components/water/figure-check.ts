// The checks of a figure before it is sent (the server checks again): a non-negative decimal,
// a whole number where the field wants one, and at most the field's maximum (W7's item maxima,
// 1 for the green-development rate).
import type { TFunction } from 'i18next';
import type { ApiIssue } from '../../api/types.ts';
import type { WaterField } from '../../api/water.ts';
import { compareDecimals } from './money.ts';

const DECIMAL = /^\d+(\.\d+)?$/;

/** A problem with a figure as typed, or undefined when it may be sent. */
export function checkFigure(text: string, field: WaterField, t: TFunction): string | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (value.startsWith('-')) return t('water.figures.errNegative');
  if (!DECIMAL.test(value)) return t('water.figures.errNumber');
  if (field.whole && value.includes('.')) return t('water.figures.errWhole');
  if (field.max !== undefined && compareDecimals(value, field.max, 12) > 0) {
    return field.field === 'green_rate'
      ? t('water.figures.errRate')
      : t('water.figures.errMax', { max: field.max });
  }
  return undefined;
}

/** The cell an issue of `PUT …/figures` names (`figures.2.value` → the third entry sent). */
export function issueIndex(path: ReadonlyArray<string | number> | string): number | undefined {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  const at = parts.indexOf('figures');
  const index = Number(parts[at + 1]);
  return at >= 0 && Number.isInteger(index) ? index : undefined;
}

/**
 * Row and column of an import issue: its own `row` and `column` when the server gives them,
 * else read from its path (`row 3 column population`).
 */
export function importIssuePlace(issue: ApiIssue & { row?: unknown; column?: unknown }): {
  row?: number;
  column?: string;
} {
  const text = typeof issue.path === 'string' ? issue.path : issue.path.join(' ');
  const row = typeof issue.row === 'number' ? issue.row : Number(/row\s*(\d+)/i.exec(text)?.[1]);
  const column =
    typeof issue.column === 'string' ? issue.column : /column\s*(.+)$/i.exec(text)?.[1]?.trim();
  return { row: Number.isInteger(row) ? row : undefined, column: column || undefined };
}
