import { createRoute, z } from '@hono/zod-openapi';
import {
  busyRefusal,
  heavyImport,
  tableUploadLimit,
  tooLargeRefusal,
} from '../../request-limits.ts';
import {
  enterFigures,
  figuresTemplate,
  getYear,
  importFigures,
  listYears,
  openYear,
} from '../../../workflow/water-fund/services/index.ts';
import { at, jsonBody, jsonResponse, secured, stepRefusals } from '../hq/support.ts';
import {
  FiguresBody,
  OpenYearBody,
  TemplateQuery,
  YearDetailSchema,
  YearParams,
  YearSummarySchema,
} from './schemas.ts';
import { fileResponse, officesOnly, tags, waterReaders, type WaterApp } from './support.ts';

const read = waterReaders({ zh: '查看资金年度', en: 'read fund years' });

const listRoute = createRoute({
  method: 'get',
  path: '/api/water/years',
  tags,
  ...secured,
  summary: '资金年度列表 / fund years, newest first',
  middleware: [read],
  responses: { 200: jsonResponse(z.array(YearSummarySchema), 'The years'), ...stepRefusals },
});

const openRoute = createRoute({
  method: 'post',
  path: '/api/water/years',
  tags,
  ...secured,
  summary: '开启资金年度 / open a fund year (finance; W2)',
  description:
    'Creates the payers’ contribution lines and the city’s 100,000,000.00 (W2, WD4); figures and ' +
    'self-evaluations due 31 March of the next year (W7, W9).',
  middleware: [officesOnly({ zh: '开启资金年度', en: 'open a fund year' })],
  request: { body: jsonBody(OpenYearBody) },
  responses: { 201: jsonResponse(YearSummarySchema, 'Opened'), ...stepRefusals },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/water/years/{year}',
  tags,
  ...secured,
  summary: '资金年度及数据 / a year with every figure (W5, W7)',
  middleware: [read],
  request: { params: YearParams },
  responses: { 200: jsonResponse(YearDetailSchema, 'The year'), ...stepRefusals },
});

const figuresRoute = createRoute({
  method: 'put',
  path: '/api/water/years/{year}/figures',
  tags,
  ...secured,
  summary: '报送数据 / enter figures (the owning office; all or nothing)',
  description: 'After figuresDueOn the figures are still taken, each marked late.',
  middleware: [officesOnly({ zh: '报送数据', en: 'enter figures' })],
  request: { params: YearParams, body: jsonBody(FiguresBody) },
  responses: { 200: jsonResponse(YearDetailSchema, 'The year'), ...stepRefusals },
});

const fileField = z
  .custom<File>((value) => value instanceof File, 'file_required')
  .openapi({ type: 'string', format: 'binary', description: '.csv (UTF-8) or .xlsx' });

const importRoute = createRoute({
  method: 'post',
  path: '/api/water/years/{year}/figures/import',
  tags,
  ...secured,
  summary: '导入数据 / import the office’s figures from CSV or .xlsx (all or nothing)',
  middleware: [
    officesOnly({ zh: '导入数据', en: 'import figures' }),
    tableUploadLimit,
    heavyImport,
  ],
  request: {
    params: YearParams,
    body: {
      content: { 'multipart/form-data': { schema: z.object({ file: fileField }) } },
      required: true,
    },
  },
  responses: {
    200: jsonResponse(YearDetailSchema.extend({ imported: z.number().int() }), 'The year'),
    ...stepRefusals,
    ...tooLargeRefusal,
    ...busyRefusal,
  },
});

const templateRoute = createRoute({
  method: 'get',
  path: '/api/water/years/{year}/figures/template',
  tags,
  ...secured,
  summary: '导入模板 / an office’s import layout as .xlsx',
  middleware: [read],
  request: { params: YearParams, query: TemplateQuery },
  responses: {
    200: {
      description: 'The workbook',
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
          schema: z.string().openapi({ format: 'binary' }),
        },
      },
    },
    ...stepRefusals,
  },
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Years and their figures. */
export function registerYears(app: WaterApp): void {
  app.openapi(listRoute, async (c) => c.json(await listYears(c.var.db, c.var.actor!), 200));
  app.openapi(openRoute, async (c) =>
    c.json(await openYear(c.var.db, c.var.actor!, c.req.valid('json'), at(c)), 201),
  );
  app.openapi(getRoute, async (c) =>
    c.json(await getYear(c.var.db, c.var.actor!, c.req.valid('param'), at(c)), 200),
  );
  app.openapi(figuresRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await enterFigures(c.var.db, c.var.actor!, input, at(c)), 200);
  });
  app.openapi(importRoute, async (c) => {
    const { file } = c.req.valid('form');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const input = { ...c.req.valid('param'), fileName: file.name, bytes };
    return c.json(await importFigures(c.var.db, c.var.actor!, input, at(c)), 200);
  });
  app.openapi(templateRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('query') };
    const { fileName, bytes } = await figuresTemplate(c.var.db, c.var.actor!, input, at(c));
    return fileResponse(bytes, fileName, XLSX);
  });
}
