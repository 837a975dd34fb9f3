import { jurisdictionIssue, type Jurisdiction } from '../../engine/china/jurisdictions.ts';
import { parseDecimal, parseInteger } from '../../engine/exact/decimal.ts';
import { Exact } from '../../engine/exact/exact.ts';
import { InputError, type InputIssue } from '../../engine/input-issue.ts';
import type { Localized } from '../../engine/localized.ts';
import { maskMobile } from '../../engine/privacy/mask.ts';
import { residentIdIssue } from '../../engine/privacy/resident-id.ts';
import type { Table, TableRow } from '../../engine/table/table.ts';
import type { Family, HouseholdHead } from './family.ts';

/** The header row of the interchange file, in order (medical-relief.md, "Interchange"). */
export const COLUMNS = [
  'family_id',
  'county',
  'category',
  'insured_members',
  'members',
  'out_of_pocket',
] as const;

/**
 * Optional columns with the head of household's personal data. They are read and checked when
 * present, and every output shows them masked unless asked otherwise (see personal-data.ts).
 */
export const HEAD_COLUMNS = ['head_name', 'head_id_number', 'head_mobile'] as const;
export type HeadColumn = (typeof HEAD_COLUMNS)[number];

/** An optional column; a cell containing 演示数据 marks the figures as synthetic. */
export const NOTE_COLUMN = 'note';
export const SYNTHETIC_MARK = '演示数据';

/** Far above any real household: a larger figure is a typing error (a cost typed into members). */
export const MAX_MEMBERS = 99;

const FEN = 100n;
const MOBILE = /^1[3-9]\d{9}$/;

export interface FamilyFileInput {
  families: Family[];
  /** True when any row is marked 演示数据: every output must say so. */
  synthetic: boolean;
  /** The head_* columns that hold something in at least one row. */
  personalColumns: HeadColumn[];
}

/**
 * Reads a family file's rows. Every problem is collected and thrown together as one InputError
 * (row and column each, Chinese and English); nothing is returned from a bad file. Families of any
 * category are read and checked alike: leaving the others out (MD4) is the computation's business.
 * @example readFamilies(table).families.length // 40
 * @throws InputError with every issue of the file
 */
export function readFamilies(table: Table): FamilyFileInput {
  const reader = new FamilyReader();
  for (const row of table.rows) reader.add(row);
  return reader.finish();
}

type Report = (column: string, code: string, message: Localized) => void;

/** The same reading row by row: `add` each row as it is parsed, then `finish`. */
export class FamilyReader {
  private readonly issues: InputIssue[] = [];
  private readonly firstRowOf = new Map<string, number>();
  private readonly families: Family[] = [];
  private readonly personal = new Set<HeadColumn>();
  private synthetic = false;
  private rows = 0;

  add(row: TableRow): void {
    this.rows += 1;
    const before = this.issues.length;
    const at: Report = (column, code, message) =>
      this.issues.push({ row: row.row, column, code, message });
    const cell = (column: string) => row.cells[column] ?? '';

    const familyId = cell('family_id');
    if (familyId === '') at('family_id', 'missing_value', missing('家庭编号', 'the family id'));
    else this.checkUnique(familyId, row.row, at);

    const county = cell('county');
    const countyProblem = jurisdictionIssue(county);
    if (countyProblem) at('county', 'unknown_county', countyProblem);

    const category = categoryOf(cell('category'), at);
    const members = countOf(cell('members'), 'members', at);
    const insured = countOf(cell('insured_members'), 'insured_members', at);
    if (members === 0) {
      at('members', 'no_members', {
        zh: '家庭人口数为 0：应至少为 1',
        en: 'a family of 0 members: expected at least 1',
      });
    }
    if (members !== null && insured !== null && insured > members) {
      at('insured_members', 'insured_above_members', {
        zh: `参保人数 ${insured} 大于家庭人口数 ${members}：参保人数不能超过家庭人口数`,
        en: `${insured} insured members but ${members} members: the insured cannot outnumber the family`,
      });
    }
    const outOfPocket = amountOf(cell('out_of_pocket'), at);
    const head = headOf(row, at, this.personal);

    if (cell(NOTE_COLUMN).includes(SYNTHETIC_MARK)) this.synthetic = true;
    if (this.issues.length > before) return;
    this.families.push({
      familyId,
      county: county as Jurisdiction,
      category: category!,
      insuredMembers: insured!,
      members: members!,
      outOfPocket: outOfPocket!,
      ...(head ? { head } : {}),
      row: row.row,
    });
  }

  /** The families, or an InputError carrying every issue of the file. */
  finish(): FamilyFileInput {
    if (this.rows === 0) {
      this.issues.push({
        code: 'no_rows',
        message: { zh: '文件中没有家庭数据行', en: 'the file has no family rows' },
      });
    }
    if (this.issues.length > 0) throw new InputError(this.issues);
    return {
      families: this.families,
      synthetic: this.synthetic,
      personalColumns: HEAD_COLUMNS.filter((column) => this.personal.has(column)),
    };
  }

