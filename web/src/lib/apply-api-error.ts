import type { FormInstance } from 'antd';
import { isApiError } from '../api/api-error.ts';
import { fieldKey, issueFieldName } from './issue-path.ts';

/**
 * Shows a failed call on a form: each issue whose path names a field of the form appears under that
 * field; the error is returned with the other issues only, for an `ApiErrorAlert` above the form.
 * Anything that is not an `ApiError` is returned as it is.
 */
export function applyApiError(form: FormInstance, error: unknown): unknown {
  if (!isApiError(error) || error.issues.length === 0) return error;
  const fields = new Map(form.getFieldsError().map(({ name }) => [fieldKey(name), name] as const));
  const perField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const rest = error.issues.filter((issue) => {
    const name = fields.get(fieldKey(issueFieldName(issue)));
    if (!name) return true;
    const key = fieldKey(name);
    const entry = perField.get(key) ?? { name, errors: [] };
    entry.errors.push(issue.message);
    perField.set(key, entry);
    return false;
  });
  form.setFields([...perField.values()]);
  return error.withIssues(rest);
}
