import { createRoute, z } from '@hono/zod-openapi';
import { CLAIM_STATES } from '../../../store/schema/hq-after-final.ts';
import { APPLICATION_MACHINE } from '../../../workflow/hq-rating/application-machine.ts';
import {
  decideBenefitClaim,
  listBenefitClaims,
} from '../../../workflow/hq-rating/services/index.ts';
import { ClaimSchema } from './schemas.ts';
import {
  at,
  idParams,
  jsonBody,
  jsonResponse,
  refusals,
  rolesOnly,
  secured,
  stepGuard,
  stepRefusals,
  type HqApp,
} from './support.ts';

const tags = ['hq: after final'];

const ClaimQueueEntrySchema = ClaimSchema.extend({
  name: z.string(),
  uscc: z.string(),
  county: z.string(),
  stars: z.number().int().nullable(),
  validUntil: z.string().nullable(),
  lapsed: z.boolean().openapi({
    description: 'The rating is final and past its last day on the procedure’s date (R13)',
  }),
}).openapi('BenefitClaimQueueEntry');

const listRoute = createRoute({
  method: 'get',
  path: '/api/hq/benefit-claims',
  tags,
  ...secured,
  summary: '政策兑现申领 / benefit claims to grant, waiting ones first',
  description:
    'A county office gets the rent and purchase subsidies of enterprises registered in its ' +
    'jurisdiction (its government sets the share and pays, 88号 四、2); the city bureau every claim.',
  middleware: [
    rolesOnly(['city_bureau', 'county_office'], {
      zh: '查看政策兑现申领',
      en: 'read the benefit claims',
    }),
  ],
  request: { query: z.object({ state: z.enum(CLAIM_STATES).optional() }) },
  responses: {
    200: jsonResponse(z.object({ claims: z.array(ClaimQueueEntrySchema) }), 'The claims'),
    ...refusals,
  },
});

const DecisionSchema = z
  .strictObject({
    outcome: z.enum(['granted', 'refused']),
    sharePercent: z.string().optional().openapi({
      description: 'Subsidies only: the share set by the local government, in per cent',
      example: '30',
    }),
    note: z
      .string()
      .optional()
      .openapi({ description: 'Required when refused; the enterprise reads it' }),
  })
  .openapi('BenefitClaimDecision');

const decideRoute = createRoute({
  method: 'post',
  path: '/api/hq/benefit-claims/{claimId}/decide',
  tags,
  ...secured,
  summary: '办理政策兑现 / grant or refuse a benefit claim',
  description:
    'A subsidy is granted as the amount claimed × the share, exact, rounded to the fen at the end; ' +
    'a refusal names its reason and the enterprise may claim that kind again.',
  middleware: [stepGuard(APPLICATION_MACHINE, 'decide_benefit')],
  request: { params: idParams('claimId'), body: jsonBody(DecisionSchema) },
  responses: { 200: jsonResponse(ClaimSchema, 'Decided'), ...stepRefusals },
});

/** The granting offices' side of R15: the claims they grant, and their outcome. */
export function registerBenefitClaims(app: HqApp): void {
  app.openapi(listRoute, async (c) => {
    const claims = await listBenefitClaims(c.var.db, c.var.actor!, c.req.valid('query'), at(c));
    return c.json({ claims }, 200);
  });
  app.openapi(decideRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(await decideBenefitClaim(c.var.db, c.var.actor!, input, at(c)), 200);
  });
}
