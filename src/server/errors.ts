import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { InputError, formatIssues, type InputIssue } from '../engine/input-issue.ts';
import { reportedIssues } from '../engine/table/limits.ts';
import type { Lang, Localized } from '../engine/localized.ts';
import type { AppEnv } from './env.ts';
import { fieldLabel, withField } from './field-labels.ts';
import { maskIdNumbersIn } from '../engine/privacy/mask.ts';

/** One problem in a request, named by its field (`path`); file problems add row and column. */
export interface ErrorIssue {
  path: string;
  code: string;
  message: string;
  /** Spreadsheet row (header = 1) or position in `rows` (first = 1). */
  row?: number;
  column?: string;
}

/** Every error response: `{ error: { code, message, issues } }`, in the reader's language. */
export interface ErrorBody {
  error: { code: string; message: string; issues: ErrorIssue[] };
}

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_request' }),
      message: z.string().openapi({ example: '提交的内容有 1 处不符合要求' }),
      issues: z.array(
        z.object({
          path: z.string().openapi({ example: 'loginName' }),
          code: z.string().openapi({ example: 'required' }),
          message: z.string().openapi({ example: '登录名：必须填写' }),
          row: z.number().int().optional(),
          column: z.string().optional(),
        }),
      ),
    }),
  })
  .openapi('Error');

/** The OpenAPI description of an error response, for a route's `responses`. */
export function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: ErrorSchema } } };
}

/**
 * A JSON error response.
 * @example return errorJson(c, 404, 'not_found', { zh: '未找到', en: 'Not found' })
 */
export function errorJson<S extends ContentfulStatusCode>(
  c: Context<AppEnv>,
  status: S,
  code: string,
  message: Localized,
  issues: ErrorIssue[] = [],
) {
  const body: ErrorBody = { error: { code, message: message[c.var.lang ?? 'zh'], issues } };
  return c.json(body, status);
}

/** "The request has N problems", heading the list of issues. */
export function problemsHeading(count: number, what: 'request' | 'file'): Localized {
  return what === 'file'
    ? {
        zh: `上传的数据有 ${count} 处问题，未作任何计算：`,
        en: `The uploaded data has ${count} problem(s); nothing was computed:`,
      }
    : {
        zh: `提交的内容有 ${count} 处不符合要求`,
        en: `What was sent has ${count} problem(s)`,
      };
}

/**
 * An InputIssue as a response issue. A row-level issue reads like the command line
 * (`第 3 行 uscc 列：…`); a field issue puts the field's label in front (`密码：…`).
 * `pathOf` maps the issue to its request path (default: its column).
 */
export function issueOut(
  issue: InputIssue,
  lang: Lang,
  pathOf: (issue: InputIssue) => string = (i) => i.column ?? '',
): ErrorIssue {
  const message =
    issue.row === undefined && issue.column !== undefined
      ? withField(fieldLabel([issue.column], lang), issue.message[lang], lang)
      : formatIssues([issue], lang);
  return {
    path: pathOf(issue),
    code: issue.code,
    message,
    ...(issue.row === undefined ? {} : { row: issue.row }),
    ...(issue.column === undefined ? {} : { column: issue.column }),
  };
}

/** An error a service threw on purpose: `status`, `code` and a Localized text. */
interface Refusal {
  status: number;
  code: string;
  localized: Localized;
}

const STATUS_OF_KIND: Record<string, number> = { forbidden: 403, not_found: 404, conflict: 409 };

/**
 * Services say what went wrong either with an HTTP `status` (src/auth/errors.ts) or with a `kind`
 * (src/workflow/hq-rating/errors.ts: forbidden, not_found, conflict); both carry `code` and a
 * Localized text.
 */
function asRefusal(error: unknown): Refusal | null {
  if (!error || typeof error !== 'object') return null;
  const e = error as Partial<Refusal> & { kind?: unknown };
  const status =
    typeof e.status === 'number'
      ? e.status
      : typeof e.kind === 'string'
        ? STATUS_OF_KIND[e.kind]
        : undefined;
  return status !== undefined && isRefusal({ ...e, status, localized: e.localized })
    ? { status, code: e.code!, localized: e.localized! }
    : null;
}

function isRefusal(error: unknown): error is Refusal {
  if (!error || typeof error !== 'object') return false;
  const e = error as Partial<Refusal>;
  return (
    typeof e.status === 'number' &&
    typeof e.code === 'string' &&
    typeof e.localized?.zh === 'string' &&
    typeof e.localized.en === 'string'
  );
}

