import { createRoute, z } from '@hono/zod-openapi';
import { DEPARTMENTS } from '../../../workflow/actor.ts';
import { APPLICATION_MACHINE } from '../../../workflow/hq-rating/application-machine.ts';
import { BATCH_MACHINE } from '../../../workflow/hq-rating/batch-machine.ts';
import { ITEM_MACHINE, ITEM_STATES } from '../../../workflow/hq-rating/verification-items.ts';
import {
  applyItemSheet,
  correctItem,
  listItems,
  reReviewReject,
  startReReview,
  verifyItems,
} from '../../../workflow/hq-rating/services/index.ts';
import { ApplicationParams } from './applications.ts';
import { ApplicationSummarySchema, BatchSchema, ItemSchema, ReasonBodySchema } from './schemas.ts';
import {
  at,
  idParams,
  jsonBody,
  jsonResponse,
  rolesOnly,
  secured,
  stepGuard,
  stepRefusals,
  uuidField,
  type HqApp,
} from './support.ts';

const tags = ['hq: re-review'];
const ItemParams = idParams('itemId');

const startRoute = createRoute({
  method: 'post',
  path: '/api/hq/batches/{batchId}/start-re-review',
  tags,
  ...secured,
  summary: '启动复审 / start re-review',
  description:
    'Every reported application gets one verification item per department (88号 三、3); refused ' +
    'while a county has applications undecided or unreported.',
  middleware: [stepGuard(BATCH_MACHINE, 'start_re_review')],
  request: { params: idParams('batchId') },
  responses: { 200: jsonResponse(BatchSchema, 'The batch in re-review'), ...stepRefusals },
});

const rejectRoute = createRoute({
  method: 'post',
  path: '/api/hq/applications/{applicationId}/re-review-reject',
  tags,
  ...secured,
  summary: '复审不予通过 / reject at re-review (with the reason)',
  middleware: [stepGuard(APPLICATION_MACHINE, 're_review_reject')],
  request: { params: ApplicationParams, body: jsonBody(ReasonBodySchema) },
  responses: { 200: jsonResponse(ApplicationSummarySchema, 'Rejected'), ...stepRefusals },
});

const ItemsQuery = z.object({
  batch: uuidField.optional().openapi({ description: 'Only this batch' }),
  state: z.enum(ITEM_STATES).optional(),
  department: z.enum(DEPARTMENTS).optional().openapi({ description: 'City roles only' }),
});

const ItemListSchema = z.object({
  items: z.array(
    ItemSchema.extend({
      applicationName: z.string(),
      uscc: z.string(),
      actions: z.array(z.string()).openapi({
        description:
          'The department’s steps on the item now: none once its application is rejected or the batch is past re-review',
        example: ['verify', 'correct'],
      }),
    }).openapi('QueuedItem'),
  ),
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/hq/items',
  tags,
  ...secured,
  summary: '核实事项清单 / verification items (a department’s queue)',
  description: 'A department sees its own items, pending first; the city roles any.',
  middleware: [
    rolesOnly(['department', 'city_bureau', 'leading_group', 'admin'], {
      zh: '查看核实事项清单',
      en: 'read verification item lists',
    }),
  ],
  request: { query: ItemsQuery },
  responses: { 200: jsonResponse(ItemListSchema, 'Pending first'), ...stepRefusals },
});

const VerifyManySchema = z
  .strictObject({ itemIds: z.array(uuidField).openapi({ description: 'Your own items' }) })
  .openapi('ItemIds');

const verifyManyRoute = createRoute({
  method: 'post',
  path: '/api/hq/items/verify',
  tags,
  ...secured,
  summary: '批量核实无误 / verify several items as declared',
  description: 'All or none. An application whose last item is done becomes `verified`.',
  middleware: [stepGuard(ITEM_MACHINE, 'verify')],
  request: { body: jsonBody(VerifyManySchema) },
  responses: {
    200: jsonResponse(z.object({ items: z.array(ItemSchema) }), 'The items after the step'),
    ...stepRefusals,
  },
});

