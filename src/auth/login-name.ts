import type { InputIssue } from '../engine/input-issue.ts';

/** Lower-case letters, digits and `.`, `_`, `-`; 3 to 64 characters; starts with a letter or digit. */
export const LOGIN_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/**
 * The form a login name is stored and looked up in: trimmed, lower case. People type `Wang.Li`
 * and `wang.li ` for the same account.
 * @example normalizeLoginName(' Wang.Li ') // 'wang.li'
 */
export function normalizeLoginName(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * The problem with a (normalized) login name, or null.
 * @example loginNameIssue('王') // { column: 'loginName', code: 'login_name_format', … }
 */
export function loginNameIssue(name: string): InputIssue | null {
  if (LOGIN_NAME_PATTERN.test(name)) return null;
  return {
    column: 'loginName',
    code: 'login_name_format',
    message: {
      zh: '应为 3 至 64 位小写英文字母、数字或 . _ -，并以字母或数字开头，如 wang.li',
      en: 'must be 3 to 64 lower-case letters, digits or . _ -, starting with a letter or digit, e.g. wang.li',
    },
  };
}
