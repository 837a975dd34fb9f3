import type { ApiIssue } from '../api/types.ts';

/** Where the request part of a path ends: `['body', 'name']` and `'body.name'` both mean `name`. */
const REQUEST_PARTS = new Set(['body', 'query', 'params', 'json', 'form']);

/**
 * An issue's path as a form field name.
 * @example issueFieldName({ path: 'body.branches.0.uscc', message: '' }) // ['branches', 0, 'uscc']
 */
export function issueFieldName(issue: ApiIssue): (string | number)[] {
  const parts =
    typeof issue.path === 'string'
      ? issue.path.split('.').filter((p) => p !== '')
      : Array.from(issue.path);
  const named = parts.map((p) => (typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : p));
  if (named.length > 1 && typeof named[0] === 'string' && REQUEST_PARTS.has(named[0])) {
    return named.slice(1);
  }
  return named;
}

/** A stable key for comparing field names. */
export function fieldKey(name: ReadonlyArray<string | number>): string {
  return JSON.stringify(name.map(String));
}
