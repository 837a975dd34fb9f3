import { z } from 'zod';
import { dateIssue } from '../../../engine/calendar/plain-date.ts';
import { checkIndustryClassCode } from '../../../engine/china/industry-code.ts';
import { checkEmail, checkMobile, checkPhone } from '../../../engine/china/contact.ts';
import { isJurisdiction, jurisdictionIssue } from '../../../engine/china/jurisdictions.ts';
import { checkUscc } from '../../../engine/china/uscc.ts';
import { parseDecimal } from '../../../engine/exact/decimal.ts';
import type { Exact } from '../../../engine/exact/exact.ts';
import { InputError, type InputIssue } from '../../../engine/input-issue.ts';
import type { Localized } from '../../../engine/localized.ts';
import { fieldLabel } from './field-labels.ts';

/**
 * Zod schemas for the services' input, whose every refusal becomes an InputIssue naming the field
 * in both languages (`column` is the field path, e.g. `subsidiaries.0.uscc`).
 */

type Check<T> = (value: T) => { code: string; message: Localized } | null;

/**
 * A schema with a check whose message is ours, in both languages.
 * @example checked(z.string(), (v) => (v ? null : { code: 'empty', message: { zh: '空', en: 'empty' } }))
 */
export function checked<S extends z.ZodType>(schema: S, check: Check<z.output<S>>) {
  return schema.superRefine((value, ctx) => {
    const problem = check(value);
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        message: problem.message.en,
        params: { code: problem.code, zh: problem.message.zh, en: problem.message.en },
      });
    }
  });
}

const fromCheck =
  (code: string, run: (value: string) => { ok: true } | { ok: false; message: Localized }) =>
  (value: string) => {
    const result = run(value);
    return result.ok ? null : { code, message: result.message };
  };

/** GB 32100-2015 with its check characters. */
export const usccField = checked(z.string(), fromCheck('uscc', checkUscc));
/** GB/T 4754-2017 four-digit class (附件2 item 13). */
export const industryCodeField = checked(
  z.string(),
  fromCheck('industry_code', checkIndustryClassCode),
);
export const phoneField = checked(z.string(), fromCheck('phone', checkPhone));
export const mobileField = checked(z.string(), fromCheck('mobile', checkMobile));
export const emailField = checked(z.string(), fromCheck('email', checkEmail));

/** A real `YYYY-MM-DD` date. */
export const dateField = checked(z.string(), (value) => {
  const issue = dateIssue(value);
  return issue ? { code: issue.code, message: issue.message } : null;
});

/** One of the 13 jurisdictions, by its full Chinese name. */
export const countyField = checked(z.string(), (value) =>
  isJurisdiction(value) ? null : { code: 'unknown_county', message: jurisdictionIssue(value)! },
);

/** Words a person must write (a reason, a note): not blank, not a book. */
export const wordsField = checked(z.string().max(4000), (value) =>
  value.trim() === ''
    ? {
        code: 'words_required',
        message: { zh: '必须填写，不能为空', en: 'must be written, not blank' },
      }
    : null,
);

/** A short text field of the form. */
export const textField = (max = 500) =>
  checked(z.string().max(max), (value) =>
    value.trim() === ''
      ? { code: 'empty', message: { zh: '不能为空', en: 'must not be blank' } }
      : null,
  );

/**
 * A non-negative decimal written as text, read exactly, in the unit the form names (D8).
 * @example amountField('亿元').parse('56.78').toDecimal(2) // '56.78'
 */
export function amountField(unit: string) {
  return z.string().transform((text, ctx): Exact => {
    const value = parseDecimal(text.trim());
    if (!value || value.isNegative()) {
      const message = {
        zh: `“${text}”不是有效金额：应填写以${unit}为单位的非负数，如 56.78（不含千分位逗号和单位）`,
        en: `"${text}" is not a valid amount: expected a non-negative number in ${unit}, such as 56.78 (no separators, no unit)`,
      };
      ctx.addIssue({ code: 'custom', message: message.en, params: { code: 'amount', ...message } });
      return z.NEVER;
    }
    return value;
  });
}

/** A whole number of people or listings, as a number or digits. */
export const countField = z
  .union([z.number(), z.string().regex(/^\d+$/).transform(Number)])
  .pipe(z.number().int().min(0).max(2_147_483_647));

/** Every zod issue as an InputIssue, with the field named in both languages. */
export function toInputIssues(error: z.ZodError, input: unknown): InputIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    const label = fieldLabel(path);
    const params = (issue as { params?: { code?: string; zh?: string; en?: string } }).params;
    const message =
      params?.zh && params.en ? { zh: params.zh, en: params.en } : genericMessage(issue, input);
    return {
      ...(path.length > 0 ? { column: path.join('.') } : {}),
      code: params?.code ?? issue.code,
      message: { zh: `${label.zh}：${message.zh}`, en: `${label.en}: ${message.en}` },
    };
  });
}

/**
 * Validates input against a schema; on failure throws one InputError with every issue.
 * @example parseInput(schema, { uscc: '123' }) // throws InputError: 统一社会信用代码：…
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw new InputError(toInputIssues(result.error, input));
}

/** Throws the issues, if any: for checks across fields after the schema passed. */
export function throwIssues(issues: InputIssue[]): void {
  if (issues.length > 0) throw new InputError(issues);
}

function genericMessage(issue: z.core.$ZodIssue, _input: unknown): Localized {
  switch (issue.code) {
    case 'invalid_type':
      if (!('input' in issue) || issue.input === undefined || issue.input === null) {
        return { zh: '必须填写', en: 'is required' };
      }
      return { zh: `类型不对，应为 ${issue.expected}`, en: `must be ${issue.expected}` };
    case 'too_small':
      return issue.origin === 'string'
        ? {
            zh: `至少 ${issue.minimum} 个字符`,
            en: `must have at least ${issue.minimum} characters`,
          }
        : issue.origin === 'array'
          ? { zh: `至少 ${issue.minimum} 项`, en: `needs at least ${issue.minimum} entries` }
          : { zh: `不能小于 ${issue.minimum}`, en: `must be at least ${issue.minimum}` };
    case 'too_big':
      return issue.origin === 'string'
        ? {
            zh: `不能超过 ${issue.maximum} 个字符`,
            en: `must have at most ${issue.maximum} characters`,
          }
        : issue.origin === 'array'
          ? { zh: `不能超过 ${issue.maximum} 项`, en: `may have at most ${issue.maximum} entries` }
          : { zh: `不能大于 ${issue.maximum}`, en: `must be at most ${issue.maximum}` };
    case 'invalid_value':
      return {
        zh: `应为以下之一：${issue.values.map(String).join('、')}`,
        en: `must be one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'invalid_format':
      return issue.format === 'uuid'
        ? { zh: '应为记录编号（UUID）', en: 'must be a record id (UUID)' }
        : { zh: '格式不正确', en: 'is not in the expected format' };
    case 'unrecognized_keys':
      return {
        zh: `不接受的字段：${issue.keys.join('、')}`,
        en: `fields not accepted: ${issue.keys.join(', ')}`,
      };
    default:
      return { zh: '不符合要求', en: 'is not valid' };
  }
}
