import { createRoute, z } from '@hono/zod-openapi';
import {
  allocationNoticePdf,
  getFlows,
  getLedger,
  markPaid,
} from '../../../workflow/water-fund/services/index.ts';
import { at, jsonBody, jsonResponse, secured, stepRefusals } from '../hq/support.ts';
import {
  FlowsSchema,
  LedgerLineSchema,
  LedgerSchema,
  LineParams,
  PaidBody,
  YearParams,
} from './schemas.ts';
import { fileResponse, officesOnly, waterReaders, type WaterApp } from './support.ts';

const tags = ['water: ledger'];

const ledgerRoute = createRoute({
  method: 'get',
  path: '/api/water/years/{year}/ledger',
  tags,
  ...secured,
  summary: '资金台账 / the year’s ledger (a county: its own lines)',
  middleware: [waterReaders({ zh: '查看资金台账', en: 'read the ledger' })],
  request: { params: YearParams },
  responses: { 200: jsonResponse(LedgerSchema, 'Lines and exact totals'), ...stepRefusals },
});

const paidRoute = createRoute({
  method: 'post',
  path: '/api/water/ledger/{lineId}/paid',
  tags,
  ...secured,
  summary: '登记到账 / mark a line paid (finance)',
  middleware: [officesOnly({ zh: '登记资金到账', en: 'record a payment' })],
  request: { params: LineParams, body: jsonBody(PaidBody) },
  responses: { 200: jsonResponse(LedgerLineSchema, 'The line'), ...stepRefusals },
});

const flowsRoute = createRoute({
  method: 'get',
  path: '/api/water/years/{year}/flows',
  tags,
  ...secured,
  summary: '资金流向 / payers and city → fund → receivers, for a chart',
  middleware: [waterReaders({ zh: '查看资金流向', en: 'read the flows' })],
  request: { params: YearParams },
  responses: { 200: jsonResponse(FlowsSchema, 'The flows'), ...stepRefusals },
});

const noticeRoute = createRoute({
  method: 'get',
  path: '/api/water/years/{year}/allocation-notice.pdf',
  tags,
  ...secured,
  summary: '资金分配通知（PDF） / the allocation notice of an allocated year',
  middleware: [waterReaders({ zh: '下载分配通知', en: 'download the allocation notice' })],
  request: { params: YearParams },
  responses: {
    200: {
      description: 'The notice, A4',
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...stepRefusals,
  },
});

/** The ledger, its payments, the flows and the allocation notice. */
export function registerLedger(app: WaterApp): void {
  app.openapi(ledgerRoute, async (c) =>
    c.json(await getLedger(c.var.db, c.var.actor!, c.req.valid('param')), 200),
  );
  app.openapi(paidRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await markPaid(c.var.db, c.var.actor!, input, at(c)), 200);
  });
  app.openapi(flowsRoute, async (c) =>
    c.json(await getFlows(c.var.db, c.var.actor!, c.req.valid('param')), 200),
  );
  app.openapi(noticeRoute, async (c) => {
    const { pdf, fileName } = await allocationNoticePdf(
      c.var.db,
      c.var.actor!,
      c.req.valid('param'),
      at(c),
    );
    return fileResponse(pdf, fileName, 'application/pdf');
  });
}
