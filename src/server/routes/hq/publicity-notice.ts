import { createRoute, z } from '@hono/zod-openapi';
import { publicityNoticePdf, type NoticeFile } from '../../../workflow/hq-rating/services/index.ts';
import { errorResponse } from '../../errors.ts';
import { cityOnly, idParams, refusals, secured, stepRefusals, type HqApp } from './support.ts';

const PDF = {
  description: 'The notice, A4, fonts embedded; an attachment named in UTF-8 (RFC 6266)',
  content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
};

const bureauRoute = createRoute({
  method: 'get',
  path: '/api/hq/batches/{batchId}/publicity-notice.pdf',
  tags: ['hq: publicity'],
  ...secured,
  summary: '公示通知（PDF） / the publicity notice as PDF',
  description:
    'The notice of a batch in publicity or final, laid out as an official notice (GB/T 9704), ' +
    'with the published list as its attachment. Synthetic batches are marked 演示数据.',
  middleware: [cityOnly({ zh: '下载公示通知', en: 'download the publicity notice' })],
  request: { params: idParams('batchId') },
  responses: { 200: PDF, ...refusals, 404: stepRefusals[404] },
});

const publicRoute = createRoute({
  method: 'get',
  path: '/api/public/hq/lists/{batchId}/publicity-notice.pdf',
  tags: ['public'],
  summary: '公示通知（PDF） / the publicity notice of a published list',
  description: 'The same notice for anyone, once published. No sign-in.',
  request: { params: idParams('batchId') },
  responses: {
    200: PDF,
    400: errorResponse('Malformed id'),
    404: errorResponse('No published list with this id'),
  },
});

function pdfResponse({ pdf, fileName }: NoticeFile): Response {
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      'content-type': 'application/pdf',
      'content-length': String(pdf.length),
      // An ASCII name for old clients, the Chinese one (RFC 5987) for the rest.
      'content-disposition': `attachment; filename="publicity-notice.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    },
  });
}

/** The publicity notice as PDF: for the city roles, and for the public once published. */
export function registerPublicityNotice(app: HqApp): void {
  app.openapi(bureauRoute, async (c) =>
    pdfResponse(await publicityNoticePdf(c.var.db, c.var.actor!, c.req.valid('param'))),
  );
  app.openapi(publicRoute, async (c) =>
    pdfResponse(await publicityNoticePdf(c.var.db, null, c.req.valid('param'))),
  );
}
