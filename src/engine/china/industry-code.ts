import type { Localized } from '../localized.ts';
import { fail, OK, type CheckResult } from './check-result.ts';
import {
  INDUSTRY_DIVISIONS,
  INDUSTRY_SECTIONS,
  type IndustryDivision,
  type IndustrySection,
} from './industry-divisions.ts';

export type IndustryCodeProblem = 'format' | 'division';

export interface DivisionInfo {
  division: IndustryDivision;
  section: IndustrySection;
  /** Ready to show, e.g. “C 制造业 / 39 计算机、通信和其他电子设备制造业”. */
  label: Localized;
}

const EXPECTED: Localized = {
  zh: '应填写《国民经济行业分类》（GB/T 4754-2017）的 4 位小类代码，如 3911。',
  en: 'Expected a four-digit GB/T 4754-2017 class code, e.g. 3911.',
};

/**
 * Checks a four-digit industry class (小类) code: four ASCII digits whose first two are a division.
 * Only the division is checked against the standard; the last two digits are not.
 * @example checkIndustryClassCode('3911') // { ok: true }
 * @example checkIndustryClassCode('C3911').ok // false — asks to drop the section letter
 */
export function checkIndustryClassCode(code: string): CheckResult<IndustryCodeProblem> {
  if (/^\d{4}$/.test(code)) {
    if (divisionOf(code)) return OK;
    const head = code.slice(0, 2);
    return fail('division', {
      zh: `前两位“${head}”不是 GB/T 4754-2017 中的行业大类（大类代码为 01-97）。${EXPECTED.zh}`,
      en: `The first two digits '${head}' are not a GB/T 4754-2017 division (divisions run 01-97). ${EXPECTED.en}`,
    });
  }
  return fail('format', formatMessage(code));
}

/**
 * Finds the division and section a class, group or division code belongs to (by its first two digits).
 * @example divisionOf('3911')?.label.zh // 'C 制造业 / 39 计算机、通信和其他电子设备制造业'
 */
export function divisionOf(code: string): DivisionInfo | undefined {
  if (!/^\d{2}/.test(code)) return undefined;
  const division = INDUSTRY_DIVISIONS.find((d) => d.code === code.slice(0, 2));
  const section = INDUSTRY_SECTIONS.find((s) => s.code === division?.section);
  if (!division || !section) return undefined;
  return {
    division,
    section,
    label: {
      zh: `${section.code} ${section.zh} / ${division.code} ${division.zh}`,
      en: `${section.code} ${section.en} / ${division.code} ${division.en}`,
    },
  };
}

/** Says why a code is not four digits, aiming at the usual slips seen in filled-in forms. */
function formatMessage(code: string): Localized {
  if (code.trim() === '')
    return { zh: `行业代码未填写。${EXPECTED.zh}`, en: `Industry code is missing. ${EXPECTED.en}` };

  const withLetter = /^([A-T])\s*(\d{4})$/.exec(code);
  if (withLetter) {
    const [, letter, digits] = withLetter;
    return {
      zh: `请去掉门类字母“${letter}”，只填 4 位数字“${digits}”。`,
      en: `Drop the section letter '${letter}' and enter just the four digits '${digits}'.`,
    };
  }
  if (/[\uFF10-\uFF19]/.test(code)) {
    return {
      zh: `“${code}”含全角数字，请改用半角数字。${EXPECTED.zh}`,
      en: `'${code}' contains full-width digits; use ASCII digits. ${EXPECTED.en}`,
    };
  }
  if (/^\d{2,3}$/.test(code)) {
    const level = code.length === 2 ? { zh: '大类', en: 'division' } : { zh: '中类', en: 'group' };
    return {
      zh: `“${code}”是 ${code.length} 位的${level.zh}代码，需要细化到 4 位小类。${EXPECTED.zh}`,
      en: `'${code}' is a ${code.length}-digit ${level.en} code; the form needs the four-digit class. ${EXPECTED.en}`,
    };
  }
  if (/^\d+$/.test(code)) {
    return {
      zh: `“${code}”有 ${code.length} 位数字，行业小类代码只有 4 位。${EXPECTED.zh}`,
      en: `'${code}' has ${code.length} digits; a class code has exactly four. ${EXPECTED.en}`,
    };
  }
  return {
    zh: `“${code}”不是行业代码，只能由 4 位数字组成（不含空格、字母或名称）。${EXPECTED.zh}`,
    en: `'${code}' is not an industry code: it must be four digits only (no spaces, letters or names). ${EXPECTED.en}`,
  };
}
