import { createRoute, z } from '@hono/zod-openapi';
import {
  getSelfEvaluation,
  listSelfEvaluations,
  listUses,
  recordUse,
  submitSelfEvaluation,
  useCategories,
} from '../../../workflow/water-fund/services/index.ts';
import { at, jsonBody, jsonResponse, secured, signedIn, stepRefusals } from '../hq/support.ts';
import {
  SelfEvaluationBody,
  SelfEvaluationSchema,
  UseBody,
  UseCategoriesSchema,
  UseSchema,
  UsesSchema,
  YearParams,
} from './schemas.ts';
import { countiesOnly, waterReaders, type WaterApp } from './support.ts';

const tags = ['water: uses and self-evaluation'];

const categoriesRoute = createRoute({
  method: 'get',
  path: '/api/water/use-categories',
  tags,
  ...secured,
  summary: '资金用途 / allowed (28号 第十二条) and forbidden (第十三条) uses',
  middleware: [signedIn],
  responses: { 200: jsonResponse(UseCategoriesSchema, 'The categories'), ...stepRefusals },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/water/years/{year}/uses',
  tags,
  ...secured,
  summary: '资金使用 / recorded uses and balances (a county: its own)',
  middleware: [waterReaders({ zh: '查看资金使用', en: 'read the uses' })],
  request: { params: YearParams },
  responses: { 200: jsonResponse(UsesSchema, 'Uses and balances'), ...stepRefusals },
});

const recordRoute = createRoute({
  method: 'post',
  path: '/api/water/years/{year}/uses',
  tags,
  ...secured,
  summary: '填报资金使用 / record a use (receivers, once allocated; W8)',
  middleware: [countiesOnly({ zh: '填报资金使用', en: 'record a use' })],
  request: { params: YearParams, body: jsonBody(UseBody) },
  responses: { 201: jsonResponse(UseSchema, 'Recorded'), ...stepRefusals },
});

const EVALUATE = { zh: '绩效自评', en: 'the self-evaluation' };

const getEvaluationRoute = createRoute({
  method: 'get',
  path: '/api/water/years/{year}/self-evaluation',
  tags,
  ...secured,
  summary: '本地绩效自评 / the caller’s own self-evaluation (W9)',
  middleware: [countiesOnly(EVALUATE)],
  request: { params: YearParams },
  responses: { 200: jsonResponse(SelfEvaluationSchema, 'Nulls until submitted'), ...stepRefusals },
});

const putEvaluationRoute = createRoute({
  method: 'put',
  path: '/api/water/years/{year}/self-evaluation',
  tags,
  ...secured,
  summary: '报送绩效自评 / submit or replace the self-evaluation (W9)',
  middleware: [countiesOnly(EVALUATE)],
  request: { params: YearParams, body: jsonBody(SelfEvaluationBody) },
  responses: { 200: jsonResponse(SelfEvaluationSchema, 'Stored'), ...stepRefusals },
});

const listEvaluationsRoute = createRoute({
  method: 'get',
  path: '/api/water/years/{year}/self-evaluations',
  tags,
  ...secured,
  summary: '各地绩效自评 / every receiver’s self-evaluation (finance)',
  middleware: [waterReaders({ zh: '查看各地绩效自评', en: 'read the self-evaluations' })],
  request: { params: YearParams },
  responses: {
    200: jsonResponse(z.array(SelfEvaluationSchema), 'One per receiver'),
    ...stepRefusals,
  },
});

/** Uses of the transfers (W8) and the self-evaluations (W9). */
export function registerUses(app: WaterApp): void {
  app.openapi(categoriesRoute, (c) => c.json(useCategories(), 200));
  app.openapi(listRoute, async (c) =>
    c.json(await listUses(c.var.db, c.var.actor!, c.req.valid('param')), 200),
  );
  app.openapi(recordRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await recordUse(c.var.db, c.var.actor!, input, at(c)), 201);
  });
  app.openapi(getEvaluationRoute, async (c) =>
    c.json(await getSelfEvaluation(c.var.db, c.var.actor!, c.req.valid('param'), at(c)), 200),
  );
  app.openapi(putEvaluationRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await submitSelfEvaluation(c.var.db, c.var.actor!, input, at(c)), 200);
  });
  app.openapi(listEvaluationsRoute, async (c) =>
    c.json(await listSelfEvaluations(c.var.db, c.var.actor!, c.req.valid('param'), at(c)), 200),
  );
}
