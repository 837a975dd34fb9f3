import { jurisdictionIssue } from '../../engine/china/jurisdictions.ts';
import { usccIssue } from '../../engine/china/uscc.ts';
import { parseDecimal, parseInteger } from '../../engine/exact/decimal.ts';
import type { Exact } from '../../engine/exact/exact.ts';
import { InputError, type InputIssue } from '../../engine/input-issue.ts';
import type { Localized } from '../../engine/localized.ts';
import { checkHeader } from '../../engine/table/header.ts';
import type { Table, TableRow } from '../../engine/table/table.ts';
import type { MoneyUnit } from '../../engine/units.ts';
import type { AmountKey } from './enterprise.ts';
import { EnterpriseColumns } from './enterprise-columns.ts';
import { TOP500_LISTS, type Top500List } from './parameters.ts';

/** The header row of the interchange file, in order (hq-star-rating.md, "Interchange"). */
export const COLUMNS = [
  'uscc',
  'name',
  'county',
  'revenue_2y',
  'contribution_2y',
  'rd_2y',
  'pension_payers',
  'tax_filers',
  'top500',
  'listings_3y',
] as const;

/** An optional column; a cell containing 演示数据 marks the figures as synthetic. */
export const NOTE_COLUMN = 'note';
export const SYNTHETIC_MARK = '演示数据';

/**
 * The unit each amount column is written in (D8). The rating keeps each figure exactly as written in
 * that unit: R4 is the same in any unit, and nothing is lost. The service stores yuan.
 */
export const AMOUNT_UNITS: Record<AmountKey, MoneyUnit> = {
  revenue_2y: '亿元',
  contribution_2y: '亿元',
  rd_2y: '万元',
};

export interface EnterpriseBatchInput {
  enterprises: EnterpriseColumns;
  /** True when any row is marked 演示数据: every output must say so. */
  synthetic: boolean;
}

/**
 * Reads a batch file's rows into enterprise figures. Every problem in the file is collected and
 * thrown together as one InputError (row and column each); nothing is returned from a bad file.
 * Empty figures are not errors: they make the enterprise unscorable with a reason (D5).
 * @example readEnterprises(table).enterprises.length // 100
 */
export function readEnterprises(table: Table): EnterpriseBatchInput {
  const reader = new EnterpriseReader();
  for (const row of table.rows) reader.add(row);
  return reader.finish(table.columns);
}

/**
 * The same reading, row by row, for files too large to hold as a table: `add` each row as it is
 * parsed, then `finish`, which throws every issue found or returns the batch.
 */
export class EnterpriseReader {
  private readonly issues: InputIssue[] = [];
  private readonly firstRowOf = new Map<string, number>();
  private readonly enterprises = new EnterpriseColumns();
  private synthetic = false;
  private rows = 0;
  private currentRow = 0;
  /** Records an issue of the row being read; one function for the whole file, not one per row. */
  private readonly report: Report = (column, code, message) => {
    this.issues.push({ row: this.currentRow, column, code, message });
  };

  add(row: TableRow): void {
    this.rows += 1;
    this.currentRow = row.row;
    const before = this.issues.length;
    const at = this.report;
    const { cells } = row;
    const uscc = cells.uscc ?? '';
    const name = cells.name ?? '';
    const county = cells.county ?? '';

    // A column missing from the header is reported once, at row 1, not again on every row.
    const usccProblem = 'uscc' in cells ? usccIssue(uscc) : null;
    if (usccProblem) at('uscc', usccProblem.code, usccProblem.message);
    else if ('uscc' in cells) this.checkUnique(uscc, row.row, at);
    if (name === '' && 'name' in cells)
      at('name', 'missing_name', { zh: '企业名称未填写', en: 'the enterprise name is empty' });
    const countyProblem = 'county' in cells ? jurisdictionIssue(county) : null;
    if (countyProblem) at('county', 'unknown_county', countyProblem);

    const amounts: Record<AmountKey, Exact | null> = {
      revenue_2y: amount(row, 'revenue_2y', AMOUNT_UNITS.revenue_2y, at),
      contribution_2y: amount(row, 'contribution_2y', AMOUNT_UNITS.contribution_2y, at),
      rd_2y: amount(row, 'rd_2y', AMOUNT_UNITS.rd_2y, at),
    };
    const pensionPayers = count(row, 'pension_payers', at);
    const taxFilers = count(row, 'tax_filers', at);
    const top500 = top500Lists(cells.top500 ?? '', at);
    const listings3y = listings(cells.listings_3y ?? '', at);

    if ((cells[NOTE_COLUMN] ?? '').includes(SYNTHETIC_MARK)) this.synthetic = true;
    if (this.issues.length === before) {
      this.enterprises.push({
        uscc,
        name,
        county,
        amounts,
        pensionPayers,
        taxFilers,
        top500,
        listings3y,
        row: row.row,
      });
    }
  }

