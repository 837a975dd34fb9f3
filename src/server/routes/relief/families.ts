import { createRoute, z } from '@hono/zod-openapi';
import {
  createFamily,
  getFamily,
  importCosts,
  importFamilies,
  importTemplate,
  listFamilies,
  putCosts,
  replaceMembers,
  setCategory,
} from '../../../workflow/relief-pilot/services/index.ts';
import {
  CategoryBody,
  CostBody,
  CostImportResultSchema,
  CostSchema,
  FamilyCreateBody,
  FamilyDetailSchema,
  FamilyListQuery,
  FamilyListSchema,
  ImportResultSchema,
  MembersBody,
  YearField,
} from './schemas.ts';
import { heavyImport } from '../../request-limits.ts';
import {
  at,
  FileForm,
  idParam,
  jsonBody,
  jsonResponse,
  reliefRoles,
  secured,
  stepRefusals,
  tableFile,
  uploadLimit,
  uploadRefusal,
  YearParams,
  type ReliefApp,
} from './support.ts';

const tags = ['relief: families and costs'];
const FamilyParams = idParam('familyId');
const readFamilies = reliefRoles({ zh: '查看医保纾困家庭', en: 'read the pilot’s families' });
const keepFamilies = reliefRoles({ zh: '维护医保纾困家庭', en: 'keep the pilot’s families' });

const listRoute = createRoute({
  method: 'get',
  path: '/api/relief/families',
  tags,
  ...secured,
  summary: '家庭名单 / the families, as the role may see them',
  description:
    'A township worker gets its own township whatever it asks. ID numbers masked for the federation and townships.',
  middleware: [readFamilies],
  request: { query: FamilyListQuery },
  responses: { 200: jsonResponse(FamilyListSchema, 'One page'), ...stepRefusals },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/relief/families/{familyId}',
  tags,
  ...secured,
  summary: '家庭详情 / one family with its members (and costs for medical insurance)',
  description: 'Every call writes the audit record `relief.family.view`.',
  middleware: [readFamilies],
  request: { params: FamilyParams, query: z.object({ year: YearField.optional() }) },
  responses: { 200: jsonResponse(FamilyDetailSchema, 'The family'), ...stepRefusals },
});

const createRouteDef = createRoute({
  method: 'post',
  path: '/api/relief/families',
  tags,
  ...secured,
  summary: '登记家庭 / register a family with its members (medical insurance)',
  middleware: [keepFamilies],
  request: { body: jsonBody(FamilyCreateBody) },
  responses: { 201: jsonResponse(FamilyDetailSchema, 'Registered'), ...stepRefusals },
});

const categoryRoute = createRoute({
  method: 'put',
  path: '/api/relief/families/{familyId}/category',
  tags,
  ...secured,
  summary: '认定类别 / decide the category (civil affairs, M1)',
  middleware: [keepFamilies],
  request: { params: FamilyParams, body: jsonBody(CategoryBody) },
  responses: { 200: jsonResponse(FamilyDetailSchema, 'The family'), ...stepRefusals },
});

const membersRoute = createRoute({
  method: 'put',
  path: '/api/relief/families/{familyId}/members',
  tags,
  ...secured,
  summary: '变更成员及参保 / replace a family’s members and enrolment (medical insurance, M5)',
  description: 'Rebuilds the family’s warnings (an uninsured member raises one, MD3).',
  middleware: [keepFamilies],
  request: { params: FamilyParams, body: jsonBody(MembersBody) },
  responses: { 200: jsonResponse(FamilyDetailSchema, 'The family'), ...stepRefusals },
});

const importRoute = createRoute({
  method: 'post',
  path: '/api/relief/families/import',
  tags,
  ...secured,
  summary: '导入家庭成员 / import families, one member a row (medical insurance)',
  description: 'All or nothing; every issue names its row and column, ID numbers masked.',
  middleware: [keepFamilies, uploadLimit, heavyImport],
  request: { body: { content: { 'multipart/form-data': { schema: FileForm } }, required: true } },
  responses: {
    201: jsonResponse(ImportResultSchema, 'Imported'),
    ...stepRefusals,
    ...uploadRefusal,
  },
});

const costRoute = createRoute({
  method: 'put',
  path: '/api/relief/families/{familyId}/costs/{year}',
  tags,
  ...secured,
  summary: '录入年度费用 / a family’s costs of a year by layer (medical insurance, MD1)',
  middleware: [keepFamilies],
  request: {
    params: FamilyParams.merge(YearParams),
    body: jsonBody(CostBody),
  },
  responses: {
    200: jsonResponse(CostSchema, 'Stored, with the out-of-pocket cost'),
    ...stepRefusals,
  },
});

const costImportRoute = createRoute({
  method: 'post',
  path: '/api/relief/years/{year}/costs/import',
  tags,
  ...secured,
  summary: '导入年度费用 / import a year’s costs, one family a row (medical insurance)',
  middleware: [keepFamilies, uploadLimit, heavyImport],
  request: {
    params: YearParams,
    body: { content: { 'multipart/form-data': { schema: FileForm } }, required: true },
  },
  responses: {
    201: jsonResponse(CostImportResultSchema, 'Imported'),
    ...stepRefusals,
    ...uploadRefusal,
  },
});

const templateRoute = (sheet: 'families' | 'costs', format: 'xlsx' | 'csv') =>
  createRoute({
    method: 'get',
    path: `/api/relief/templates/${sheet}.${format}`,
    tags,
    ...secured,
    summary: `导入模板 / the ${sheet} import template as .${format} (Chinese headers, an example marked 演示数据)`,
    middleware: [keepFamilies],
    responses: {
      200: {
        description: 'The template',
        content: {
          [format === 'xlsx'
            ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
            : 'text/csv']: { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
      ...stepRefusals,
    },
  });

/** Families, members, categories and costs. */
export function registerReliefFamilies(app: ReliefApp): void {
  app.openapi(listRoute, async (c) => {
    return c.json(await listFamilies(c.var.db, c.var.actor, c.req.valid('query'), at(c)), 200);
  });
  app.openapi(importRoute, async (c) => {
    const file = await tableFile(c.req.valid('form').file);
    return c.json(await importFamilies(c.var.db, c.var.actor, { file }, at(c)), 201);
  });
  app.openapi(getRoute, async (c) => {
    const { familyId } = c.req.valid('param');
    const { year } = c.req.valid('query');
    const input = year === undefined ? { familyId } : { familyId, year };
    return c.json(await getFamily(c.var.db, c.var.actor, input, at(c)), 200);
  });
  app.openapi(createRouteDef, async (c) => {
    return c.json(await createFamily(c.var.db, c.var.actor, c.req.valid('json'), at(c)), 201);
  });
  app.openapi(categoryRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await setCategory(c.var.db, c.var.actor, input, at(c)), 200);
  });
  app.openapi(membersRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await replaceMembers(c.var.db, c.var.actor, input, at(c)), 200);
  });
  app.openapi(costRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await putCosts(c.var.db, c.var.actor, input, at(c)), 200);
  });
  for (const sheet of ['families', 'costs'] as const) {
    for (const format of ['xlsx', 'csv'] as const) {
      app.openapi(templateRoute(sheet, format), async (c) => {
        const file = await importTemplate(c.var.actor, { sheet, format });
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
  app.openapi(costImportRoute, async (c) => {
    const file = await tableFile(c.req.valid('form').file);
    const { year } = c.req.valid('param');
    return c.json(await importCosts(c.var.db, c.var.actor, { year, file }, at(c)), 201);
  });
}
