import { checkPhone } from '../../engine/china/contact.ts';
import { jurisdictionIssue } from '../../engine/china/jurisdictions.ts';
import type { InputIssue } from '../../engine/input-issue.ts';
import { maskIdNumber, maskName } from '../../engine/privacy/mask.ts';
import { residentIdIssue } from '../../engine/privacy/resident-id.ts';

export const INSURANCE_KINDS = ['resident', 'employee'] as const;
export type InsuranceKind = (typeof INSURANCE_KINDS)[number];

/** The kinds of insurance in the words of a person (a sheet may give either, or the code). */
export const INSURANCE_KIND_LABELS: Record<InsuranceKind, { zh: string; en: string }> = {
  resident: { zh: '城乡居民医保', en: 'resident' },
  employee: { zh: '职工医保', en: 'employee' },
};

const INSURANCE_KIND_WORDS: Record<string, InsuranceKind> = {
  resident: 'resident',
  城乡居民医保: 'resident',
  城乡居民: 'resident',
  居民医保: 'resident',
  城乡居民基本医疗保险: 'resident',
  employee: 'employee',
  职工医保: 'employee',
  职工: 'employee',
  职工基本医疗保险: 'employee',
};

/**
 * The kind of insurance a sheet's cell names, by its Chinese words or its code; undefined when it
 * names none.
 * @example insuranceKindOf('城乡居民医保') // 'resident'
 */
export function insuranceKindOf(text: string): InsuranceKind | undefined {
  return INSURANCE_KIND_WORDS[text.trim().toLowerCase()];
}

/** A member as entered: on the form or on one row of an import. */
export interface MemberInput {
  name: string;
  idNumber: string;
  relation: string;
  head: boolean;
  insured: boolean;
  insuranceKind?: InsuranceKind | null;
}

/** A family as entered, before it is stored. */
export interface FamilyInput {
  familyCode: string;
  county: string;
  township: string;
  /** Where the township finds the family (optional; address and phone are personal data). */
  village?: string | null;
  address?: string | null;
  phone?: string | null;
  members: MemberInput[];
}

/** Where an issue of a member points: a form path or a file row. */
export interface Place {
  /** The member's row in a file (header = 1). */
  row?: number;
  /** The column or field name of a member's field. */
  column: (field: 'name' | 'idNumber' | 'relation' | 'head') => string;
}

const FIELD = {
  familyCode: { zh: '家庭编号', en: 'family code' },
  county: { zh: '县（市、区）', en: 'county' },
  township: { zh: '乡镇（街道）', en: 'township' },
  name: { zh: '姓名', en: 'name' },
  idNumber: { zh: '身份证号码', en: 'ID number' },
  relation: { zh: '与户主关系', en: 'relation to the head' },
  village: { zh: '村（社区）', en: 'village' },
  address: { zh: '家庭住址', en: 'address' },
  phone: { zh: '联系电话', en: 'phone' },
} as const;

/**
 * The problems of one family as entered: the code, the county (one of Wenzhou's), the township,
 * every member's name, ID number (GB 11643 check character; shown masked in the message),
 * relation, exactly one head of household, and no ID number twice. The pilot area (M2) is not
 * required here: other counties may follow 90号 (其他有条件的县可参照执行).
 */