/** Errors of the engine that carry their own Localized text (no parameters for a date, …). */
function localizedOnly(error: unknown): Localized | null {
  if (!error || typeof error !== 'object') return null;
  const localized = (error as { localized?: Partial<Localized> }).localized;
  return typeof localized?.zh === 'string' && typeof localized.en === 'string'
    ? (localized as Localized)
    : null;
}

const HTTP_MESSAGES: Record<number, { code: string; message: Localized }> = {
  400: {
    code: 'malformed_request',
    message: {
      zh: '请求无法解析：请检查 JSON 或表单格式是否正确',
      en: 'The request could not be read: check that the JSON or form is well formed',
    },
  },
  // Only the CSRF check throws a bare 403: other refusals are ServiceErrors with their own text.
  403: {
    code: 'cross_site_refused',
    message: {
      zh: '跨站提交被拒绝：请从本系统的页面提交；从脚本调用时请带上与本站一致的 Origin 请求头',
      en: 'Cross-site request refused: submit from this site’s own pages; scripts must send an Origin header naming this site',
    },
  },
  413: {
    code: 'too_large',
    message: { zh: '上传的内容过大', en: 'The upload is too large' },
  },
  415: {
    code: 'unsupported_media_type',
    message: {
      zh: '不支持的内容类型：请以 application/json 或 multipart/form-data 提交',
      en: 'Unsupported content type: send application/json or multipart/form-data',
    },
  },
};

/**
 * The app's error handler: known refusals become their status with a message in the reader's
 * language; anything else is a 500 that says so without details (they go to the log).
 */
export function handleError(error: unknown, c: Context<AppEnv>) {
  const lang = c.var.lang ?? 'zh';
  if (error instanceof InputError) {
    const heading = problemsHeading(error.issues.length, 'request');
    // A file can have a problem in every cell: the first 200 are listed, then how many more.
    return errorJson(
      c,
      400,
      'invalid_input',
      heading,
      reportedIssues(error.issues).map((issue) => issueOut(issue, lang)),
    );
  }
  const refusal = asRefusal(error);
  if (refusal) {
    return errorJson(c, refusal.status as ContentfulStatusCode, refusal.code, refusal.localized);
  }
  if (error instanceof HTTPException) {
    const known = HTTP_MESSAGES[error.status];
    if (known) return errorJson(c, error.status, known.code, known.message);
    return errorJson(c, error.status as ContentfulStatusCode, 'http_error', {
      zh: error.message,
      en: error.message,
    });
  }
  const localized = localizedOnly(error);
  if (localized) return errorJson(c, 400, 'cannot_compute', localized);
  if (isDataException(error)) {
    // A value the request schemas let through but the database cannot hold: still the sender's.
    console.error(maskIdNumbersIn(`${c.req.method} ${c.req.path}: ${errorText(error)}`));
    return errorJson(c, 400, 'invalid_value', {
      zh: '提交的某个值无法保存（过长、过大、日期不存在或含有无法保存的字符），未作任何更改：请检查后重新提交',
      en: 'A value cannot be stored (too long, too large, an impossible date, or a character that cannot be saved); nothing was changed: check and send again',
    });
  }
  // A database error can quote the row it refused, personal data included (90号 personal data).
  console.error(maskIdNumbersIn(`${c.req.method} ${c.req.path}: ${errorText(error)}`));
  return errorJson(c, 500, 'internal_error', {
    zh: '服务器内部错误，请稍后再试；如反复出现请联系系统管理员',
    en: 'Internal server error; try again later, and tell an administrator if it keeps happening',
  });
}

/** SQLSTATE class 22 (data exception): a NUL, an impossible date, a number past its column. */
function isDataException(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Lines longer than this are cut in the log: a query's parameters can be megabytes. */
const MAX_LOG_LINE = 500;
const MAX_LOG_LINES = 40;

/**
 * An unexpected error for the log: its stack (which starts with its message), or its text, with
 * each long line (a query's parameters) cut to {@link MAX_LOG_LINE} characters.
 */
function errorText(error: unknown): string {
  let text = String(error);
  if (error instanceof Error) {
    const detail = (error as { detail?: unknown }).detail;
    text = `${error.stack ?? error.message}${typeof detail === 'string' ? `\n${detail}` : ''}`;
  }
  const lines = text.split('\n');
  const kept = lines
    .slice(0, MAX_LOG_LINES)
    .map((line) =>
      line.length > MAX_LOG_LINE
        ? `${line.slice(0, MAX_LOG_LINE)}…(${line.length - MAX_LOG_LINE} more characters)`
        : line,
    );
  if (lines.length > MAX_LOG_LINES) kept.push(`…(${lines.length - MAX_LOG_LINES} more lines)`);
  return kept.join('\n');
}
