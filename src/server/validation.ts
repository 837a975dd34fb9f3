import type { Hook, z } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';
import { errorJson, problemsHeading, type ErrorIssue } from './errors.ts';
import { fieldLabel, withField } from './field-labels.ts';
import { issueMessage } from './zod-messages.ts';
import type { Lang } from '../engine/localized.ts';

/**
 * The validation hook of every route: a request that fails its schema gets a 400 listing every
 * problem, each naming its field, in the reader's language:
 * `{ error: { code: 'invalid_request', message, issues: [{ path: 'loginName', code: 'required', message: '登录名：必须填写' }] } }`.
 */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (result.success) return;
  // The validator passes the input along; zod's issues do not keep the value they looked at.
  const input = (result as { data?: unknown }).data;
  const issues = requestIssues(result.error.issues, input, c.var.lang);
  return errorJson(c, 400, 'invalid_request', problemsHeading(issues.length, 'request'), issues);
};

/**
 * Zod issues as response issues. An unknown key is reported at its own path, one issue per key.
 * @example requestIssues(error.issues, body, 'zh')[0].message // '登录名：必须填写'
 */
export function requestIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  lang: Lang,
): ErrorIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => describe(issue, [...issue.path, key], undefined, lang));
    }
    return [describe(issue, issue.path, valueAt(input, issue.path), lang)];
  });
}

function describe(
  issue: z.core.$ZodIssue,
  path: readonly PropertyKey[],
  received: unknown,
  lang: Lang,
): ErrorIssue {
  const missing = issue.code === 'invalid_type' && (received === undefined || received === null);
  return {
    path: path.map(String).join('.'),
    code: missing ? 'required' : issue.code,
    message: withField(fieldLabel(path, lang), issueMessage(issue, received)[lang], lang),
  };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
