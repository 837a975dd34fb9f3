import { createRoute, z } from '@hono/zod-openapi';
import {
  exportResults,
  getDashboard,
  listWarnings,
  recordVisit,
} from '../../../workflow/relief-pilot/services/index.ts';
import { rolesOnly } from '../../guards.ts';
import {
  DashboardSchema,
  VisitBody,
  VisitSchema,
  WarningListQuery,
  WarningListSchema,
} from './schemas.ts';
import {
  at,
  idParam,
  jsonBody,
  jsonResponse,
  refusals,
  reliefRoles,
  secured,
  stepRefusals,
  YearParams,
  type ReliefApp,
} from './support.ts';

const tags = ['relief: warnings, dashboard, results'];
const readWarnings = reliefRoles({ zh: '查看预警名单', en: 'read the warning list' });

const listRoute = createRoute({
  method: 'get',
  path: '/api/relief/years/{year}/warnings',
  tags,
  ...secured,
  summary: '预警名单 / the year’s open warnings (M6, MD3)',
  description: 'A township worker sees its own township only.',
  middleware: [readWarnings],
  request: { params: YearParams, query: WarningListQuery },
  responses: {
    200: jsonResponse(WarningListSchema, 'By county, township, family'),
    ...stepRefusals,
  },
});

const visitRoute = createRoute({
  method: 'post',
  path: '/api/relief/warnings/{warningId}/visits',
  tags,
  ...secured,
  summary: '登记走访核实 / record a visit (the family’s township, or medical insurance)',
  middleware: [readWarnings],
  request: { params: idParam('warningId'), body: jsonBody(VisitBody) },
  responses: { 201: jsonResponse(VisitSchema, 'Recorded'), ...stepRefusals },
});

const dashboardRoute = createRoute({
  method: 'get',
  path: '/api/relief/years/{year}/dashboard',
  tags,
  ...secured,
  summary: '工作看板 / the M2 targets by pilot county and in total',
  middleware: [
    rolesOnly(['relief_office', 'relief_township', 'admin'], {
      zh: '查看工作看板',
      en: 'read the dashboard',
    }),
  ],
  request: { params: YearParams },
  responses: { 200: jsonResponse(DashboardSchema, 'Counties and total'), ...stepRefusals },
});

const fileResponse = {
  description: 'The file, masked by role as the screens are',
  content: {
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
      schema: z.string().openapi({ format: 'binary' }),
    },
    'text/csv': { schema: z.string() },
  },
};

const exportRoute = (format: 'xlsx' | 'csv') =>
  createRoute({
    method: 'get',
    path: `/api/relief/years/{year}/results.${format}`,
    tags,
    ...secured,
    summary: `化解结果 ${format} / the year’s results as .${format}`,
    middleware: [readWarnings],
    request: { params: YearParams },
    responses: { 200: fileResponse, ...refusals, 409: stepRefusals[409] },
  });

/** Warnings, visits, the dashboard and the results file. */
export function registerReliefWarnings(app: ReliefApp): void {
  app.openapi(listRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('query') };
    return c.json(await listWarnings(c.var.db, c.var.actor, input), 200);
  });
  app.openapi(visitRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await recordVisit(c.var.db, c.var.actor, input, at(c)), 201);
  });
  app.openapi(dashboardRoute, async (c) => {
    return c.json(await getDashboard(c.var.db, c.var.actor, c.req.valid('param')), 200);
  });
  for (const format of ['xlsx', 'csv'] as const) {
    app.openapi(exportRoute(format), async (c) => {
      const file = await exportResults(c.var.db, c.var.actor, { ...c.req.valid('param'), format });
      return new Response(file.bytes, {
        status: 200,
        headers: {
          'content-type': file.contentType,
          'content-length': String(file.bytes.length),
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
          'x-content-type-options': 'nosniff',
          'cache-control': 'private, no-store',
        },
      });
    });
  }
}