export function familyIssues(
  family: FamilyInput,
  where: {
    code: string;
    county: string;
    township: string;
    row?: number;
    /** Where the contact fields are, when not at the family's row (a file's later row). */
    contact?: { village: string; address: string; phone: string; row?: number };
  },
  member: (index: number) => Place,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const at = where.row === undefined ? {} : { row: where.row };
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(family.familyCode.trim())) {
    issues.push({
      ...at,
      column: where.code,
      code: 'family_code',
      message: {
        zh: `${FIELD.familyCode.zh}：应为 1-40 位字母、数字、下划线或连字符`,
        en: `${FIELD.familyCode.en}: must be 1-40 letters, digits, underscores or hyphens`,
      },
    });
  }
  const county = jurisdictionIssue(family.county.trim());
  if (county) issues.push({ ...at, column: where.county, code: 'county', message: county });
  if (family.township.trim() === '' || family.township.trim().length > 40) {
    issues.push({
      ...at,
      column: where.township,
      code: 'required',
      message: {
        zh: `${FIELD.township.zh}：必须填写（不超过 40 字）`,
        en: `${FIELD.township.en}: required (at most 40 characters)`,
      },
    });
  }
  const contact = where.contact ?? { village: 'village', address: 'address', phone: 'phone' };
  const contactAt = where.contact?.row !== undefined ? { row: where.contact.row } : at;
  for (const [field, max] of [
    ['village', 40],
    ['address', 200],
  ] as const) {
    const value = family[field]?.trim() ?? '';
    if (value.length > max) {
      issues.push({
        ...contactAt,
        column: contact[field],
        code: 'too_long',
        message: {
          zh: `${FIELD[field].zh}：不超过 ${max} 字`,
          en: `${FIELD[field].en}: at most ${max} characters`,
        },
      });
    }
  }
  const phone = family.phone?.trim() ?? '';
  const phoneCheck = phone === '' ? null : checkPhone(phone);
  if (phoneCheck && !phoneCheck.ok) {
    issues.push({
      ...contactAt,
      column: contact.phone,
      code: 'phone',
      message: {
        zh: `${FIELD.phone.zh}：${phoneCheck.message.zh}`,
        en: `${FIELD.phone.en}: ${phoneCheck.message.en}`,
      },
    });
  }
  family.members.forEach((entry, index) => {
    const place = member(index);
    const here = place.row === undefined ? {} : { row: place.row };
    if (entry.name.trim() === '') issues.push(required(here, place.column('name'), FIELD.name));
    if (entry.relation.trim() === '') {
      issues.push(required(here, place.column('relation'), FIELD.relation));
    }
    const id = residentIdIssue(entry.idNumber.trim());
    if (id) {
      issues.push({
        ...here,
        column: place.column('idNumber'),
        code: `resident_id_${id.problem}`,
        message: {
          zh: `${FIELD.idNumber.zh}：${id.message.zh}`,
          en: `${FIELD.idNumber.en}: ${id.message.en}`,
        },
      });
    }
  });
  const heads = family.members.filter((entry) => entry.head).length;
  if (heads !== 1) {
    issues.push({
      ...at,
      column: member(0).column('head'),
      code: 'one_head',
      message: {
        zh: `家庭“${family.familyCode}”应有且只有一名户主，现有 ${heads} 名`,
        en: `family "${family.familyCode}" must have exactly one head of household; it has ${heads}`,
      },
    });
  }
  return issues;
}

/**
 * An ID number given twice (in a file, on a form, or already on record).
 * @example duplicateId({ row: 3 }, 'id_number', '330399198001010417')
 */
export function duplicateId(
  at: { row?: number },
  column: string,
  idNumber: string,
  already: 'input' | 'record',
): InputIssue {
  const shown = maskIdNumber(idNumber);
  return {
    ...at,
    column,
    code: 'id_number_duplicate',
    message:
      already === 'input'
        ? {
            zh: `身份证号码“${shown}”重复出现：一人只能登记一次`,
            en: `the ID number "${shown}" appears twice: a person is entered once`,
          }
        : {
            zh: `身份证号码“${shown}”已登记在其他家庭中`,
            en: `the ID number "${shown}" is already on record in a family`,
          },
  };
}

/** A family code that is on record already. */
export function duplicateCode(at: { row?: number }, column: string, code: string): InputIssue {
  return {
    ...at,
    column,
    code: 'family_code_taken',
    message: {
      zh: `家庭编号“${code}”已存在`,
      en: `the family code "${code}" is already on record`,
    },
  };
}

/**
 * A member as the audit log keeps it: name and ID number masked.
 * @example auditedMember({ name: '张三', idNumber: '330399198001010417', … }) // { name: '张*', idNumber: '3303**********0417', … }
 */
export function auditedMember(entry: MemberInput) {
  return {
    name: maskName(entry.name),
    idNumber: maskIdNumber(entry.idNumber),
    relation: entry.relation,
    head: entry.head,
    insured: entry.insured,
  };
}

function required(
  at: { row?: number },
  column: string,
  label: { zh: string; en: string },
): InputIssue {
  return {
    ...at,
    column,
    code: 'required',
    message: { zh: `${label.zh}：必须填写`, en: `${label.en}: required` },
  };
}
