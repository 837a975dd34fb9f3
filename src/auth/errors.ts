import type { Localized } from '../engine/localized.ts';

/**
 * A refusal the caller can act on, with the HTTP status it maps to. Services throw it; the HTTP
 * layer (src/server/errors.ts) turns it into `{ error: { code, message } }` in the reader's
 * language. Any error carrying `status`, `code` and `localized` is treated the same way, so other
 * services may define their own.
 * @example throw new ServiceError(409, 'login_name_taken', { zh: '登录名已被使用', en: 'login name taken' })
 */
export class ServiceError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 429,
    readonly code: string,
    readonly localized: Localized,
  ) {
    super(localized.en);
    this.name = 'ServiceError';
  }
}

/** 401: there is no signed-in account. */
export function notSignedIn(): ServiceError {
  return new ServiceError(401, 'not_signed_in', {
    zh: '请先登录：未登录，或登录已过期（空闲过久或登录时间过长会自动退出）',
    en: 'Please sign in: you are not signed in, or your session has expired (idle too long, or signed in too long)',
  });
}

/**
 * 403: signed in, but this is not theirs to do. `what` names the action, `allowed` who may do it,
 * `current` the role the person is signed in as.
 * @example forbidden({ zh: '管理账户', en: 'manage accounts' }, { zh: '系统管理员', en: 'administrator' }, { zh: '企业', en: 'enterprise' })
 */
export function forbidden(what: Localized, allowed: Localized, current?: Localized): ServiceError {
  return new ServiceError(403, 'forbidden', {
    zh:
      `无权${what.zh}：此操作仅限${allowed.zh}账户` +
      (current ? `，您当前的身份是${current.zh}` : ''),
    en:
      `You may not ${what.en}: this is for ${allowed.en} accounts only` +
      (current ? `, and you are signed in as ${current.en}` : ''),
  });
}

/** 404: no such record, or none the actor may know of. */
export function notFound(what: Localized): ServiceError {
  return new ServiceError(404, 'not_found', {
    zh: `未找到${what.zh}`,
    en: `${what.en} was not found`,
  });
}
