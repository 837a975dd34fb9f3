import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { APPLICATION_MACHINE } from '../../../workflow/hq-rating/application-machine.ts';
import {
  MATERIAL_KINDS,
  MATERIAL_TYPES,
  MAX_MATERIAL_BYTES,
  type MaterialKind,
} from '../../../workflow/hq-rating/materials.ts';
import {
  readMaterial,
  removeMaterial,
  uploadMaterials,
  type MaterialFile,
} from '../../../workflow/hq-rating/services/index.ts';
import { InputError } from '../../../engine/input-issue.ts';
import type { AppEnv } from '../../env.ts';
import { errorJson, errorResponse } from '../../errors.ts';
import { ApplicationParams } from './applications.ts';
import { MaterialSchema } from './schemas.ts';
import {
  at,
  idParams,
  jsonResponse,
  refusals,
  renamingIssues,
  secured,
  signedIn,
  stepGuard,
  stepRefusals,
  type HqApp,
} from './support.ts';
import { displayFileName } from '../../fields.ts';

const tags = ['hq: applications'];
const MaterialParams = idParams('materialId');

/**
 * One request carries one or more files but at most 20 MB in all (plus the form's own bytes):
 * the whole body is held in memory, so larger sets go one file per request.
 */
const MAX_REQUEST_BYTES = MAX_MATERIAL_BYTES + 1024 * 1024;

const uploadLimit = bodyLimit({
  maxSize: MAX_REQUEST_BYTES,
  onError: (c) =>
    errorJson(c as Context<AppEnv>, 413, 'too_large', {
      zh: '上传内容超过 20 MB 上限：每个文件不超过 20 MB，较大的文件请逐个上传',
      en: 'The upload exceeds 20 MB: each file may be at most 20 MB; send large files one at a time',
    }),
});

const fileField = z
  .custom<File>((value) => value instanceof File, 'file_required')
  .openapi({ type: 'string', format: 'binary', description: 'PDF, JPEG, PNG, DOCX or XLSX' });
const kindField = z.enum(MATERIAL_KINDS);

const UploadForm = z
  .object({
    kind: z.union([kindField, z.array(kindField)]).openapi({
      description: '附件3 item of each file, in the order of the files',
      example: 'application_form',
    }),
    file: z.union([fileField, z.array(fileField)]),
  })
  .openapi('MaterialUpload');

const uploadRoute = createRoute({
  method: 'post',
  path: '/api/hq/applications/{applicationId}/materials',
  tags,
  ...secured,
  summary: '上传申报材料 / upload materials (multipart)',
  description:
    'Fields `kind` and `file`, repeated in pairs for several files; all are stored or none. ' +
    'Each file is checked by name, type and first bytes and stored with its SHA-256.',
  middleware: [stepGuard(APPLICATION_MACHINE, 'edit'), uploadLimit],
  request: {
    params: ApplicationParams,
    body: { content: { 'multipart/form-data': { schema: UploadForm } }, required: true },
  },
  responses: {
    201: jsonResponse(z.object({ materials: z.array(MaterialSchema) }), 'Stored'),
    ...stepRefusals,
    413: errorResponse('Larger than 20 MB'),
  },
});

const downloadRoute = createRoute({
  method: 'get',
  path: '/api/hq/materials/{materialId}',
  tags,
  ...secured,
  summary: '下载申报材料 / download a material',
  description: 'For whoever may read its application; as an attachment, with its SHA-256.',
  middleware: [signedIn],
  request: { params: MaterialParams },
  responses: {
    200: {
      description: 'The file as uploaded',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...refusals,
    404: stepRefusals[404],
  },
});

const removeRoute = createRoute({
  method: 'delete',
  path: '/api/hq/materials/{materialId}',
  tags,
  ...secured,
  summary: '撤回申报材料 / withdraw a material',
  description: 'Marked removed, kept: a county may already have read it.',
  middleware: [stepGuard(APPLICATION_MACHINE, 'edit')],
  request: { params: MaterialParams },
  responses: { 200: jsonResponse(MaterialSchema, 'Withdrawn'), ...stepRefusals },
});

const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/**
 * A browser may send a DOCX or XLSX as `application/octet-stream` or with no type; the name's
 * extension then says which type is meant, and the service still checks the first bytes.
 */
function declaredType(file: File): string {
  if (file.type !== '' && file.type !== 'application/octet-stream') return file.type;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  const match = Object.entries(MATERIAL_TYPES).find(([, type]) =>
    (type.extensions as readonly string[]).includes(extension),
  );
  return match?.[0] ?? file.type;
}

/** `files.0.content` → `file` for one file, `file.2` for the third of several. */
function requestField(count: number) {
  return (column: string) =>
    column.replace(/^files\.(\d+)\.(\w+)$/, (_, index: string, field: string) => {
      const name = field === 'kind' ? 'kind' : 'file';
      return count === 1 ? name : `${name}.${index}`;
    });
}

/** Materials of 附件3: upload, download, withdraw. */
export function registerMaterials(app: HqApp): void {
  app.openapi(uploadRoute, async (c) => {
    const { applicationId } = c.req.valid('param');
    const form = c.req.valid('form');
    const kinds = asList(form.kind);
    const files = asList(form.file);
    if (kinds.length !== files.length) {
      throw new InputError([
        {
          column: 'kind',
          code: 'kind_per_file',
          message: {
            zh: `材料类别：每个文件需对应一个类别（收到 ${files.length} 个文件、${kinds.length} 个类别）`,
            en: `kind: give one kind per file (got ${files.length} files and ${kinds.length} kinds)`,
          },
        },
      ]);
    }
    const input: MaterialFile[] = await Promise.all(
      files.map(async (file, index) => ({
        kind: kinds[index] as MaterialKind,
        // Only ever a label (materials are found by id): no path, control or NUL characters.
        fileName: displayFileName(file.name),
        contentType: declaredType(file),
        content: new Uint8Array(await file.arrayBuffer()),
      })),
    );
    const materials = await renamingIssues(requestField(files.length), () =>
      uploadMaterials(c.var.db, c.var.actor!, { applicationId, files: input }, at(c)),
    );
    return c.json({ materials }, 201);
  });

  app.openapi(downloadRoute, async (c) => {
    const material = await readMaterial(c.var.db, c.var.actor!, c.req.valid('param'));
    const body = new Uint8Array(material.content);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': material.contentType,
        'content-length': String(body.length),
        // RFC 6266/5987: the Chinese file name survives in every browser.
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(material.fileName)}`,
        'x-content-type-options': 'nosniff',
        'x-sha256': material.sha256,
        'cache-control': 'private, no-store',
      },
    });
  });

  app.openapi(removeRoute, async (c) => {
    return c.json(await removeMaterial(c.var.db, c.var.actor!, c.req.valid('param'), at(c)), 200);
  });
}
