import type { Context } from 'hono';
import { InputError } from '../../../engine/input-issue.ts';
import type { Localized } from '../../../engine/localized.ts';
import { reportedIssues } from '../../../engine/table/limits.ts';
import type { Role } from '../../../workflow/actor.ts';
import type { ApiApp, AppEnv } from '../../env.ts';
import { errorJson, handleError, issueOut, problemsHeading } from '../../errors.ts';
import { hqApp, rolesOnly, type HqApp } from '../hq/support.ts';

/** The routes of the water-source fund, an app of their own mounted on the main one. */
export type WaterApp = HqApp;

/**
 * Refusals of the services: a field's issue keeps its path (`figures.2.value`); a file's issue
 * is on `file` with its spreadsheet `row` and `column`.
 */
function waterErrorHandler(error: Error, c: Context<AppEnv>) {
  if (!(error instanceof InputError)) return handleError(error, c);
  const lang = c.var.lang;
  const issues = reportedIssues(error.issues).map((issue) =>
    issue.row === undefined
      ? { path: issue.column ?? '', code: issue.code, message: issue.message[lang] }
      : issueOut(issue, lang, () => 'file'),
  );
  const heading = problemsHeading(error.issues.length, 'request');
  return errorJson(c, 400, 'invalid_input', heading, issues);
}

/** A fresh app for /api/water, with the request schemas' hook of the other routes. */
export function waterApp(): WaterApp {
  const app = hqApp();
  app.onError(waterErrorHandler);
  return app;
}

export function mountWater(app: ApiApp, water: WaterApp): void {
  app.route('/', water);
}

const READERS: readonly Role[] = ['water_office', 'water_county', 'admin'];

/** The fund's roles and the administrator; the services narrow by office and county. */
export const waterReaders = (what: Localized) => rolesOnly(READERS, what);
export const officesOnly = (what: Localized) => rolesOnly(['water_office'], what);
export const countiesOnly = (what: Localized) => rolesOnly(['water_county'], what);

export const tags = ['water: fund year'];

/** A file download. */
export function fileResponse(bytes: Uint8Array, fileName: string, type: string): Response {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_');
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'content-type': type,
      'content-length': String(bytes.length),
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    },
  });
}
