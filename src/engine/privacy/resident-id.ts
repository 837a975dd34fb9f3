import type { Localized } from '../localized.ts';
import { maskIdNumber } from './mask.ts';

/** What is wrong with a resident identity card number, from the outside in. */
export type ResidentIdProblem = 'length' | 'charset' | 'birth_date' | 'check_character';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * The check character of an 18-character resident identity card number (GB 11643-1999 §5.2,
 * ISO 7064 MOD 11-2) from its first 17 digits.
 * @example residentIdCheckCharacter('11010519491231002') // 'X'
 */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * WEIGHTS[i]!;
  return CHECK.charAt(sum % 11);
}

/**
 * Checks a resident identity card number: 18 characters, 17 digits then a digit or `X`, a real
 * birth date in positions 7-14, and the check character. The county code is not checked against
 * the register of divisions, which changes. Messages never repeat the number except masked, since
 * they are printed and logged.
 * @example residentIdIssue('11010519491231002X') // null
 * @example residentIdIssue('110105194912310021')?.problem // 'check_character'
 */
export function residentIdIssue(
  id: string,
): { problem: ResidentIdProblem; message: Localized } | null {
  const shown = maskIdNumber(id);
  const length = Array.from(id).length;
  if (length !== 18) {
    const asNumber = /^\d{15}0*$/.test(id) && length > 15;
    return {
      problem: 'length',
      message: {
        zh: `身份证号码“${shown}”为 ${length} 位，应为 18 位${asNumber ? '（末几位为 0，可能在 Excel 中被存成了数字：请把该列设为文本后重新填写）' : ''}`,
        en: `the ID number "${shown}" has ${length} characters; it must have 18${asNumber ? ' (it ends in zeros: Excel may have stored it as a number — format the column as text and enter it again)' : ''}`,
      },
    };
  }
  if (!/^\d{17}[\dX]$/.test(id)) {
    return {
      problem: 'charset',
      message: {
        zh: `身份证号码“${shown}”应为 17 位数字加 1 位数字或大写 X`,
        en: `the ID number "${shown}" must be 17 digits followed by a digit or a capital X`,
      },
    };
  }
  if (!isRealDate(id.slice(6, 14))) {
    return {
      problem: 'birth_date',
      message: {
        zh: `身份证号码“${shown}”第 7-14 位不是有效的出生日期`,
        en: `positions 7-14 of the ID number "${shown}" are not a valid date of birth`,
      },
    };
  }
  if (residentIdCheckCharacter(id) !== id.charAt(17)) {
    return {
      problem: 'check_character',
      message: {
        zh: `身份证号码“${shown}”校验位不符，可能有数字录入错误，请核对证件`,
        en: `the check character of the ID number "${shown}" does not match; a digit may be mistyped — check the card`,
      },
    };
  }
  return null;
}

function isRealDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  if (year < 1900) return false;
  const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}
