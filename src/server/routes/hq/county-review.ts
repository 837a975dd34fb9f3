import { createRoute, z } from '@hono/zod-openapi';
import { APPLICATION_MACHINE } from '../../../workflow/hq-rating/application-machine.ts';
import {
  countyPass,
  countyReject,
  countyReturn,
  reportPassList,
} from '../../../workflow/hq-rating/services/index.ts';
import { ApplicationParams } from './applications.ts';
import { ApplicationSummarySchema } from './schemas.ts';
import {
  at,
  idParams,
  jsonBody,
  jsonResponse,
  rolesOnly,
  secured,
  stepGuard,
  stepRefusals,
  type HqApp,
} from './support.ts';

const tags = ['hq: county pre-review'];

const DecisionSchema = z
  .strictObject({
    decision: z.enum(['pass', 'return', 'reject']).openapi({ example: 'return' }),
    reason: z.string().optional().openapi({
      description: 'Required to return or reject (the enterprise reads it)',
      example: '请补充在温分公司清单',
    }),
  })
  .openapi('CountyDecision');

const ReportSchema = z
  .strictObject({
    letterNumber: z.string().openapi({ example: '鹿投促〔2025〕12号' }),
    letterDate: z.string().openapi({ example: '2025-12-20', description: 'YYYY-MM-DD' }),
  })
  .openapi('CountyReport');

const reviewRoute = createRoute({
  method: 'post',
  path: '/api/hq/applications/{applicationId}/county-review',
  tags,
  ...secured,
  summary: '初审：通过、退回补正或不予通过 / county pre-review decision',
  description:
    'The county office of the enterprise’s jurisdiction, while the batch is in pre-review ' +
    '(88号 三、2). A return or rejection needs the reason.',
  middleware: [
    rolesOnly(['county_office'], { zh: '作出初审决定', en: 'decide at county pre-review' }),
  ],
  request: { params: ApplicationParams, body: jsonBody(DecisionSchema) },
  responses: { 200: jsonResponse(ApplicationSummarySchema, 'After the decision'), ...stepRefusals },
});

const reportRoute = createRoute({
  method: 'post',
  path: '/api/hq/batches/{batchId}/county-reports',
  tags,
  ...secured,
  summary: '行文上报初审通过名单 / report the county’s pass list by letter',
  description:
    'Every passed application of the caller’s jurisdiction becomes `reported`; refused while one ' +
    'still awaits a decision.',
  middleware: [stepGuard(APPLICATION_MACHINE, 'report')],
  request: { params: idParams('batchId'), body: jsonBody(ReportSchema) },
  responses: {
    201: jsonResponse(
      ReportSchema.extend({
        id: z.string(),
        batchId: z.string(),
        county: z.string(),
        applications: z.array(ApplicationSummarySchema),
      }).openapi('CountyReportMade'),
      'The report with the applications it carried',
    ),
    ...stepRefusals,
  },
});

const DECIDE = { pass: countyPass, return: countyReturn, reject: countyReject } as const;

/** County pre-review: one decision per application, then the report of the pass list. */
export function registerCountyReview(app: HqApp): void {
  app.openapi(reviewRoute, async (c) => {
    const { decision, reason } = c.req.valid('json');
    const input = { ...c.req.valid('param'), ...(reason === undefined ? {} : { reason }) };
    // countyReturn and countyReject require a reason; the service names it when it is missing.
    const decide = DECIDE[decision] as typeof countyPass;
    return c.json(await decide(c.var.db, c.var.actor!, input, at(c)), 200);
  });
  app.openapi(reportRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(await reportPassList(c.var.db, c.var.actor!, input, at(c)), 201);
  });
}