  private checkUnique(familyId: string, row: number, at: Report) {
    const first = this.firstRowOf.get(familyId);
    if (first === undefined) this.firstRowOf.set(familyId, row);
    else {
      at('family_id', 'duplicate_family_id', {
        zh: `家庭编号 ${familyId} 与第 ${first} 行重复：每户只能出现一次（化解按户按年计算，MD1）`,
        en: `family id ${familyId} repeats row ${first}: each family may appear once (relief is per family and year, MD1)`,
      });
    }
  }
}

function missing(zh: string, en: string): Localized {
  return { zh: `${zh}未填写`, en: `${en} is empty` };
}

function categoryOf(text: string, at: Report): number | null {
  if (text === '') {
    at('category', 'missing_value', missing('对象类别', 'the category'));
    return null;
  }
  const value = parseInteger(text);
  if (value === null) {
    at('category', 'category_not_an_integer', {
      zh: `“${text}”不是整数：应填写对象类别的编号，相对低收入家庭第二类填 2`,
      en: `"${text}" is not a whole number: expected the category number, 2 for the second category of relatively low-income families`,
    });
    return null;
  }
  if (value < 1n || value > 99n) {
    at('category', 'category_out_of_range', {
      zh: `对象类别 ${text} 无效：应为正整数，相对低收入家庭第二类填 2`,
      en: `category ${text} is not valid: expected a positive whole number, 2 for the second category`,
    });
    return null;
  }
  return Number(value);
}

function countOf(text: string, column: 'members' | 'insured_members', at: Report): number | null {
  const label =
    column === 'members'
      ? { zh: '家庭人口数', en: 'the number of members' }
      : { zh: '参保人数', en: 'the number of insured members' };
  if (text === '') {
    at(column, 'missing_value', missing(label.zh, label.en));
    return null;
  }
  const value = parseInteger(text);
  if (value === null || value < 0n || value > BigInt(MAX_MEMBERS)) {
    at(column, 'not_a_count', {
      zh: `“${text}”不是有效的${label.zh}：应填写 0 至 ${MAX_MEMBERS} 的整数`,
      en: `"${text}" is not a valid count for ${label.en}: expected a whole number from 0 to ${MAX_MEMBERS}`,
    });
    return null;
  }
  return Number(value);
}

/**
 * The year's out-of-pocket cost in yuan, exact and held in fen (denominator 100) so sums stay
 * exact and fast (MD2). Trailing zeros are fine (`1.500`); a non-zero third decimal is not.
 */
function amountOf(text: string, at: Report): Exact | null {
  if (text === '') {
    at('out_of_pocket', 'missing_value', missing('自负费用', 'the out-of-pocket cost'));
    return null;
  }
  const value = parseDecimal(text);
  if (!value) {
    at('out_of_pocket', 'not_a_number', {
      zh: `“${text}”不是数字：应填写以元为单位的金额，如 123456.78（不含千分位逗号和单位）`,
      en: `"${text}" is not a number: expected an amount in yuan such as 123456.78 (no thousands separators, no unit)`,
    });
    return null;
  }
  if (value.isNegative()) {
    at('out_of_pocket', 'negative_amount', {
      zh: `自负费用 ${text} 为负数：应为 0 或正数`,
      en: `the out-of-pocket cost ${text} is negative: expected zero or more`,
    });
    return null;
  }
  const fen = value.times(Exact.of(FEN)).reduced();
  if (fen.den !== 1n) {
    at('out_of_pocket', 'more_than_two_decimals', {
      zh: `金额 ${text} 超过两位小数：金额精确到分（MD2），请核对后填写到分，如 123456.78`,
      en: `the amount ${text} has more than two decimals: amounts are exact to the fen (MD2); check it and write it to the fen, e.g. 123456.78`,
    });
    return null;
  }
  return Exact.of(fen.num, FEN);
}

/** The optional head_* cells: checked, and kept only when something is there. */
function headOf(row: TableRow, at: Report, seen: Set<HeadColumn>): HouseholdHead | undefined {
  const head: HouseholdHead = {};
  const name = row.cells.head_name ?? '';
  const idNumber = row.cells.head_id_number ?? '';
  const mobile = row.cells.head_mobile ?? '';
  if (name !== '') {
    head.name = name;
    seen.add('head_name');
  }
  if (idNumber !== '') {
    seen.add('head_id_number');
    const problem = residentIdIssue(idNumber);
    if (problem) at('head_id_number', `id_number_${problem.problem}`, problem.message);
    else head.idNumber = idNumber;
  }
  if (mobile !== '') {
    seen.add('head_mobile');
    // The message shows the number masked: error output is printed and logged like any other.
    if (!MOBILE.test(mobile)) {
      at('head_mobile', 'mobile_invalid', {
        zh: `手机号码“${maskMobile(mobile)}”无效：应为 1 开头的 11 位数字，不含空格、短横线或 +86`,
        en: `the mobile number "${maskMobile(mobile)}" is not valid: expected 11 digits starting with 1, no spaces, hyphens or +86`,
      });
    } else head.mobile = mobile;
  }
  return Object.keys(head).length > 0 ? head : undefined;
}
