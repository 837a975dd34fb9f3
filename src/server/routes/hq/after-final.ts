import { createRoute, z } from '@hono/zod-openapi';
import { APPLICATION_MACHINE } from '../../../workflow/hq-rating/application-machine.ts';
import { BENEFIT_KINDS, SUPPORT_KINDS } from '../../../workflow/hq-rating/benefits.ts';
import {
  claimBenefit,
  decideReReview,
  listReReviewRequests,
  listRevocations,
  listSupports,
  recordSupport,
  requestReReview,
  revokeRating,
} from '../../../workflow/hq-rating/services/index.ts';
import { ApplicationParams } from './applications.ts';
import {
  ClaimSchema,
  LocalizedSchema,
  ReasonBodySchema,
  ReReviewRequestSchema,
} from './schemas.ts';
import {
  at,
  cityOnly,
  idParams,
  jsonBody,
  jsonResponse,
  secured,
  stepGuard,
  refusals,
  stepRefusals,
  uuidField,
  type HqApp,
} from './support.ts';

const tags = ['hq: after final'];

const ClaimInputSchema = z
  .strictObject({
    kind: z.enum(BENEFIT_KINDS),
    amountYuan: z
      .string()
      .optional()
      .openapi({ description: 'Decimal text in yuan', example: '360000' }),
    note: z.string().optional(),
  })
  .openapi('BenefitClaimInput');

const claimRoute = createRoute({
  method: 'post',
  path: '/api/hq/applications/{applicationId}/benefit-claims',
  tags,
  ...secured,
  summary: '申请政策兑现 / claim a benefit of the rating in effect (R15)',
  description:
    'The stars must reach the benefit’s level; rent and purchase subsidies need no own office ' +
    'and exclude each other; no benefit twice (R16).',
  middleware: [stepGuard(APPLICATION_MACHINE, 'claim_benefit')],
  request: { params: ApplicationParams, body: jsonBody(ClaimInputSchema) },
  responses: { 201: jsonResponse(ClaimSchema, 'Claimed'), ...stepRefusals },
});

const SupportSchema = z
  .strictObject({
    kind: z.enum(SUPPORT_KINDS),
    note: z.string().openapi({ example: '推送地块信息 3 宗' }),
  })
  .openapi('SupportNote');

const supportRoute = createRoute({
  method: 'post',
  path: '/api/hq/applications/{applicationId}/supports',
  tags,
  ...secured,
  summary: '记录要素支持 / note land, finance or credit support (88号 四、3)',
  middleware: [stepGuard(APPLICATION_MACHINE, 'record_support')],
  request: { params: ApplicationParams, body: jsonBody(SupportSchema) },
  responses: {
    201: jsonResponse(SupportSchema.extend({ id: z.string() }), 'Recorded'),
    ...stepRefusals,
  },
});

const requestRoute = createRoute({
  method: 'post',
  path: '/api/hq/applications/{applicationId}/re-review-requests',
  tags,
  ...secured,
  summary: '申请复评 / request a re-review of the rating (R13)',
  description: 'One open request at a time, while the rating is in effect.',
  middleware: [stepGuard(APPLICATION_MACHINE, 'request_re_review')],
  request: { params: ApplicationParams, body: jsonBody(ReasonBodySchema) },
  responses: { 201: jsonResponse(ReReviewRequestSchema, 'Requested'), ...stepRefusals },
});

const ReReviewEntrySchema = ReReviewRequestSchema.omit({ requestedBy: true, decidedBy: true })
  .extend({
    batchId: z.string(),
    name: z.string(),
    uscc: z.string(),
    county: z.string(),
    stars: z.number().int().nullable().openapi({ description: 'The stars in effect now' }),
    validUntil: z.string().nullable(),
    lapsed: z.boolean().openapi({
      description: 'The rating is final and past its last day on the procedure’s date (R13)',
    }),
  })
  .openapi('ReReviewListEntry');

const listRequestsRoute = createRoute({
  method: 'get',
  path: '/api/hq/re-review-requests',
  tags,
  ...secured,
  summary: '复评申请清单 / re-review requests, open ones first (city roles)',
  middleware: [cityOnly({ zh: '查看复评申请清单', en: 'read the re-review requests' })],
  request: {
    query: z.object({
      state: z.enum(['open', 'decided']).optional(),
      batch: uuidField.optional().openapi({ description: 'Only this batch' }),
    }),
  },
  responses: {
    200: jsonResponse(z.object({ requests: z.array(ReReviewEntrySchema) }), 'The requests'),
    ...refusals,
  },
});

const DecisionSchema = z
  .strictObject({
    outcome: z.enum(['kept', 'changed']),
    newStars: z.number().int().optional().openapi({ description: 'Required when changed' }),
    reason: z.string().openapi({ example: '维持原评定' }),
  })
  .openapi('ReReviewDecision');

const EndedClaims = z.array(ClaimSchema).openapi({ description: 'Benefits that end with it' });

const decideRoute = createRoute({
  method: 'post',
  path: '/api/hq/re-review-requests/{requestId}/decide',
  tags,
  ...secured,
  summary: '作出复评结论 / decide a re-review request',
  description: 'When the stars change, benefits above the new level end.',
  middleware: [stepGuard(APPLICATION_MACHINE, 'decide_re_review')],
  request: { params: idParams('requestId'), body: jsonBody(DecisionSchema) },
  responses: {
    200: jsonResponse(
      z.object({ request: ReReviewRequestSchema, endedClaims: EndedClaims }),
      'Decided',
    ),
    ...stepRefusals,
  },
});