const verifyRoute = createRoute({
  method: 'post',
  path: '/api/hq/items/{itemId}/verify',
  tags,
  ...secured,
  summary: '核实无误 / verify an item as declared',
  middleware: [stepGuard(ITEM_MACHINE, 'verify')],
  request: { params: ItemParams },
  responses: { 200: jsonResponse(ItemSchema, 'Verified'), ...stepRefusals },
});

const CorrectionSchema = z
  .strictObject({
    value: z.string().openapi({
      description: 'The value found, in the form’s unit (亿元 / 万元 / a count)',
      example: '55.10',
    }),
    note: z.string().openapi({ example: '以税务系统申报数为准' }),
  })
  .openapi('ItemCorrection');

const correctRoute = createRoute({
  method: 'post',
  path: '/api/hq/items/{itemId}/correct',
  tags,
  ...secured,
  summary: '更正核实数据 / correct an item (value and note)',
  description: 'The enterprise sees the note on its timeline.',
  middleware: [stepGuard(ITEM_MACHINE, 'correct')],
  request: { params: ItemParams, body: jsonBody(CorrectionSchema) },
  responses: { 200: jsonResponse(ItemSchema, 'Corrected'), ...stepRefusals },
});

const SheetSchema = z
  .strictObject({
    itemIds: z.array(uuidField).openapi({ description: 'Rows confirming the declared figure' }),
    corrections: z
      .array(
        z.strictObject({
          itemId: uuidField,
          value: z.string().openapi({ example: '55.10' }),
          note: z.string().openapi({ example: '以税务系统申报数为准' }),
          row: z
            .number()
            .int()
            .optional()
            .openapi({ description: 'Row in the sheet, for messages' }),
        }),
      )
      .openapi({ description: 'Rows correcting the figure, each with its note' }),
  })
  .openapi('ItemSheet');

const sheetRoute = createRoute({
  method: 'post',
  path: '/api/hq/items/sheet',
  tags,
  ...secured,
  summary: '按核实结果表核实或更正 / apply a result sheet (verify and correct)',
  description: 'All or none: a refused row changes nothing.',
  middleware: [stepGuard(ITEM_MACHINE, 'verify')],
  request: { body: jsonBody(SheetSchema) },
  responses: {
    200: jsonResponse(z.object({ items: z.array(ItemSchema) }), 'The items after the step'),
    ...stepRefusals,
  },
});

/** Re-review: start, reject, and the departments' verification items. */
export function registerReReview(app: HqApp): void {
  app.openapi(startRoute, async (c) => {
    return c.json(await startReReview(c.var.db, c.var.actor!, c.req.valid('param'), at(c)), 200);
  });
  app.openapi(rejectRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(await reReviewReject(c.var.db, c.var.actor!, input, at(c)), 200);
  });
  app.openapi(listRoute, async (c) => {
    const { batch, ...filter } = c.req.valid('query');
    const input = { ...filter, ...(batch ? { batchId: batch } : {}) };
    return c.json({ items: await listItems(c.var.db, c.var.actor!, input, at(c)) }, 200);
  });
  app.openapi(verifyManyRoute, async (c) => {
    return c.json(
      { items: await verifyItems(c.var.db, c.var.actor!, c.req.valid('json'), at(c)) },
      200,
    );
  });
  app.openapi(sheetRoute, async (c) => {
    return c.json(
      { items: await applyItemSheet(c.var.db, c.var.actor!, c.req.valid('json'), at(c)) },
      200,
    );
  });
  app.openapi(verifyRoute, async (c) => {
    const { itemId } = c.req.valid('param');
    const [item] = await verifyItems(c.var.db, c.var.actor!, { itemIds: [itemId] }, at(c));
    return c.json(item!, 200);
  });
  app.openapi(correctRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(await correctItem(c.var.db, c.var.actor!, input, at(c)), 200);
  });
}
