import { createRoute, z } from '@hono/zod-openapi';
import { APPLICATION_STATES } from '../../../workflow/hq-rating/application-machine.ts';
import { OBJECTION_STATES } from '../../../workflow/hq-rating/objection-machine.ts';
import {
  fileObjection,
  listBatches,
  lookUpObjection,
  publishedList,
} from '../../../workflow/hq-rating/services/index.ts';
import { errorResponse } from '../../errors.ts';
import { textField } from '../../fields.ts';
import { LocalizedSchema, ObjectionSchema } from './schemas.ts';
import { at, idParams, jsonBody, jsonResponse, uuidField, type HqApp } from './support.ts';

const tags = ['public'];

/** What the public learns of a published batch: no run ids, no settings, no actions. */
const PublicBatchSchema = z
  .object({
    id: z.string(),
    year: z.number().int(),
    title: z.string(),
    state: z.enum(['publicity', 'final']),
    stateLabel: LocalizedSchema,
    publicityStartsOn: z.string().nullable(),
    publicityEndsOn: z.string().nullable(),
    finalOn: z.string().nullable(),
    synthetic: z.boolean().openapi({ description: 'Demo data (演示数据)' }),
  })
  .openapi('PublishedBatch');

const PublishedListSchema = z
  .object({
    batchId: z.string(),
    year: z.number().int(),
    title: z.string(),
    state: z.string(),
    runVersion: z.number().int().openapi({ description: 'The rating run the list comes from' }),
    publicityStartsOn: z.string().nullable(),
    publicityEndsOn: z.string().nullable(),
    synthetic: z.boolean(),
    entries: z.array(
      z.object({
        rank: z.number().int(),
        uscc: z.string(),
        name: z.string(),
        county: z.string(),
        stars: z.number().int(),
        total: z.string().openapi({ description: 'Rounded to the batch’s display places (D3)' }),
        status: z.enum(APPLICATION_STATES),
        statusLabel: LocalizedSchema,
        validUntil: z.string().nullable().openapi({ description: 'Last day of a final rating' }),
        lapsed: z.boolean().openapi({
          description: 'Final and past its last day on the procedure’s date (R13)',
        }),
      }),
    ),
  })
  .openapi('PublishedList');

const listsRoute = createRoute({
  method: 'get',
  path: '/api/public/hq/lists',
  tags,
  summary: '公示名单（批次） / published star-rating lists',
  description: 'Batches in publicity or final; nothing before publication. No sign-in.',
  responses: {
    200: jsonResponse(z.object({ batches: z.array(PublicBatchSchema) }), 'Newest first'),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/public/hq/lists/{batchId}',
  tags,
  summary: '公示名单 / one published list',
  description:
    'Rank, name, county, stars and total of each published enterprise; no contacts, no figures. ' +
    'A batch not yet published is "not found".',
  request: { params: idParams('batchId') },
  responses: {
    200: jsonResponse(PublishedListSchema, 'The list as published'),
    400: errorResponse('Malformed id'),
    404: errorResponse('No published list with this id'),
  },
});

const ObjectionFilingSchema = z
  .strictObject({
    batchId: uuidField,
    uscc: textField({ max: 18 }).openapi({
      example: '91330302MAR6FJP20Q',
      description: 'On the list',
    }),
    reason: textField({ max: 5000, multiline: true }).openapi({
      example: '该企业营业收入含市外子公司',
    }),
    contactName: textField({ max: 50 }).optional(),
    contactPhone: textField({ max: 30 }).optional().openapi({ example: '0577-88889999' }),
  })
  .openapi('ObjectionFiling');

const objectRoute = createRoute({
  method: 'post',
  path: '/api/public/hq/objections',
  tags,
  summary: '对公示名单提出异议 / object to an enterprise on a published list',
  description:
    'Anyone, signed in or not, during the publicity period only. The contact is seen by the ' +
    'city bureau only.',
  request: { body: jsonBody(ObjectionFilingSchema) },
  responses: {
    201: jsonResponse(ObjectionSchema, 'Filed'),
    400: errorResponse('A field is missing or breaks a rule'),
    404: errorResponse('No such published list, or the enterprise is not on it'),
    409: errorResponse('Outside the publicity period'),
  },
});

const LookupSchema = z
  .strictObject({
    receiptNo: textField({ max: 40 }).openapi({
      example: 'YY20260316-4K7QMZ',
      description: 'The 受理编号 shown when the objection was filed',
    }),
  })
  .openapi('ObjectionLookup');

const OutcomeSchema = z
  .object({
    receiptNo: z.string(),
    batchTitle: z.string(),
    name: z.string().openapi({ description: 'The enterprise objected to' }),
    filedAt: z.string(),
    state: z.enum(OBJECTION_STATES),
    stateLabel: LocalizedSchema,
    outcomeReason: z.string().nullable().openapi({ description: 'The bureau’s reason' }),
    figuresChanged: z.boolean(),
    resolvedAt: z.string().nullable(),
  })
  .openapi('ObjectionOutcome');

const lookupRoute = createRoute({
  method: 'post',
  path: '/api/public/hq/objection-lookup',
  tags,
  summary: '按受理编号查询异议结果 / the outcome of an objection, by its receipt number',
  description:
    'No sign-in; limited per client like the objection form. The enterprise, when it was filed ' +
    'and the outcome with its reason; never the objector’s words or contact. A POST, so the ' +
    'number stays out of addresses and logs.',
  request: { body: jsonBody(LookupSchema) },
  responses: {
    200: jsonResponse(OutcomeSchema, 'The outcome'),
    400: errorResponse('Not a receipt number'),
    404: errorResponse('No objection has this receipt number'),
    429: errorResponse('Too many look-ups from this client; try again later'),
  },
});

/** The public side of publicity (88号 三、5): the lists, and objections. No sign-in. */
export function registerPublic(app: HqApp): void {
  app.openapi(listsRoute, async (c) => {
    // As the public: a signed-in official's session must not widen what this page shows.
    const batches = (await listBatches(c.var.db, null)).map((b) => ({
      id: b.id,
      year: b.year,
      title: b.title,
      state: b.state as 'publicity' | 'final',
      stateLabel: b.stateLabel,
      publicityStartsOn: b.publicityStartsOn,
      publicityEndsOn: b.publicityEndsOn,
      finalOn: b.finalOn,
      synthetic: b.synthetic,
    }));
    return c.json({ batches }, 200);
  });
  app.openapi(listRoute, async (c) => {
    return c.json(await publishedList(c.var.db, null, c.req.valid('param'), at(c)), 200);
  });
  app.openapi(objectRoute, async (c) => {
    const objection = await fileObjection(c.var.db, c.var.actor, c.req.valid('json'), at(c));
    return c.json(objection, 201);
  });
  app.openapi(lookupRoute, async (c) => {
    return c.json(await lookUpObjection(c.var.db, c.req.valid('json')), 200);
  });
}
