import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { InputError } from '../../../engine/input-issue.ts';
import type { TableFile } from '../../../engine/table/read-table.ts';
import type { AppEnv } from '../../env.ts';
import { errorJson, errorResponse } from '../../errors.ts';
import { rolesOnly } from '../../guards.ts';
import { hqApp, idField, type HqApp } from '../hq/support.ts';
import { YearField } from './schemas.ts';

export {
  at,
  jsonBody,
  jsonResponse,
  mountHq as mountRelief,
  refusals,
  secured,
  signedIn,
  stepRefusals,
  type HqApp as ReliefApp,
} from '../hq/support.ts';

/**
 * A fresh app for the relief routes: the HQ routes' app, whose handler keeps a file problem's row
 * and column (`第 3 行 身份证号码 列：…`).
 */
export const reliefApp = (): HqApp => hqApp();

/** The pilot's people: the three city offices and the township workers; the services check the office. */
export const reliefRoles = (what: { zh: string; en: string }) =>
  rolesOnly(['relief_office', 'relief_township'], what);

/** A year in the path. */
export const YearParams = z.object({
  year: YearField.openapi({ param: { name: 'year', in: 'path' }, example: 2026 }),
});

/** A record id in the path. */
export const idParam = <K extends string>(name: K) =>
  z.object({ [name]: idField(name) } as Record<K, ReturnType<typeof idField>>);

/** A table file in a multipart form, field `file`. */
export const FileForm = z
  .object({
    file: z
      .custom<File>((value) => value instanceof File, 'file_required')
      .openapi({
        type: 'string',
        format: 'binary',
        description: '.csv (UTF-8) or .xlsx, first sheet',
      }),
  })
  .openapi('ReliefTableFile');

const MAX_TABLE_BYTES = 10 * 1024 * 1024;

/** Uploads of at most 10 MB. */
export const uploadLimit = bodyLimit({
  maxSize: MAX_TABLE_BYTES,
  onError: (c) =>
    errorJson(c as Context<AppEnv>, 413, 'too_large', {
      zh: '上传文件超过 10 MB 上限',
      en: 'The upload exceeds 10 MB',
    }),
});

export const uploadRefusal = { 413: errorResponse('Larger than 10 MB') };

/** The uploaded table of a validated form. */
export async function tableFile(file: unknown): Promise<TableFile> {
  if (!(file instanceof File)) {
    throw new InputError([
      {
        column: 'file',
        code: 'file_required',
        message: {
          zh: '上传文件：请以 multipart/form-data 上传 .csv 或 .xlsx 文件（字段名 file）',
          en: 'file: upload a .csv or .xlsx file as multipart/form-data (field "file")',
        },
      },
    ]);
  }
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