  /**
   * The batch, or an InputError carrying every issue of the file: the header's missing columns
   * (given the file's columns) together with every row's problems in the columns it has.
   */
  finish(columns?: readonly string[]): EnterpriseBatchInput {
    if (columns) this.issues.unshift(...checkHeader(columns, COLUMNS).issues);
    if (this.rows === 0) {
      this.issues.push({
        code: 'no_rows',
        message: { zh: '文件中没有企业数据行', en: 'the file has no enterprise rows' },
      });
    }
    if (this.issues.length > 0) throw new InputError(this.issues);
    return { enterprises: this.enterprises, synthetic: this.synthetic };
  }

  private checkUnique(uscc: string, row: number, at: Report) {
    const first = this.firstRowOf.get(uscc);
    if (first === undefined) this.firstRowOf.set(uscc, row);
    else {
      at('uscc', 'duplicate_uscc', {
        zh: `统一社会信用代码 ${uscc} 与第 ${first} 行重复，每家企业只能出现一次`,
        en: `credit code ${uscc} repeats row ${first}; each enterprise may appear only once`,
      });
    }
  }
}

type Report = (column: string, code: string, message: Localized) => void;

function amount(row: TableRow, column: AmountKey, unit: MoneyUnit, at: Report): Exact | null {
  const text = row.cells[column] ?? '';
  if (text === '') return null;
  const value = parseDecimal(text);
  if (value) return value;
  at(column, 'not_a_number', {
    zh: `“${text}”不是数字：应填写以${unit}为单位的数值，如 56.78（不含千分位逗号和单位）`,
    en: `"${text}" is not a number: expected an amount in ${unit}, such as 56.78 (no thousands separators, no unit)`,
  });
  return null;
}

function count(row: TableRow, column: 'pension_payers' | 'tax_filers', at: Report): bigint | null {
  const text = row.cells[column] ?? '';
  if (text === '') return null;
  const value = parseInteger(text);
  if (value !== null) return value;
  at(column, 'not_a_whole_number', {
    zh: `“${text}”不是整数：应填写人数，如 1180`,
    en: `"${text}" is not a whole number: expected a head count, such as 1180`,
  });
  return null;
}

const NO_LISTS: readonly Top500List[] = Object.freeze([]);

function top500Lists(text: string, at: Report): readonly Top500List[] {
  if (text === '') return NO_LISTS;
  const lists: Top500List[] = [];
  // An empty piece (a trailing `;`) names no list and is ignored.
  for (const token of text
    .split(/[;；]/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    if ((TOP500_LISTS as readonly string[]).includes(token)) lists.push(token as Top500List);
    else {
      at('top500', 'unknown_top500', {
        zh: `未知的 500 强榜单“${token}”：应为 ${TOP500_LISTS.join('、')} 中的一个或多个，以分号分隔`,
        en: `unknown top-500 list "${token}": expected one or more of ${TOP500_LISTS.join(', ')}, separated by ";"`,
      });
    }
  }
  return lists;
}

/** Far above any real count of listed subsidiaries: a larger figure is a typing error. */
const MAX_LISTINGS = 1000n;

function listings(text: string, at: Report): number {
  if (text === '') return 0;
  const value = parseInteger(text);
  if (value !== null && value >= 0n && value <= MAX_LISTINGS) return Number(value);
  at('listings_3y', 'not_a_count', {
    zh: `“${text}”不是有效的上市数量：应填写 0 至 ${MAX_LISTINGS} 的整数`,
    en: `"${text}" is not a valid number of listings: expected a whole number from 0 to ${MAX_LISTINGS}`,
  });
  return 0;
}
