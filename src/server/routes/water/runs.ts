import { createRoute, z } from '@hono/zod-openapi';
import {
  approveRun,
  getRun,
  listRuns,
  runAllocation,
} from '../../../workflow/water-fund/services/index.ts';
import { at, jsonBody, jsonResponse, secured, stepRefusals } from '../hq/support.ts';
import { ApproveBody, RunDetailSchema, RunParams, RunSchema, YearParams } from './schemas.ts';
import { officesOnly, waterReaders, type WaterApp } from './support.ts';

const tags = ['water: allocation runs'];
const read = waterReaders({ zh: '查看分配计算', en: 'read allocation runs' });

const runRoute = createRoute({
  method: 'post',
  path: '/api/water/years/{year}/runs',
  tags,
  ...secured,
  summary: '计算资金分配 / run the allocation (natural resources; W4-W7, WD1-WD3)',
  description: 'Refused with every missing figure named; WD3 zero totals refused by the method.',
  middleware: [officesOnly({ zh: '计算资金分配', en: 'run the allocation' })],
  request: { params: YearParams },
  responses: { 201: jsonResponse(RunSchema, 'The run'), ...stepRefusals },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/water/years/{year}/runs',
  tags,
  ...secured,
  summary: '分配计算列表 / the year’s runs, oldest first (counties: the approved one)',
  middleware: [read],
  request: { params: YearParams },
  responses: { 200: jsonResponse(z.array(RunSchema), 'The runs'), ...stepRefusals },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/water/runs/{runId}',
  tags,
  ...secured,
  summary: '查看分配计算及说明 / one run with each receiver’s explanation',
  middleware: [read],
  request: { params: RunParams },
  responses: { 200: jsonResponse(RunDetailSchema, 'The run'), ...stepRefusals },
});

const approveRoute = createRoute({
  method: 'post',
  path: '/api/water/runs/{runId}/approve',
  tags,
  ...secured,
  summary: '审定资金分配 / approve a run (natural resources): the year is allocated',
  middleware: [officesOnly({ zh: '审定资金分配', en: 'approve the allocation' })],
  request: { params: RunParams, body: jsonBody(ApproveBody, false) },
  responses: { 200: jsonResponse(RunSchema, 'Approved'), ...stepRefusals },
});

/** Allocation runs: make, list, read with explanations, approve. */
export function registerRuns(app: WaterApp): void {
  app.openapi(runRoute, async (c) =>
    c.json(await runAllocation(c.var.db, c.var.actor!, c.req.valid('param'), at(c)), 201),
  );
  app.openapi(listRoute, async (c) =>
    c.json(await listRuns(c.var.db, c.var.actor!, c.req.valid('param')), 200),
  );
  app.openapi(getRoute, async (c) => {
    const input = { ...c.req.valid('param'), lang: c.var.lang };
    return c.json(await getRun(c.var.db, c.var.actor!, input), 200);
  });
  app.openapi(approveRoute, async (c) => {
    const body =
      (c.req.valid('json') as { note?: string; documentNumber?: string } | undefined) ?? {};
    const input = {
      ...c.req.valid('param'),
      note: body.note ?? '',
      documentNumber: body.documentNumber ?? '',
    };
    return c.json(await approveRun(c.var.db, c.var.actor!, input, at(c)), 200);
  });
}
