import type { Localized } from '../localized.ts';
import { fail, OK, type CheckResult } from './check-result.ts';
export { checkEmail } from './email.ts';

const MOBILE = /^1[3-9]\d{9}$/;
// Area code 010, 02x or 0xxx; local numbers never start with 0 or 1; extension after "-" or "转".
const LANDLINE = /^0(?:10|2\d|[3-9]\d{2})-?[2-9]\d{6,7}(?:(?:-|转)\d{1,6})?$/;

const MOBILE_EXPECTED: Localized = {
  zh: '手机号码应为 1 开头的 11 位数字，如 13812345678。',
  en: 'A mobile number is 11 digits starting with 1, e.g. 13812345678.',
};
const PHONE_EXPECTED: Localized = {
  zh: '应填写 11 位手机号码（如 13812345678）或带区号的固定电话（如 0577-88888888，分机写作 0577-88888888-123 或 0577-88888888转123）。',
  en: 'Expected an 11-digit mobile number (e.g. 13812345678) or a landline with area code (e.g. 0577-88888888; extension as 0577-88888888-123 or 0577-88888888转123).',
};

/**
 * Checks a mainland mobile number: exactly 11 digits, 1[3-9]…, nothing else (no +86, no spaces).
 * @example checkMobile('13812345678') // { ok: true }
 * @example checkMobile('138 1234 5678').ok // false — asks to remove the spaces
 */
export function checkMobile(value: string): CheckResult {
  if (MOBILE.test(value)) return OK;
  return fail('format', mobileMessage(value));
}

/**
 * Checks a phone number: a mobile number, or a landline with its area code and optional extension.
 * @example checkPhone('0577-88888888转123') // { ok: true }
 * @example checkPhone('88888888').ok // false — asks for the area code
 */
export function checkPhone(value: string): CheckResult {
  if (MOBILE.test(value) || LANDLINE.test(value)) return OK;
  if (value.trim() === '') {
    return fail('format', missing('联系电话', 'Phone number', PHONE_EXPECTED));
  }
  if (/^[2-9]\d{6,7}(?:(?:-|转)\d{1,6})?$/.test(value)) {
    return fail('format', {
      zh: `固定电话“${value}”缺少区号，请加上区号，如温州为 0577-${value}。`,
      en: `The landline '${value}' has no area code; add it, e.g. 0577-${value} for Wenzhou.`,
    });
  }
  if (/^(?:\+?86|1)/.test(value.trim())) return fail('format', mobileMessage(value));
  const compact = value.replace(/[\s()（）]/g, '');
  if (compact !== value && LANDLINE.test(compact)) {
    return fail('format', {
      zh: '固定电话请写成“区号-号码”的形式，不加空格或括号，如 0577-88888888。',
      en: 'Write a landline as area code, hyphen, number — no spaces or brackets — e.g. 0577-88888888.',
    });
  }
  return fail('format', {
    zh: `“${value}”不是有效的电话号码。${PHONE_EXPECTED.zh}`,
    en: `'${value}' is not a valid phone number. ${PHONE_EXPECTED.en}`,
  });
}

function mobileMessage(value: string): Localized {
  if (value.trim() === '') return missing('手机号码', 'Mobile number', MOBILE_EXPECTED);
  const compact = value.replace(/[\s-]/g, '');
  if (/^(?:\+?86)1[3-9]\d{9}$/.test(compact)) {
    return {
      zh: `请去掉国家代码“+86”，只填 11 位手机号码“${compact.slice(-11)}”。`,
      en: `Leave out the country code +86 and enter just the 11 digits '${compact.slice(-11)}'.`,
    };
  }
  if (MOBILE.test(compact)) {
    return {
      zh: `手机号码中不要加空格或短横线，请填写为“${compact}”。`,
      en: `Do not put spaces or hyphens in a mobile number; enter '${compact}'.`,
    };
  }
  if (/^\d+$/.test(value) && value.length !== 11) {
    return {
      zh: `手机号码应为 11 位，当前为 ${value.length} 位。${MOBILE_EXPECTED.zh}`,
      en: `A mobile number has 11 digits; this one has ${value.length}. ${MOBILE_EXPECTED.en}`,
    };
  }
  if (/^\d{11}$/.test(value)) {
    return {
      zh: `“${value}”不是手机号码：手机号码的前两位应为 13-19。`,
      en: `'${value}' is not a mobile number: mobile numbers begin 13 to 19.`,
    };
  }
  return {
    zh: `“${value}”不是有效的手机号码。${MOBILE_EXPECTED.zh}`,
    en: `'${value}' is not a valid mobile number. ${MOBILE_EXPECTED.en}`,
  };
}

function missing(zhField: string, enField: string, expected: Localized): Localized {
  return { zh: `${zhField}未填写。${expected.zh}`, en: `${enField} is missing. ${expected.en}` };
}
