import { createRoute, z } from '@hono/zod-openapi';
import { creditCodeCountyIssue } from '../../../engine/china/credit-code-region.ts';
import { JURISDICTION_NAMES } from '../../../engine/china/jurisdictions.ts';
import { TOP500_LISTS } from '../../../methods/hq-star-rating/parameters.ts';
import {
  APPLICATION_MACHINE,
  APPLICATION_STATES,
} from '../../../workflow/hq-rating/application-machine.ts';
import {
  HQ_TYPES,
  LISTING_VENUES,
  REGISTRATION_TYPES,
  SHAREHOLDER_TYPES,
  UNIT_KINDS,
} from '../../../workflow/hq-rating/form-choices.ts';
import {
  createApplication,
  getApplication,
  listApplications,
  submitApplication,
  updateApplication,
} from '../../../workflow/hq-rating/services/index.ts';
import { MAX_PAGE } from '../../../workflow/hq-rating/services/reads-applications.ts';
import {
  ApplicationDetailSchema,
  ApplicationSummarySchema,
  ApplicationWithFormSchema,
} from './schemas.ts';
import { boundedCount, decimalText, plausibleDate, textField } from '../../fields.ts';
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
  uuidField,
  type HqApp,
} from './support.ts';

const tags = ['hq: applications'];
export const ApplicationParams = idParams('applicationId');

/**
 * An amount as decimal text in the form's unit, read exactly by the service (D8), to the yuan:
 * at most 999,999 亿元 (eight places) or 9,999,999,999 万元 (four places).
 */
const amount = (unit: '亿元' | '万元', example: string) =>
  (unit === '亿元'
    ? decimalText({ integerDigits: 6, decimals: 8, example })
    : decimalText({ integerDigits: 10, decimals: 4, example })
  ).openapi({ description: `Decimal text in ${unit}`, example });
/** A head count: a whole number, or its digits; no enterprise has ten million staff. */
const count = boundedCount({ max: 10_000_000 });
/** One line a person typed: a name, an address, a contact. */
const line = (max: number) => textField({ max });
const top500 = z.array(z.enum(TOP500_LISTS));

/**
 * The 附件2 fields, each optional: a draft may be saved half done; submitting lists what is
 * missing. The service checks every value (credit codes, phones, dates, amounts).
 */
const formFields = {
  registeredCapital: amount('万元', '5000').nullable().optional(),
  paidInCapital: amount('万元', '4000').nullable().optional(),
  legalRepresentative: line(50).nullable().optional(),
  // Registration dates since the first company law reforms; none in the future.
  registeredOn: plausibleDate({ from: '1949-10-01', to: 'today', example: '2012-05-18' })
    .nullable()
    .optional(),
  registeredAddress: line(200).nullable().optional(),
  businessAddress: line(200).nullable().optional(),
  contactName: line(50).nullable().optional(),
  contactPhone: line(30).nullable().optional().openapi({ example: '0577-88886666' }),
  contactMobile: line(30).nullable().optional().openapi({ example: '13812345678' }),
  contactEmail: line(254).nullable().optional(),
  hqType: z.enum(HQ_TYPES).nullable().optional(),
  industryCode: line(10).nullable().optional().openapi({ example: '3821' }),
  mainBusiness: textField({ max: 2000, multiline: true }).nullable().optional(),
  registrationType: z.enum(REGISTRATION_TYPES).nullable().optional(),
  shareholderType: z.enum(SHAREHOLDER_TYPES).nullable().optional(),
  listingVenue: z.enum(LISTING_VENUES).nullable().optional(),
  listingVenueOther: line(100).nullable().optional(),
  top500LastYear: top500.nullable().optional(),
  subsidiaries: z
    .array(
      z.strictObject({
        kind: z.enum(UNIT_KINDS),
        name: line(200),
        uscc: line(18),
        holdingSharePercent: decimalText({ integerDigits: 3, decimals: 4, example: '100' }),
      }),
    )
    .max(500)
    .optional()
    .openapi({ description: 'When given, replaces the whole list' }),
  outsideWenzhouCount: boundedCount({ max: 100_000 }).nullable().optional(),
  ownsOfficeProperty: z.boolean().nullable().optional(),
  figures: z
    .strictObject({
      revenue_2y: amount('亿元', '56.78').nullable().optional(),
      contribution_2y: amount('亿元', '3.2').nullable().optional(),
      rd_2y: amount('万元', '1200.5').nullable().optional(),
      pension_payers: count.nullable().optional(),
      tax_filers: count.nullable().optional(),
      top500: top500.nullable().optional(),
      listings_3y: boundedCount({ max: 1_000 }).nullable().optional(),
    })
    .optional(),
};

const county = z.enum(JURISDICTION_NAMES as [string, ...string[]]).openapi({ example: '鹿城区' });