const RevokeSchema = z
  .strictObject({
    reason: z.number().int().openapi({ description: 'R14 ground (1)-(4)', example: 3 }),
    note: z.string().openapi({ example: '2026-05-10 列入严重失信主体名单' }),
  })
  .openapi('Revocation');

const revokeRoute = createRoute({
  method: 'post',
  path: '/api/hq/applications/{applicationId}/revoke',
  tags,
  ...secured,
  summary: '取消星级资格 / revoke a rating (R14), ending its benefits',
  middleware: [stepGuard(APPLICATION_MACHINE, 'revoke')],
  request: { params: ApplicationParams, body: jsonBody(RevokeSchema) },
  responses: {
    200: jsonResponse(
      z.object({ applicationId: z.string(), reason: z.number().int(), endedClaims: EndedClaims }),
      'Revoked',
    ),
    ...stepRefusals,
  },
});

const RecordQuery = z.object({
  batch: uuidField.optional().openapi({ description: 'Only this batch' }),
  application: uuidField.optional().openapi({ description: 'Only this application' }),
});

const EnterpriseFields = {
  applicationId: z.string(),
  batchId: z.string(),
  batchTitle: z.string(),
  name: z.string(),
  uscc: z.string(),
  county: z.string(),
};

const RevocationEntrySchema = z
  .object({
    ...EnterpriseFields,
    id: z.string(),
    reason: z.number().int().openapi({ description: 'The ground, (1)-(4)' }),
    ground: LocalizedSchema.openapi({ description: 'The ground in 88号’s words' }),
    article: z.string().openapi({ example: '88号 五、3' }),
    note: z.string(),
    decidedByName: z.string(),
    decidedAt: z.string(),
    effectiveOn: z.string(),
  })
  .openapi('RevocationEntry');

const listRevocationsRoute = createRoute({
  method: 'get',
  path: '/api/hq/revocations',
  tags,
  ...secured,
  summary: '取消资格记录 / withdrawn ratings, newest first (city roles)',
  middleware: [cityOnly({ zh: '查看取消资格记录', en: 'read the revocations' })],
  request: { query: RecordQuery },
  responses: {
    200: jsonResponse(z.object({ revocations: z.array(RevocationEntrySchema) }), 'Newest first'),
    ...refusals,
  },
});

const SupportEntrySchema = z
  .object({
    ...EnterpriseFields,
    id: z.string(),
    kind: z.enum(SUPPORT_KINDS),
    kindLabel: LocalizedSchema,
    article: z.string().openapi({ example: '88号 四、3' }),
    note: z.string(),
    recordedByName: z.string().nullable(),
    recordedAt: z.string(),
  })
  .openapi('SupportEntry');

const listSupportsRoute = createRoute({
  method: 'get',
  path: '/api/hq/supports',
  tags,
  ...secured,
  summary: '要素保障记录 / land, finance and credit support noted, newest first (city roles)',
  middleware: [cityOnly({ zh: '查看要素保障记录', en: 'read the support notes' })],
  request: { query: RecordQuery },
  responses: {
    200: jsonResponse(z.object({ supports: z.array(SupportEntrySchema) }), 'Newest first'),
    ...refusals,
  },
});

/** After final (R13-R16): benefits, support notes, re-review requests and their list, revocation. */
export function registerAfterFinal(app: HqApp): void {
  app.openapi(claimRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(await claimBenefit(c.var.db, c.var.actor!, input, at(c)), 201);
  });
  app.openapi(supportRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(await recordSupport(c.var.db, c.var.actor!, input, at(c)), 201);
  });
  app.openapi(requestRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(await requestReReview(c.var.db, c.var.actor!, input, at(c)), 201);
  });
  app.openapi(listRequestsRoute, async (c) => {
    const { state, batch } = c.req.valid('query');
    const requests = await listReReviewRequests(
      c.var.db,
      c.var.actor!,
      { state, batchId: batch },
      at(c),
    );
    return c.json({ requests }, 200);
  });
  app.openapi(decideRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(await decideReReview(c.var.db, c.var.actor!, input, at(c)), 200);
  });
  app.openapi(listRevocationsRoute, async (c) => {
    const { batch, application } = c.req.valid('query');
    const filter = { batchId: batch, applicationId: application };
    return c.json({ revocations: await listRevocations(c.var.db, c.var.actor!, filter) }, 200);
  });
  app.openapi(listSupportsRoute, async (c) => {
    const { batch, application } = c.req.valid('query');
    const filter = { batchId: batch, applicationId: application };
    return c.json({ supports: await listSupports(c.var.db, c.var.actor!, filter) }, 200);
  });
  app.openapi(revokeRoute, async (c) => {
    const { reason, note } = c.req.valid('json');
    // The service checks the ground is one of R14's four and names the field if not.
    const input = { ...c.req.valid('param'), reason: reason as 1 | 2 | 3 | 4, note };
    return c.json(await revokeRating(c.var.db, c.var.actor!, input, at(c)), 200);
  });
}
