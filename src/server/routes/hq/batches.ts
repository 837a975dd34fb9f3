import { createRoute, z } from '@hono/zod-openapi';
import { BATCH_MACHINE } from '../../../workflow/hq-rating/batch-machine.ts';
import {
  closeBatch,
  createBatch,
  getBatch,
  listBatches,
  openBatch,
  updateBatch,
} from '../../../workflow/hq-rating/services/index.ts';
import { BatchSchema } from './schemas.ts';
import {
  at,
  createGuard,
  idParams,
  jsonBody,
  jsonResponse,
  refusals,
  secured,
  signedIn,
  stepGuard,
  stepRefusals,
  type HqApp,
} from './support.ts';

const tags = ['hq: batches'];
const batchJson = jsonResponse(BatchSchema, 'The batch, with the steps the caller may take next');
const BatchParams = idParams('batchId');

const dateText = (example: string) => z.string().openapi({ example, description: 'YYYY-MM-DD' });

/** The batch's fields; the service checks dates, their order and the rating date's parameters. */
const batchFields = {
  year: z.number().int().openapi({ example: 2025, description: 'D6 batch year Y' }),
  title: z.string().openapi({ example: '2025年度温州市总部企业星级评定' }),
  announcementText: z.string().openapi({ example: '根据温政办〔2023〕88号……' }),
  announcementOn: dateText('2025-11-03'),
  opensOn: dateText('2025-11-03'),
  closesOn: dateText('2025-12-15'),
  ratingDate: dateText('2026-02-02'),
  publicityStartsOn: dateText('2026-02-09').optional().openapi({
    description: 'Planned publicity start (公示开始日期（拟）); the end is counted from it (D7)',
  }),
  publicityWorkingDays: z.number().int().optional().openapi({ description: 'D7, default 7' }),
  settings: z
    .strictObject({
      noSpread: z.enum(['full_weight', 'zero']).optional().openapi({ description: 'D2' }),
      displayPlaces: z.number().int().optional().openapi({ description: 'D3, shown' }),
      exportPlaces: z.number().int().optional().openapi({ description: 'D3, exported' }),
    })
    .optional(),
  synthetic: z.boolean().optional().openapi({ description: 'Demo data (演示数据)' }),
};

const NewBatchSchema = z.strictObject(batchFields).openapi('NewBatch');
const BatchChangesSchema = z.strictObject(NewBatchSchema.partial().shape).openapi('BatchChanges');

const listRoute = createRoute({
  method: 'get',
  path: '/api/hq/batches',
  tags,
  ...secured,
  summary: '评定批次列表 / list batches',
  description:
    'City roles see drafts too; every other account sees announced batches. The public list is ' +
    '`GET /api/public/hq/lists`.',
  middleware: [signedIn],
  responses: {
    200: jsonResponse(z.object({ batches: z.array(BatchSchema) }), 'Newest year first'),
    ...refusals,
  },
});

const createBatchRoute = createRoute({
  method: 'post',
  path: '/api/hq/batches',
  tags,
  ...secured,
  summary: '新建评定批次 / create a batch (draft)',
  middleware: [createGuard(BATCH_MACHINE, { zh: '新建评定批次', en: 'create a batch' })],
  request: { body: jsonBody(NewBatchSchema) },
  responses: { 201: batchJson, ...stepRefusals },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/hq/batches/{batchId}',
  tags,
  ...secured,
  summary: '查看评定批次 / one batch',
  middleware: [signedIn],
  request: { params: BatchParams },
  responses: { 200: batchJson, ...stepRefusals },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/api/hq/batches/{batchId}',
  tags,
  ...secured,
  summary: '修改草拟批次 / edit a draft batch',
  description: 'Fields left out stay as they are. Only while the batch is a draft.',
  middleware: [stepGuard(BATCH_MACHINE, 'edit')],
  request: { params: BatchParams, body: jsonBody(BatchChangesSchema) },
  responses: { 200: batchJson, ...stepRefusals },
});

const step = (path: 'open' | 'close', summary: string, action: 'open' | 'close') =>
  createRoute({
    method: 'post',
    path: `/api/hq/batches/{batchId}/${path}`,
    tags,
    ...secured,
    summary,
    middleware: [stepGuard(BATCH_MACHINE, action)],
    request: { params: BatchParams },
    responses: { 200: batchJson, ...stepRefusals },
  });

const openRoute = step('open', '发布公告并开放申报 / open for applications (R12)', 'open');
const closeRoute = step(
  'close',
  '截止申报并进入初审 / close applications, start county pre-review',
  'close',
);

/** Batches: list, read, create, edit, open, close. */
export function registerBatches(app: HqApp): void {
  app.openapi(listRoute, async (c) => {
    return c.json({ batches: await listBatches(c.var.db, c.var.actor, at(c)) }, 200);
  });
  app.openapi(createBatchRoute, async (c) => {
    const batch = await createBatch(c.var.db, c.var.actor!, c.req.valid('json'), at(c));
    return c.json(batch, 201);
  });
  app.openapi(getRoute, async (c) => {
    return c.json(await getBatch(c.var.db, c.var.actor, c.req.valid('param'), at(c)), 200);
  });
  app.openapi(updateRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(await updateBatch(c.var.db, c.var.actor!, input, at(c)), 200);
  });
  app.openapi(openRoute, async (c) => {
    return c.json(await openBatch(c.var.db, c.var.actor!, c.req.valid('param'), at(c)), 200);
  });
  app.openapi(closeRoute, async (c) => {
    return c.json(await closeBatch(c.var.db, c.var.actor!, c.req.valid('param'), at(c)), 200);
  });
}
