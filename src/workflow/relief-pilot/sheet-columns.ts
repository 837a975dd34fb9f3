// The columns of the relief pilot's screen imports (families, a year's costs): the Chinese header a
// person reads and writes, the English key the API and older files use, and how each is filled.
// Pure and side-effect-free: the web app reads the same list for its import screen.
import type { InputIssue } from '../../engine/input-issue.ts';
import type { Localized } from '../../engine/localized.ts';

/** One column of an import sheet. */
export interface SheetColumn {
  /** The English key: accepted as a header, and the name the services read the cell by. */
  key: string;
  /** The Chinese header, as the template writes it and every message names the column. */
  zh: string;
  en: string;
  required: boolean;
  /** Other headers accepted for the column. */
  aliases?: readonly string[];
  /** What to write in the column. */
  hint: Localized;
}

const YES_NO: Localized = { zh: '填“是”或“否”', en: '是/否 (yes/no)' };

/** A family file: one member a row (docs/relief-api.md). */
export const FAMILY_SHEET: readonly SheetColumn[] = [
  {
    key: 'family_code',
    zh: '家庭编号',
    en: 'Family code',
    required: true,
    hint: {
      zh: '字母、数字，同一家庭各行相同',
      en: 'letters and digits, the same on a family’s rows',
    },
  },
  {
    key: 'county',
    zh: '县（市、区）',
    en: 'County',
    required: true,
    aliases: ['县市区', '县'],
    hint: { zh: '如 文成县', en: 'e.g. 文成县' },
  },
  {
    key: 'township',
    zh: '乡镇（街道）',
    en: 'Township',
    required: true,
    aliases: ['乡镇街道', '乡镇'],
    hint: { zh: '如 大峃镇', en: 'e.g. 大峃镇' },
  },
  {
    key: 'village',
    zh: '村（社区）',
    en: 'Village',
    required: false,
    aliases: ['村社区', '村'],
    hint: { zh: '可留空', en: 'may be empty' },
  },
  {
    key: 'address',
    zh: '家庭住址',
    en: 'Address',
    required: false,
    aliases: ['住址', '地址'],
    hint: { zh: '可留空', en: 'may be empty' },
  },
  {
    key: 'phone',
    zh: '联系电话',
    en: 'Phone',
    required: false,
    aliases: ['电话', '手机号码'],
    hint: {
      zh: '手机号码或带区号的固定电话，可留空',
      en: 'mobile or landline with area code, may be empty',
    },
  },
  { key: 'head', zh: '是否户主', en: 'Head of household', required: true, hint: YES_NO },
  {
    key: 'name',
    zh: '姓名',
    en: 'Name',
    required: true,
    hint: { zh: '成员姓名', en: 'the member’s name' },
  },
  {
    key: 'id_number',
    zh: '身份证号码',
    en: 'ID number',
    required: true,
    aliases: ['身份证号'],
    hint: { zh: '18 位居民身份证号码', en: '18-character resident ID number' },
  },
  {
    key: 'relation',
    zh: '与户主关系',
    en: 'Relation to the head',
    required: true,
    hint: { zh: '如 户主、配偶、子女', en: 'e.g. 户主, 配偶, 子女' },
  },
  { key: 'insured', zh: '是否参保', en: 'Insured', required: true, hint: YES_NO },
  {
    key: 'insurance_kind',
    zh: '参保类型',
    en: 'Kind of insurance',
    required: false,
    hint: {
      zh: '城乡居民医保 或 职工医保，可留空',
      en: '城乡居民医保 (resident) or 职工医保 (employee), may be empty',
    },
  },
  {
    key: 'note',
    zh: '备注',
    en: 'Note',
    required: false,
    hint: { zh: '含“演示数据”的行为演示数据', en: 'a row with 演示数据 is demo data' },
  },
];

const AMOUNT: Localized = { zh: '金额（元），最多两位小数', en: 'yuan, at most two decimals' };

/** A year's cost file: one family a row, by its code (MD1). */
export const COST_SHEET: readonly SheetColumn[] = [
  FAMILY_SHEET[0]!,
  { key: 'total_cost', zh: '医疗费用总额', en: 'Total cost', required: true, hint: AMOUNT },
  {
    key: 'basic_insurance',
    zh: '基本医保支付',
    en: 'Basic medical insurance',
    required: true,
    hint: AMOUNT,
  },
  {
    key: 'critical_illness',
    zh: '大病保险支付',
    en: 'Critical-illness insurance',
    required: true,
    hint: AMOUNT,
  },
  {
    key: 'medical_assistance',
    zh: '医疗救助支付',
    en: 'Medical assistance',
    required: true,
    hint: AMOUNT,
  },
  {
    key: 'huiminbao',
    zh: '惠民保（益康保）支付',
    en: 'Huiminbao (益康保)',
    required: true,
    aliases: ['惠民保支付', '惠民保'],
    hint: AMOUNT,
  },
  FAMILY_SHEET[FAMILY_SHEET.length - 1]!,
];

/** A header as compared: no spaces, ASCII parentheses, lower case. */
function normalised(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .toLowerCase();
}

/**
 * The column a header names: its Chinese header, English key or label, or another accepted name.
 * @example columnOf(FAMILY_SHEET, '县(市、区)')?.key // 'county'
 */
export function columnOf(columns: readonly SheetColumn[], header: string): SheetColumn | undefined {
  const wanted = normalised(header);
  return columns.find((column) =>
    [column.key, column.zh, column.en, ...(column.aliases ?? [])].some(
      (name) => normalised(name) === wanted,
    ),
  );
}

/**
 * Matches a file's header row to the sheet's columns: `keyOf` maps each header the file uses to
 * its key; a required column that is missing, or one given twice, is an issue at row 1 named by
 * its Chinese header.
 */
export function matchHeader(
  columns: readonly SheetColumn[],
  headers: readonly string[],
): { keyOf: Map<string, string>; issues: InputIssue[] } {
  const keyOf = new Map<string, string>();
  const seen = new Map<string, string>();
  const issues: InputIssue[] = [];
  for (const header of headers) {
    const column = columnOf(columns, header);
    if (!column) continue;
    const first = seen.get(column.key);
    if (first !== undefined) {
      issues.push({
        row: 1,
        column: column.zh,
        code: 'table_duplicate_header',
        message: {
          zh: `“${first}”与“${header}”是同一列，只能保留一个`,
          en: `"${first}" and "${header}" are the same column: keep one`,
        },
      });
      continue;
    }
    seen.set(column.key, header);
    keyOf.set(header, column.key);
  }
  for (const column of columns) {
    if (column.required && !seen.has(column.key)) {
      issues.push({
        row: 1,
        column: column.zh,
        code: 'table_missing_column',
        message: {
          zh: `缺少必需的列“${column.zh}”（也可写作 ${column.key}）：请使用导入模板的表头`,
          en: `the required column "${column.zh}" (or ${column.key}) is missing: use the template's header`,
        },
      });
    }
  }
  return { keyOf, issues };
}

/**
 * Issues as a person reads them against the file: each column named by its Chinese header.
 * @example inSheetWords(FAMILY_SHEET, [{ row: 3, column: 'id_number', … }])[0].column // '身份证号码'
 */
export function inSheetWords(
  columns: readonly SheetColumn[],
  issues: readonly InputIssue[],
): InputIssue[] {
  return issues.map((issue) => {
    const column =
      issue.column === undefined ? undefined : columns.find((c) => c.key === issue.column);
    return column ? { ...issue, column: column.zh } : issue;
  });
}
