import type { InputIssue } from '../input-issue.ts';
import { fail, OK, type CheckResult } from './check-result.ts';
import {
  hasValidUsccCheckCharacter,
  organisationCheckCharacter,
  USCC_CHARSET,
  usccCheckCharacter,
} from './uscc-checksum.ts';
import { usccDepartment, USCC_DEPARTMENTS } from './uscc-departments.ts';
import { charsetMessage } from './uscc-charset-message.ts';

export { organisationCheckCharacter, usccCheckCharacter } from './uscc-checksum.ts';

/** What is wrong with a unified social credit code, from the outside in. */
export type UsccProblem =
  'length' | 'charset' | 'department' | 'class' | 'division' | 'org_check' | 'check_character';

/**
 * Checks an 18-character unified social credit code (GB 32100-2015), reporting the first problem.
 * Input is taken as typed: no trimming and no upper-casing, so stored codes match the licence.
 * @example checkUscc('9144030071526726XG') // { ok: true }
 * @example checkUscc('9144030071526726XH').ok // false — problem 'check_character', expected 'G'
 */
export function checkUscc(code: string): CheckResult<UsccProblem> {
  if (isWellFormedUscc(code)) return OK;
  const chars = Array.from(code);
  if (chars.length !== 18) return fail('length', lengthMessage(code, chars.length));

  const charset = charsetMessage(chars);
  if (charset) return fail('charset', charset);

  const departmentCode = code.charAt(0);
  const department = usccDepartment(departmentCode);
  if (!department) {
    const allowed = USCC_DEPARTMENTS.map((d) => d.code);
    return fail('department', {
      zh: `第 1 位（登记管理部门码）“${departmentCode}”无效，应为 ${allowed.join('、')} 之一。`,
      en: `Position 1 (registration department code) '${departmentCode}' is not valid; expected one of ${allowed.join(', ')}.`,
    });
  }

  const classCode = code.charAt(1);
  if (!department.classes[classCode]) {
    const entries = Object.entries(department.classes);
    return fail('class', {
      zh: `第 2 位（机构类别码）“${classCode}”与第 1 位登记管理部门“${departmentCode} ${department.name.zh}”不符，应为 ${entries.map(([c, n]) => `${c}（${n.zh}）`).join('、')}。`,
      en: `Position 2 (class code) '${classCode}' does not exist under department '${departmentCode}' (${department.name.en}); expected ${entries.map(([c, n]) => `${c} (${n.en})`).join(', ')}.`,
    });
  }

  const division = code.slice(2, 8);
  if (!/^\d{6}$/.test(division)) {
    return fail('division', {
      zh: `第 3-8 位（登记管理机关行政区划码）应为 6 位数字，当前为“${division}”。`,
      en: `Positions 3-8 (administrative division code) must be 6 digits; found '${division}'.`,
    });
  }

  const orgExpected = organisationCheckCharacter(code.slice(8, 16));
  if (code.charAt(16) !== orgExpected) {
    return fail('org_check', {
      zh: `第 17 位（组织机构代码校验码）应为“${orgExpected}”，当前为“${code.charAt(16)}”。第 9-16 位或第 17 位可能抄错，请对照营业执照或登记证书核对。`,
      en: `Position 17 (organisation code check character) should be '${orgExpected}', not '${code.charAt(16)}'. Positions 9-17 were probably mistyped; compare with the licence or registration certificate.`,
    });
  }

  const expected = usccCheckCharacter(code.slice(0, 17));
  if (code.charAt(17) !== expected) {
    return fail('check_character', {
      zh: `第 18 位（校验码）应为“${expected}”，当前为“${code.charAt(17)}”。代码中可能有字符抄错，请对照营业执照或登记证书核对。`,
      en: `Position 18 (check character) should be '${expected}', not '${code.charAt(17)}'. A character was probably mistyped; compare with the licence or registration certificate.`,
    });
  }
  return OK;
}

/**
 * The answer for a valid code, quickly: credit codes are checked for every row of a batch, and
 * the detailed checks above only need to run to explain a bad one.
 */
function isWellFormedUscc(code: string): boolean {
  if (!hasValidUsccCheckCharacter(code)) return false;
  const department = usccDepartment(code.charAt(0));
  if (!department?.classes[code.charAt(1)]) return false;
  for (let i = 2; i < 8; i++) if (code.charCodeAt(i) < 48 || code.charCodeAt(i) > 57) return false;
  return code.charAt(16) === organisationCheckCharacter(code.slice(8, 16));
}

/**
 * The same check as an `InputIssue` (code `uscc_<problem>`); the caller adds row and column.
 * @example usccIssue('123')?.code // 'uscc_length'
 */
export function usccIssue(code: string): InputIssue | null {
  const result = checkUscc(code);
  return result.ok ? null : { code: `uscc_${result.problem}`, message: result.message };
}

function lengthMessage(code: string, length: number) {
  if (length === 0) {
    return { zh: '统一社会信用代码未填写。', en: 'The unified social credit code is missing.' };
  }
  const withoutSpaces = Array.from(code.replace(/\s/g, '')).length;
  const spaceHint =
    withoutSpaces === 18
      ? { zh: '代码中含有空格，请删除。', en: ' It contains spaces; remove them.' }
      : { zh: '', en: '' };
  return {
    zh: `统一社会信用代码应为 18 位，当前为 ${length} 位。${spaceHint.zh}`,
    en: `A unified social credit code has 18 characters; this one has ${length}.${spaceHint.en}`,
  };
}

// 31^6: the space of the six free body characters, so seeds map one-to-one onto codes.
const SYNTHETIC_SPACE = 31 ** 6;
// Coprime with 31, so multiplying is a permutation of the space; it scatters consecutive seeds.
const SYNTHETIC_STRIDE = 7_368_787;

/**
 * Builds a valid enterprise code (department 9, class 1) for demo data. Different seeds in
 * 0..31^6-1 give different codes. Bodies start with "MA" like codes issued since 2015.
 * @example syntheticUscc(1) // '91330300MA07YARR9W'
 * @throws RangeError for a non-integer seed or a division code that is not 6 digits
 */
export function syntheticUscc(seed: number, divisionCode = '330300'): string {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!/^\d{6}$/.test(divisionCode)) {
    throw new RangeError(`division code must be 6 digits, got '${divisionCode}'`);
  }
  let n = (((seed % SYNTHETIC_SPACE) + SYNTHETIC_SPACE) % SYNTHETIC_SPACE) * SYNTHETIC_STRIDE;
  n %= SYNTHETIC_SPACE;
  let tail = '';
  for (let i = 0; i < 6; i++) {
    tail = USCC_CHARSET.charAt(n % 31) + tail;
    n = Math.floor(n / 31);
  }
  const body = `MA${tail}`;
  const first17 = `91${divisionCode}${body}${organisationCheckCharacter(body)}`;
  return first17 + usccCheckCharacter(first17);
}
