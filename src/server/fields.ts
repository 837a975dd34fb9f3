/* eslint-disable no-control-regex -- these patterns exist to find control characters */
import { z } from '@hono/zod-openapi';
import { InputError } from '../engine/input-issue.ts';
import type { Localized } from '../engine/localized.ts';

/**
 * Building blocks for request fields: every text, number and date a form sends has plausible
 * bounds, so a value no form could produce is refused with the field named (the validation hook
 * puts the field's label in front) instead of reaching the database. A refusal's message travels
 * in the issue's `params.localized` (see zod-messages.ts).
 */

/** Characters no form produces and that corrupt what is stored or shown. */
const BAD_CHARACTERS: { pattern: RegExp; message: Localized }[] = [
  {
    pattern: /\u0000/,
    message: {
      zh: '含有空字符（NUL），请删除后重新填写',
      en: 'contains a NUL character; remove it',
    },
  },
  {
    // Lone halves of a surrogate pair: not a character at all, and unstorable as UTF-8.
    pattern: /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    message: {
      zh: '含有无法识别的字符（不成对的代理项），请重新输入',
      en: 'contains an invalid character (a lone surrogate); type it again',
    },
  },
  {
    // Direction overrides and isolates make a text show in another order than it is stored.
    pattern: /[\u202A-\u202E\u2066-\u2069]/,
    message: {
      zh: '含有改变文字显示方向的控制字符，请删除后重新填写',
      en: 'contains a text-direction control character; remove it',
    },
  },
];

const CONTROL_SINGLE_LINE = /[\u0001-\u001F\u007F-\u009F]/;
const CONTROL_MULTILINE = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

const CONTROL_MESSAGE: Localized = {
  zh: '含有控制字符（如退格、换页），请删除后重新填写',
  en: 'contains a control character (such as backspace or form feed); remove it',
};
const LINE_BREAK_MESSAGE: Localized = {
  zh: '应为一行文字，不能含换行或制表符',
  en: 'must be a single line, without line breaks or tabs',
};

/** A custom issue whose message is given in both languages. */
function refuse(ctx: z.core.$RefinementCtx<string>, localized: Localized): void {
  ctx.addIssue({ code: 'custom', message: localized.en, params: { localized } });
}

/** Why a text cannot be stored as a person's words; null when it can. */
export function textProblem(text: string, multiline = false): Localized | null {
  for (const { pattern, message } of BAD_CHARACTERS) if (pattern.test(text)) return message;
  if (multiline) return CONTROL_MULTILINE.test(text) ? CONTROL_MESSAGE : null;
  if (!CONTROL_SINGLE_LINE.test(text)) return null;
  return /[\t\n\r]/.test(text) ? LINE_BREAK_MESSAGE : CONTROL_MESSAGE;
}

/**
 * Text a person typed: refused with NUL, control or direction-override characters and lone
 * surrogates; stored in Unicode NFC, so the same name typed on two systems is the same text;
 * at most `max` characters. `multiline` allows line breaks and tabs (a reason, a note).
 * @example textField({ max: 100 }) // a name
 * @example textField({ max: 2000, multiline: true }) // an objection's reason
 */
export function textField(options: { max: number; min?: number; multiline?: boolean }) {
  const { max, min = 0, multiline = false } = options;
  let schema = z
    .string()
    .superRefine((text, ctx) => {
      const problem = textProblem(text, multiline);
      if (problem) refuse(ctx, problem);
    })
    .normalize('NFC')
    .max(max);
  if (min > 0) schema = schema.min(min);
  return schema;
}

/**
 * Decimal text in a form's unit, bounded by what the unit can plausibly hold: at most
 * `integerDigits` digits before the point and `decimals` after it. Only the size is checked here;
 * the service reads the value exactly and names any other problem in its own words.
 * @example decimalText({ integerDigits: 6, decimals: 4, example: '56.78' }) // 亿元 of revenue
 */
export function decimalText(options: {
  integerDigits: number;
  decimals: number;
  example?: string;
}) {
  const { integerDigits, decimals } = options;
  const message: Localized = {
    zh: `数值过大或小数位过多：整数部分最多 ${integerDigits} 位，小数最多 ${decimals} 位`,
    en: `is too large or too precise: at most ${integerDigits} digits before the decimal point and ${decimals} after it`,
  };
  return z
    .string()
    .superRefine((text, ctx) => {
      // Room for a sign, separators and spaces; anything longer has too many digits.
      if (text.length > integerDigits + decimals + 8) return refuse(ctx, message);
      const problem = textProblem(text);
      if (problem) return refuse(ctx, problem);
      const [whole = '', fraction = ''] = text.replace(/[\s,，]/g, '').split(/[.．]/);
      const wholeDigits = whole.replace(/\D/g, '').replace(/^0+(?=\d)/, '').length;
      if (wholeDigits > integerDigits || fraction.replace(/\D/g, '').length > decimals) {
        refuse(ctx, message);
      }
    })
    .openapi({ example: options.example ?? '0' });
}

