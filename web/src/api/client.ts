import { languageTag } from '../i18n/language.ts';
import { currentLanguage } from '../i18n/index.ts';
import { ApiError, CLIENT_ERROR_CODES } from './api-error.ts';
import type { ApiErrorBody, ApiIssue } from './types.ts';

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * A 401 is an expected answer (signing in, asking who is signed in): throw it to the caller
   * instead of ending the session and going to the sign-in page.
   */
  unauthorizedIsAnswer?: boolean;
}

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler = () => {};

/** Set by the session provider: what to do when a call finds the session gone (HTTP 401). */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): () => void {
  onUnauthorized = handler;
  return () => {
    if (onUnauthorized === handler) onUnauthorized = () => {};
  };
}

async function request<T>(
  method: string,
  path: string,
  body: unknown,
  options: RequestOptions,
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': languageTag(currentLanguage()),
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, CLIENT_ERROR_CODES.network, String(cause));
  }
  if (response.status === 401 && !options.unauthorizedIsAnswer) onUnauthorized();
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json = parseJson(text);
  if (response.ok) {
    if (json === undefined && text !== '') throw badResponse(response.status);
    return json as T;
  }
  throw errorFrom(response.status, json);
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function badResponse(status: number): ApiError {
  return new ApiError(status, CLIENT_ERROR_CODES.badResponse, `HTTP ${status}`);
}

function errorFrom(status: number, json: unknown): ApiError {
  const error = (json as Partial<ApiErrorBody> | undefined)?.error;
  if (!error || typeof error.message !== 'string') return badResponse(status);
  const issues: ApiIssue[] = Array.isArray(error.issues)
    ? error.issues.filter((i) => i && typeof i.message === 'string')
    : [];
  return new ApiError(status, String(error.code ?? `http_${status}`), error.message, issues);
}

/** Typed JSON calls to the server's `/api` routes; every failure is an `ApiError`. */
export const api = {
  get: <T>(path: string, options: RequestOptions = {}) =>
    request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options: RequestOptions = {}) =>
    request<T>('POST', path, body ?? {}, options),
  put: <T>(path: string, body: unknown, options: RequestOptions = {}) =>
    request<T>('PUT', path, body, options),
  patch: <T>(path: string, body: unknown, options: RequestOptions = {}) =>
    request<T>('PATCH', path, body, options),
  delete: <T = void>(path: string, options: RequestOptions = {}) =>
    request<T>('DELETE', path, undefined, options),
};
