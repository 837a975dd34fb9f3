import type { z } from '@hono/zod-openapi';
import type { Localized } from '../engine/localized.ts';

type Issue = z.core.$ZodIssue;

/**
 * Messages for schema checks that carry a key instead of a text (`.regex(re, 'login_name_format')`),
 * so a request schema stays one line and its message exists in both languages.
 */
export const MESSAGE_KEYS: Record<string, Localized> = {
  login_name_format: {
    zh: '应为 3 至 64 位小写英文字母、数字或 . _ -，并以字母或数字开头，如 wang.li',
    en: 'must be 3 to 64 lower-case letters, digits or . _ -, starting with a letter or digit, e.g. wang.li',
  },
  iso_date: {
    zh: '应为真实存在的日期，格式 YYYY-MM-DD，如 2026-03-01',
    en: 'must be a real date written YYYY-MM-DD, e.g. 2026-03-01',
  },
  four_digit_year: { zh: '应为四位年份，如 2025', en: 'must be a four-digit year such as 2025' },
  uuid: {
    zh: '应为 UUID 格式，如 0b7e3c1e-5d1a-4f7e-9a53-3c0b2f0d9e11',
    en: 'must be a UUID such as 0b7e3c1e-5d1a-4f7e-9a53-3c0b2f0d9e11',
  },
  file_required: {
    zh: '请以 multipart/form-data 上传 .csv 或 .xlsx 文件（字段名 file）',
    en: 'upload a .csv or .xlsx file as multipart/form-data (field name "file")',
  },
  true_or_false: { zh: '应为 true 或 false', en: 'must be true or false' },
  money: {
    zh: '应为以元计的金额，最多 12 位整数、2 位小数，如 120000.01',
    en: 'must be an amount in yuan with at most 12 digits and 2 decimals, e.g. 120000.01',
  },
};

const TYPE_NAMES: Record<string, Localized> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  array: { zh: '列表（数组）', en: 'a list (array)' },
  object: { zh: '对象', en: 'an object' },
  date: { zh: '日期', en: 'a date' },
  file: { zh: '文件', en: 'a file' },
};

const typeName = (expected: string): Localized =>
  TYPE_NAMES[expected] ?? { zh: expected, en: expected };

/**
 * A schema issue in both languages, without the field name (the caller puts the label in
 * front). `received` is the value found at the issue's path, which zod does not keep.
 * @example issueMessage({ code: 'too_small', origin: 'string', minimum: 1, … }, 'x').zh // '不能为空'
 */
export function issueMessage(issue: Issue, received: unknown): Localized {
  const keyed = MESSAGE_KEYS[issue.message];
  if (keyed) return keyed;
  // A refinement of fields.ts carries its own text in both languages.
  if (issue.code === 'custom' && isLocalized(issue.params?.localized))
    return issue.params.localized;
  switch (issue.code) {
    case 'invalid_type':
      if (received === undefined || received === null) return { zh: '必须填写', en: 'is required' };
      return {
        zh: `应为${typeName(issue.expected).zh}`,
        en: `must be ${typeName(issue.expected).en}`,
      };
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_value':
      return {
        zh: `应为以下之一：${issue.values.map(String).join('、')}`,
        en: `must be one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'invalid_format':
      return issue.format === 'email'
        ? { zh: '应为有效的电子邮箱地址', en: 'must be a valid e-mail address' }
        : { zh: '格式不正确', en: 'is not in the expected format' };
    case 'unrecognized_keys':
      return { zh: '不是可接受的字段，请删除', en: 'is not an accepted field; remove it' };
    case 'not_multiple_of':
      return { zh: `应为 ${issue.divisor} 的整数倍`, en: `must be a multiple of ${issue.divisor}` };
    default:
      return { zh: '不符合要求', en: 'is not valid' };
  }
}

function isLocalized(value: unknown): value is Localized {
  const text = value as Partial<Localized> | undefined;
  return typeof text?.zh === 'string' && typeof text.en === 'string';
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): Localized {
  const min = String(issue.minimum);
  if (issue.origin === 'string') {
    return issue.minimum === 1
      ? { zh: '不能为空', en: 'must not be empty' }
      : { zh: `至少需要 ${min} 个字符`, en: `must be at least ${min} characters long` };
  }
  if (issue.origin === 'array') {
    return { zh: `至少需要 ${min} 项`, en: `must have at least ${min} item(s)` };
  }
  return issue.inclusive === false
    ? { zh: `应大于 ${min}`, en: `must be greater than ${min}` }
    : { zh: `不能小于 ${min}`, en: `must be at least ${min}` };
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): Localized {
  const max = String(issue.maximum);
  if (issue.origin === 'string') {
    return { zh: `最多 ${max} 个字符`, en: `must be at most ${max} characters long` };
  }
  if (issue.origin === 'array') {
    return { zh: `最多 ${max} 项`, en: `must have at most ${max} item(s)` };
  }
  return issue.inclusive === false
    ? { zh: `应小于 ${max}`, en: `must be less than ${max}` }
    : { zh: `不能大于 ${max}`, en: `must be at most ${max}` };
}
