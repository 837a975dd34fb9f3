import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_MATERIAL_BYTES } from '../workflow/hq-rating/materials.ts';
import type { AppEnv } from './env.ts';
import { errorJson, errorResponse } from './errors.ts';

const MB = 1024 * 1024;

/** A form or a sign-in is a few KB; a public objection at most a few pages of text. */
export const JSON_BODY_BYTES = 1 * MB;
/** A table to import: far above the largest real table, far below what would strain memory. */
export const TABLE_UPLOAD_BYTES = 10 * MB;
/** The ceiling of any multipart request: a material of 附件3 and its form fields. */
export const UPLOAD_BODY_BYTES = MAX_MATERIAL_BYTES + 1 * MB;

/** Paths whose JSON carries a whole batch of rows; the route sets its own limit. */
const BATCH_JSON_PATHS = ['/api/hq-star-rating/'];

const megabytes = (bytes: number) => String(Math.floor(bytes / MB));

function tooLarge(maxBytes: number) {
  return (c: Context) =>
    errorJson(c as Context<AppEnv>, 413, 'too_large', {
      zh: `提交的内容超过 ${megabytes(maxBytes)} MB 上限，未作任何处理`,
      en: `The request exceeds the ${megabytes(maxBytes)} MB limit; nothing was done`,
    });
}

/** A body limit that answers 413 in the reader's language. */
export function limitBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({ maxSize: maxBytes, onError: tooLarge(maxBytes) });
}

/**
 * Every API request's body is bounded before anything reads it: JSON (and any other type) to
 * {@link JSON_BODY_BYTES}, a table import to {@link TABLE_UPLOAD_BYTES}, other multipart uploads
 * and batch rows to {@link UPLOAD_BODY_BYTES}. Routes may tighten this with their own limit.
 */
export function requestBodyLimit(): MiddlewareHandler<AppEnv> {
  const small = limitBody(JSON_BODY_BYTES);
  const table = limitBody(TABLE_UPLOAD_BYTES);
  const large = limitBody(UPLOAD_BODY_BYTES);
  return (c, next) => {
    const { path } = c.req;
    if (BATCH_JSON_PATHS.some((prefix) => path.startsWith(prefix))) return large(c, next);
    const type = c.req.header('content-type') ?? '';
    if (!type.toLowerCase().startsWith('multipart/form-data')) return small(c, next);
    // Every table import ends in /import: its own limit, so the 413 names the one that applies.
    return (path.endsWith('/import') ? table : large)(c, next);
  };
}

/** A table upload of at most {@link TABLE_UPLOAD_BYTES}, for a route's middleware. */
export const tableUploadLimit = limitBody(TABLE_UPLOAD_BYTES);

/** The OpenAPI description of the 413 of {@link tableUploadLimit}. */
export const tooLargeRefusal = {
  413: errorResponse(`Larger than ${megabytes(TABLE_UPLOAD_BYTES)} MB`),
};

/** Imports read and check whole files; two at once keep both cores for everyone else. */
export const MAX_CONCURRENT_IMPORTS = 2;

/**
 * A counting semaphore without a queue: a request that finds every slot taken is refused at once
 * (503 with Retry-After) instead of waiting while holding its upload in memory.
 */
export function importSlots(slots: number): MiddlewareHandler<AppEnv> {
  let busy = 0;
  return async (c, next) => {
    if (busy >= slots) {
      c.header('retry-after', '10');
      return errorJson(c, 503, 'imports_busy', {
        zh: '服务器正在处理其他文件导入，请约 10 秒后重试；未作任何处理',
        en: 'The server is busy with other imports; try again in about 10 seconds. Nothing was done',
      });
    }
    busy += 1;
    try {
      await next();
    } finally {
      busy -= 1;
    }
  };
}

/** The one semaphore every import route shares, so imports of all three methods count together. */
export const heavyImport = importSlots(MAX_CONCURRENT_IMPORTS);

/** The OpenAPI description of the 503 of {@link heavyImport}. */
export const busyRefusal = { 503: errorResponse('Too many imports at once; retry later') };
