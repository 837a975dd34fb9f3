import type { ApiIssue } from './types.ts';

/** Codes the client gives to failures that never reached a server answer it could read. */
export const CLIENT_ERROR_CODES = { network: 'client.network', badResponse: 'client.bad_response' };

/** A failed API call: the server's code, message and field issues, and the HTTP status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: readonly ApiIssue[];

  constructor(status: number, code: string, message: string, issues: readonly ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }

  /** The same error with other issues (e.g. those not shown beside a form field). */
  withIssues(issues: readonly ApiIssue[]): ApiError {
    return new ApiError(this.status, this.code, this.message, issues);
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
