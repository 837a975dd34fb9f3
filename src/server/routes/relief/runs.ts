import { createRoute, z } from '@hono/zod-openapi';
import {
  approveRun,
  computeRun,
  explainRunFamily,
  getFund,
  getRun,
  listRuns,
  payRelief,
  recordReceipt,
} from '../../../workflow/relief-pilot/services/index.ts';
import { checkFundYearDate } from '../../fields.ts';
import { idField } from '../hq/support.ts';
import {
  ApproveBody,
  ExplanationSchema,
  FundSchema,
  PaymentBody,
  PaymentsSchema,
  ReceiptBody,
  ReceiptSchema,
  RunSchema,
} from './schemas.ts';
import {
  at,
  idParam,
  jsonBody,
  jsonResponse,
  reliefRoles,
  secured,
  stepRefusals,
  YearParams,
  type ReliefApp,
} from './support.ts';

const tags = ['relief: runs and fund'];
const RunParams = idParam('runId');
const offices = reliefRoles({ zh: '办理化解与基金', en: 'handle relief and the fund' });

const computeRoute = createRoute({
  method: 'post',
  path: '/api/relief/years/{year}/runs',
  tags,
  ...secured,
  summary: '计算化解金额 / compute the year’s relief (medical insurance, M3, MD1-MD4)',
  middleware: [offices],
  request: { params: YearParams },
  responses: { 201: jsonResponse(RunSchema, 'The run, whole'), ...stepRefusals },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/relief/years/{year}/runs',
  tags,
  ...secured,
  summary: '化解计算列表 / a year’s runs, newest first, without families',
  middleware: [offices],
  request: { params: YearParams },
  responses: {
    200: jsonResponse(
      z.object({ runs: z.array(RunSchema.omit({ families: true })) }),
      'Newest first',
    ),
    ...stepRefusals,
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/relief/runs/{runId}',
  tags,
  ...secured,
  summary: '查看化解计算 / one run (medical insurance, charity federation)',
  middleware: [offices],
  request: { params: RunParams },
  responses: { 200: jsonResponse(RunSchema, 'The run'), ...stepRefusals },
});

const explainRoute = createRoute({
  method: 'get',
  path: '/api/relief/runs/{runId}/families/{familyId}/explanation',
  tags,
  ...secured,
  summary: '化解金额说明 / every step of one family’s relief, with rule and article',
  middleware: [offices],
  request: { params: z.object({ runId: idField('runId'), familyId: idField('familyId') }) },
  responses: { 200: jsonResponse(ExplanationSchema, 'The steps'), ...stepRefusals },
});

const approveRoute = createRoute({
  method: 'post',
  path: '/api/relief/runs/{runId}/approve',
  tags,
  ...secured,
  summary: '审批化解结果 / approve the year’s latest run (charity federation, M4)',
  middleware: [offices],
  request: { params: RunParams, body: jsonBody(ApproveBody) },
  responses: { 200: jsonResponse(RunSchema, 'Approved'), ...stepRefusals },
});

const payRoute = createRoute({
  method: 'post',
  path: '/api/relief/runs/{runId}/payments',
  tags,
  ...secured,
  summary: '拨付化解资金 / pay one family, or all of an approved run (charity federation)',
  description:
    'Refused past a county’s balance (naming county, balance and amount) and for a family paid already this year. `all` is all or nothing.',
  middleware: [offices],
  request: { params: RunParams, body: jsonBody(PaymentBody) },
  responses: { 201: jsonResponse(PaymentsSchema, 'Paid'), ...stepRefusals },
});

const fundRoute = createRoute({
  method: 'get',
  path: '/api/relief/years/{year}/fund',
  tags,
  ...secured,
  summary: '试点县基金 / the fund of each pilot county (M2, M4)',
  middleware: [offices],
  request: { params: YearParams },
  responses: {
    200: jsonResponse(FundSchema, 'Every pilot county and the totals'),
    ...stepRefusals,
  },
});

const RECEIVED_ON = { column: 'receivedOn', label: { zh: '到账日期', en: 'Date received' } };

const receiptRoute = createRoute({
  method: 'post',
  path: '/api/relief/years/{year}/fund/receipts',
  tags,
  ...secured,
  summary: '登记基金到账 / record money received (charity federation, M4)',
  middleware: [offices],
  request: { params: YearParams, body: jsonBody(ReceiptBody) },
  responses: { 201: jsonResponse(ReceiptSchema, 'Recorded'), ...stepRefusals },
});

/** Runs, approval, the fund and payments. */
export function registerReliefRuns(app: ReliefApp): void {
  app.openapi(computeRoute, async (c) => {
    return c.json(await computeRun(c.var.db, c.var.actor, c.req.valid('param'), at(c)), 201);
  });
  app.openapi(listRoute, async (c) => {
    return c.json({ runs: await listRuns(c.var.db, c.var.actor, c.req.valid('param')) }, 200);
  });
  app.openapi(getRoute, async (c) => {
    return c.json(await getRun(c.var.db, c.var.actor, c.req.valid('param')), 200);
  });
  app.openapi(explainRoute, async (c) => {
    return c.json(await explainRunFamily(c.var.db, c.var.actor, c.req.valid('param')), 200);
  });
  app.openapi(approveRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await approveRun(c.var.db, c.var.actor, input, at(c)), 200);
  });
  app.openapi(payRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await payRelief(c.var.db, c.var.actor, input, at(c)), 201);
  });
  app.openapi(fundRoute, async (c) => {
    return c.json(await getFund(c.var.db, c.var.actor, c.req.valid('param')), 200);
  });
  app.openapi(receiptRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    checkFundYearDate(input.year, input.receivedOn, RECEIVED_ON);
    return c.json(await recordReceipt(c.var.db, c.var.actor, input, at(c)), 201);
  });
}
