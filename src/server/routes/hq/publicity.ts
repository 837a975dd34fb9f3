import { createRoute, z } from '@hono/zod-openapi';
import { ITEM_KEYS } from '../../../workflow/hq-rating/verification-items.ts';
import { BATCH_MACHINE } from '../../../workflow/hq-rating/batch-machine.ts';
import { OBJECTION_MACHINE } from '../../../workflow/hq-rating/objection-machine.ts';
import {
  finalizeBatch,
  listObjections,
  publishList,
  resolveObjection,
} from '../../../workflow/hq-rating/services/index.ts';
import { BatchSchema, ObjectionSchema } from './schemas.ts';
import {
  at,
  cityOnly,
  idParams,
  jsonBody,
  jsonResponse,
  secured,
  stepGuard,
  stepRefusals,
  type HqApp,
} from './support.ts';

const tags = ['hq: publicity'];
const BatchParams = idParams('batchId');

const PublishSchema = z
  .strictObject({
    startsOn: z.string().optional().openapi({
      description: 'First day of publicity, YYYY-MM-DD; today when left out, never earlier',
      example: '2026-03-02',
    }),
    documentNumber: z.string().optional().openapi({
      description:
        '发文字号 of the publicity notice, e.g. 温投促〔2026〕3号; left out or blank: the notice is a draft',
      example: '温投促〔2026〕3号',
    }),
  })
  .openapi('Publish');

const publishRoute = createRoute({
  method: 'post',
  path: '/api/hq/batches/{batchId}/publish',
  tags,
  ...secured,
  summary: '公示名单 / publish the approved list',
  description:
    'For the batch’s D7 working days on the statutory calendar (调休 included); a year the ' +
    'calendar does not cover is refused.',
  middleware: [stepGuard(BATCH_MACHINE, 'publish')],
  request: { params: BatchParams, body: jsonBody(PublishSchema, false) },
  responses: { 200: jsonResponse(BatchSchema, 'In publicity'), ...stepRefusals },
});

const finalizeRoute = createRoute({
  method: 'post',
  path: '/api/hq/batches/{batchId}/finalize',
  tags,
  ...secured,
  summary: '公示期满确认生效 / put the ratings in effect after publicity',
  description: 'After the last publicity day, once every objection is resolved (R13).',
  middleware: [stepGuard(BATCH_MACHINE, 'finalize')],
  request: { params: BatchParams },
  responses: { 200: jsonResponse(BatchSchema, 'Final'), ...stepRefusals },
});

const BureauObjectionSchema = ObjectionSchema.extend({
  name: z.string().openapi({ description: 'The enterprise objected to' }),
  uscc: z.string(),
  county: z.string(),
  resolvedByName: z.string().nullable(),
  contactName: z.string().nullable().optional().openapi({ description: 'City bureau only' }),
  contactPhone: z.string().nullable().optional().openapi({ description: 'City bureau only' }),
}).openapi('ObjectionWithContact');

const listRoute = createRoute({
  method: 'get',
  path: '/api/hq/batches/{batchId}/objections',
  tags,
  ...secured,
  summary: '异议列表 / a batch’s objections',
  description: 'The objector’s contact is shown to the bureau only, which answers them.',
  middleware: [cityOnly({ zh: '查看异议', en: 'read objections' })],
  request: { params: BatchParams },
  responses: {
    200: jsonResponse(z.object({ objections: z.array(BureauObjectionSchema) }), 'Oldest first'),
    ...stepRefusals,
  },
});

const ResolveSchema = z
  .strictObject({
    outcome: z.enum(['dismissed', 'upheld']),
    reason: z.string().openapi({ example: '经复核数据无误' }),
    corrections: z
      .array(
        z.strictObject({
          key: z.enum(ITEM_KEYS),
          value: z.string().openapi({ example: '20' }),
          note: z.string().openapi({ example: '剔除市外子公司收入' }),
        }),
      )
      .optional()
      .openapi({
        description:
          'Upheld only: figures found with the departments; they send the batch back to rating',
      }),
  })
  .openapi('ObjectionOutcome');

const resolveRoute = createRoute({
  method: 'post',
  path: '/api/hq/objections/{objectionId}/resolve',
  tags,
  ...secured,
  summary: '处理异议 / record the outcome of an objection',
  middleware: [stepGuard(OBJECTION_MACHINE, 'dismiss')],
  request: { params: idParams('objectionId'), body: jsonBody(ResolveSchema) },
  responses: { 200: jsonResponse(ObjectionSchema, 'Resolved'), ...stepRefusals },
});

/** Publicity (88号 三、5) as the bureau runs it: publish, objections, finalize. */
export function registerPublicity(app: HqApp): void {
  app.openapi(publishRoute, async (c) => {
    // The body is optional: a request without one publishes from today.
    const body = (c.req.valid('json') as z.infer<typeof PublishSchema> | undefined) ?? {};
    const input = { ...body, ...c.req.valid('param') };
    return c.json(await publishList(c.var.db, c.var.actor!, input, at(c)), 200);
  });
  app.openapi(finalizeRoute, async (c) => {
    return c.json(await finalizeBatch(c.var.db, c.var.actor!, c.req.valid('param'), at(c)), 200);
  });
  app.openapi(listRoute, async (c) => {
    const objections = await listObjections(c.var.db, c.var.actor!, c.req.valid('param'));
    return c.json({ objections }, 200);
  });
  app.openapi(resolveRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(await resolveObjection(c.var.db, c.var.actor!, input, at(c)), 200);
  });
}