/**
 * A whole number within plausible bounds, as a number or its digits (forms send either).
 * @example boundedCount({ max: 10_000_000 }) // employees paying pension contributions
 */
export function boundedCount(options: { min?: number; max: number }) {
  const { min = 0, max } = options;
  const message: Localized = {
    zh: `应为 ${min} 至 ${max} 之间的整数`,
    en: `must be a whole number from ${min} to ${max}`,
  };
  return z
    .union([z.number(), z.string()])
    .superRefine((value, ctx) => {
      const text = typeof value === 'number' ? String(value) : value.trim();
      if (text === '' && typeof value === 'string') return; // an empty cell: the service decides
      const number = Number(text);
      if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(number) || number < min || number > max) {
        ctx.addIssue({ code: 'custom', message: message.en, params: { localized: message } });
      }
    })
    .openapi({ example: Math.min(max, 1180) });
}

/** Today's date in China (Asia/Shanghai), YYYY-MM-DD. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** True for a date that exists in the calendar, written YYYY-MM-DD. */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: the latter reads years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * A real calendar date, YYYY-MM-DD, between `from` and `to` (inclusive); `to: 'today'` is today
 * in China, `'today+N'` N days later (a date a little ahead, such as a planned visit).
 * @example plausibleDate({ from: '1900-01-01', to: 'today' }) // an enterprise's registration
 */
export function plausibleDate(options: { from: string; to: string; example?: string }) {
  const realDate: Localized = {
    zh: '应为真实存在的日期，格式 YYYY-MM-DD，如 2026-03-01',
    en: 'must be a real date written YYYY-MM-DD, e.g. 2026-03-01',
  };
  return z
    .string()
    .max(10)
    .superRefine((text, ctx) => {
      if (!isRealDate(text)) return refuse(ctx, realDate);
      const to = upperDate(options.to);
      if (text < options.from || text > to) {
        refuse(ctx, {
          zh: `应在 ${options.from} 至 ${to} 之间`,
          en: `must be between ${options.from} and ${to}`,
        });
      }
    })
    .openapi({ example: options.example ?? '2026-03-01', format: 'date' });
}

function upperDate(to: string): string {
  const match = /^today(?:\+(\d+))?$/.exec(to);
  if (!match) return to;
  const days = Number(match[1] ?? 0);
  return chinaToday(new Date(Date.now() + days * 86_400_000));
}

/**
 * A file's name as shown to people: the last path segment, without control, NUL or
 * direction-override characters, in NFC, at most 200 characters (the extension kept). It is
 * only ever a label: stored files are found by their id, never by this name.
 * @example displayFileName('..\\..\\营业执照\u202Efdp.exe') // '营业执照fdp.exe'
 */
export function displayFileName(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  const clean = last
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '')
    .normalize('NFC')
    .trim()
    .replace(/^\.+/, '');
  const characters = Array.from(clean);
  if (characters.length <= 200) return clean === '' ? '文件' : clean;
  const dot = clean.lastIndexOf('.');
  const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return `${characters.slice(0, 200 - extension.length).join('')}${extension}`;
}

/**
 * Refuses a date booked to a fund year it cannot belong to: money for a year arrives in that
 * year or, late, in the next; never before the year begins.
 * @example checkFundYearDate(2026, '2024-05-01', { column: 'receivedOn', label: { zh: '到账日期', en: 'Date received' } })
 * @throws InputError naming the field and the range
 */
export function checkFundYearDate(
  year: number,
  date: string,
  field: { column: string; label: Localized },
): void {
  const from = `${year}-01-01`;
  const to = `${year + 1}-12-31`;
  if (date >= from && date <= to) return;
  throw new InputError([
    {
      column: field.column,
      code: 'outside_fund_year',
      message: {
        zh: `${field.label.zh}：${date} 不属于 ${year} 年度，应在 ${from} 至 ${to} 之间（当年或次年到账）`,
        en: `${field.label.en}: ${date} does not belong to the ${year} fund year; it must be between ${from} and ${to} (that year or the next)`,
      },
    },
  ]);
}
