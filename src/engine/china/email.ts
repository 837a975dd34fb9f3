import type { Localized } from '../localized.ts';
import { fail, OK, type CheckResult } from './check-result.ts';

// Practical, not RFC 5322: what real mailboxes use. Quoted local parts and IP-literal
// domains are refused on purpose; internationalised (Chinese) domains must be given in punycode.
const LOCAL = /^[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TLD = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

const EXPECTED: Localized = {
  zh: '应为“用户名@域名”的形式，如 zhangsan@wenzhou.gov.cn。',
  en: 'Expected the form name@domain, e.g. zhangsan@wenzhou.gov.cn.',
};

/**
 * Checks an e-mail address with a practical rule set, naming the first thing that is wrong.
 * @example checkEmail('zhangsan@wenzhou.gov.cn') // { ok: true }
 * @example checkEmail('zhangsan＠qq.com').ok // false — full-width ＠
 */
export function checkEmail(value: string): CheckResult {
  const problem = emailProblem(value);
  return problem ? fail('format', problem) : OK;
}

function emailProblem(value: string): Localized | null {
  if (value.trim() === '') {
    return {
      zh: `电子邮箱未填写。${EXPECTED.zh}`,
      en: `E-mail address is missing. ${EXPECTED.en}`,
    };
  }
  if (/[＠。．，]/.test(value)) {
    return bad(
      '含有全角符号（如“＠”“。”“．”），请改用半角的“@”和“.”',
      'it contains full-width punctuation (＠ 。 ．); use ASCII @ and .',
    );
  }
  if (/\s/.test(value)) return bad('含有空格，请删除', 'it contains spaces; remove them');
  const parts = value.split('@');
  if (parts.length === 1) return bad('缺少“@”', 'the @ sign is missing');
  if (parts.length > 2) return bad('只能有一个“@”', 'it has more than one @');
  const [local = '', domain = ''] = parts;
  if (value.length > 254 || local.length > 64) return bad('长度超出限制', 'it is too long');
  if (local === '') return bad('“@”前缺少用户名', 'there is no name before the @');
  if (!LOCAL.test(local)) {
    return bad(
      '“@”前的用户名只能使用英文字母、数字和 . _ % + -，且“.”不能在开头、结尾或连续出现',
      'the part before @ may only use letters, digits and . _ % + -, with no leading, trailing or double dot',
    );
  }
  const labels = domain.split('.');
  if (domain === '' || labels.length < 2) {
    return bad(
      '“@”后的域名不完整，应类似 qq.com、wenzhou.gov.cn',
      'the domain after @ is incomplete; it should look like qq.com',
    );
  }
  if (!labels.every((label) => LABEL.test(label)) || !TLD.test(labels.at(-1) ?? '')) {
    return bad('“@”后的域名格式不正确', 'the domain after @ is not well formed');
  }
  return null;
}

function bad(zh: string, en: string): Localized {
  return {
    zh: `电子邮箱格式不正确：${zh}。${EXPECTED.zh}`,
    en: `Invalid e-mail address: ${en}. ${EXPECTED.en}`,
  };
}