const NewApplicationSchema = z
  .strictObject({
    batchId: uuidField,
    uscc: line(18).openapi({ example: '91330302MAR6FJP20Q', description: 'Your own' }),
    name: line(200).openapi({ example: '温州某某集团有限公司' }),
    county,
    ...formFields,
  })
  .superRefine((body, ctx) => {
    // The county office that reviews the application is where the enterprise is registered.
    const issue = creditCodeCountyIssue(body.uscc, body.county);
    if (issue)
      ctx.addIssue({
        code: 'custom',
        path: ['county'],
        message: issue.en,
        params: { localized: issue },
      });
  })
  .openapi('NewApplication');

const ApplicationChangesSchema = z
  .strictObject({ name: line(200).optional(), county: county.optional(), ...formFields })
  .openapi('ApplicationChanges');

const ListQuery = z.object({
  batch: uuidField.optional().openapi({ description: 'Only this batch' }),
  state: z.enum(APPLICATION_STATES).optional(),
  county: county.optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE)
    .optional()
    .openapi({ description: `A page: at most this many (1-${MAX_PAGE}); all when left out` }),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .openapi({ description: 'Skip this many first (with `limit`)' }),
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/hq/applications',
  tags,
  ...secured,
  summary: '申报列表 / list applications in the caller’s scope',
  description:
    'An enterprise its own; a county office its jurisdiction’s queue; a department those with ' +
    'items of its own; the city roles all. Filter with `batch`, `state`, `county`; page with ' +
    '`limit` and `offset`.',
  middleware: [signedIn],
  request: { query: ListQuery },
  responses: {
    200: jsonResponse(
      z.object({ applications: z.array(ApplicationSummarySchema) }),
      'By county, then name',
    ),
    ...stepRefusals,
  },
});

const createApplicationRoute = createRoute({
  method: 'post',
  path: '/api/hq/applications',
  tags,
  ...secured,
  summary: '新建申报（草稿） / start an application (draft)',
  description: 'Under the enterprise’s own credit code, while the batch is open (88号 三、1).',
  middleware: [createGuard(APPLICATION_MACHINE, { zh: '新建申报', en: 'start an application' })],
  request: { body: jsonBody(NewApplicationSchema) },
  responses: {
    201: jsonResponse(ApplicationWithFormSchema, 'The draft'),
    ...stepRefusals,
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/hq/applications/{applicationId}',
  tags,
  ...secured,
  summary: '查看申报 / one application, whole',
  description:
    'Form, subsidiaries, materials, verification items (a department only its own), claims, ' +
    'support notes, re-review requests, revocation, and the steps the caller may take.',
  middleware: [signedIn],
  request: { params: ApplicationParams },
  responses: {
    200: jsonResponse(ApplicationDetailSchema, 'The application'),
    ...refusals,
    404: stepRefusals[404],
  },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/api/hq/applications/{applicationId}',
  tags,
  ...secured,
  summary: '修改申报 / edit a draft or returned application',
  description: 'Fields left out stay as they are; `null` clears one.',
  middleware: [stepGuard(APPLICATION_MACHINE, 'edit')],
  request: { params: ApplicationParams, body: jsonBody(ApplicationChangesSchema) },
  responses: {
    200: jsonResponse(ApplicationWithFormSchema, 'The application after the change'),
    ...stepRefusals,
  },
});

const submitRoute = createRoute({
  method: 'post',
  path: '/api/hq/applications/{applicationId}/submit',
  tags,
  ...secured,
  summary: '提交申报 / submit (or resubmit a returned) application',
  description:
    'Every missing field and material (附件3 items 1-5) is listed at once, each by its field.',
  middleware: [stepGuard(APPLICATION_MACHINE, 'submit')],
  request: { params: ApplicationParams },
  responses: {
    200: jsonResponse(ApplicationWithFormSchema, 'Submitted'),
    ...stepRefusals,
  },
});

/** Applications: list, start, read, edit, submit. */
export function registerApplications(app: HqApp): void {
  app.openapi(listRoute, async (c) => {
    const { batch, ...filter } = c.req.valid('query');
    const input = { ...filter, ...(batch ? { batchId: batch } : {}) };
    const applications = await listApplications(c.var.db, c.var.actor!, input, at(c));
    return c.json({ applications }, 200);
  });
  app.openapi(createApplicationRoute, async (c) => {
    const created = await createApplication(c.var.db, c.var.actor!, c.req.valid('json'), at(c));
    return c.json(created, 201);
  });
  app.openapi(getRoute, async (c) => {
    const input = c.req.valid('param');
    return c.json(await getApplication(c.var.db, c.var.actor!, input, at(c)), 200);
  });
  app.openapi(updateRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(await updateApplication(c.var.db, c.var.actor!, input, at(c)), 200);
  });
  app.openapi(submitRoute, async (c) => {
    const submitted = await submitApplication(c.var.db, c.var.actor!, c.req.valid('param'), at(c));
    return c.json(submitted, 200);
  });
}
