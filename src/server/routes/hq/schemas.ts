import { z } from '@hono/zod-openapi';
import { textField } from '../../fields.ts';
import { APPLICATION_STATES } from '../../../workflow/hq-rating/application-machine.ts';
import { BATCH_STATES } from '../../../workflow/hq-rating/batch-machine.ts';
import { CLAIM_STATES } from '../../../store/schema/hq-after-final.ts';
import { BENEFIT_KINDS, SUPPORT_KINDS } from '../../../workflow/hq-rating/benefits.ts';
import { MATERIAL_KINDS } from '../../../workflow/hq-rating/materials.ts';
import { OBJECTION_STATES } from '../../../workflow/hq-rating/objection-machine.ts';
import { ITEM_KEYS, ITEM_STATES } from '../../../workflow/hq-rating/verification-items.ts';

/**
 * The response bodies of the HQ routes, as the services return them (services/views.ts,
 * run-view.ts, item-view.ts …). Amounts are decimal text, never binary numbers (D8).
 */

export const LocalizedSchema = z
  .object({ zh: z.string(), en: z.string() })
  .openapi('Localized', { example: { zh: '申报中', en: 'open for applications' } });

const CitationSchema = z.object({ rule: z.string(), article: z.string() }).openapi('Citation');

export const WarningSchema = z
  .object({
    code: z.string().openapi({ example: 'boundary_tie' }),
    message: LocalizedSchema,
    citation: CitationSchema,
    rows: z.array(z.number()).optional(),
    subjects: z.array(z.string()).optional(),
  })
  .openapi('Warning');

const SettingsSchema = z
  .object({
    noSpread: z.enum(['full_weight', 'zero']),
    displayPlaces: z.number().int(),
    exportPlaces: z.number().int(),
    publicityWorkingDays: z.number().int(),
  })
  .openapi('RatingSettings');

export const BatchSchema = z
  .object({
    id: z.string(),
    year: z.number().int().openapi({ example: 2025 }),
    title: z.string().openapi({ example: '2025年度温州市总部企业星级评定' }),
    announcementText: z.string(),
    announcementOn: z.string(),
    opensOn: z.string(),
    closesOn: z.string(),
    ratingDate: z.string(),
    publicityWorkingDays: z.number().int(),
    settings: SettingsSchema,
    state: z.enum(BATCH_STATES),
    stateLabel: LocalizedSchema,
    synthetic: z.boolean(),
    publicityRound: z.number().int(),
    publicityStartsOn: z.string().nullable(),
    publicityEndsOn: z.string().nullable(),
    publicityDocumentNumber: z.string().nullable(),
    approvalRunId: z.string().nullable(),
    publishedRunId: z.string().nullable(),
    finalOn: z.string().nullable(),
    deadline: z.string().openapi({
      example: '2027-03-31',
      description: 'R12 (88号 五、1): finished by 31 March of the next year',
    }),
    cadenceWarning: LocalizedSchema.nullable().openapi({
      description: 'City roles: opens less than two years after the previous batch (R12)',
    }),
    actions: z.array(z.string()).openapi({
      description: 'What the caller’s role may do next (scope aside)',
      example: ['close'],
    }),
  })
  .openapi('Batch');

export const ApplicationSummarySchema = z
  .object({
    id: z.string(),
    batchId: z.string(),
    uscc: z.string().openapi({ example: '91330302MAR6FJP20Q' }),
    name: z.string(),
    county: z.string().openapi({ example: '鹿城区' }),
    state: z.enum(APPLICATION_STATES),
    stateLabel: LocalizedSchema,
    submittedAt: z.string().nullable(),
    stars: z.number().int().nullable(),
    validUntil: z.string().nullable(),
    lapsed: z.boolean().openapi({
      description: 'Final and past its last day on the procedure’s date (R13): no benefit any more',
    }),
    version: z.number().int(),
  })
  .openapi('ApplicationSummary');

const FormSchema = z
  .object({
    uscc: z.string(),
    name: z.string(),
    county: z.string(),
    registeredCapital: z.string().nullable().openapi({ description: '万元' }),
    paidInCapital: z.string().nullable().openapi({ description: '万元' }),
    legalRepresentative: z.string().nullable(),
    registeredOn: z.string().nullable(),
    registeredAddress: z.string().nullable(),
    businessAddress: z.string().nullable(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    contactMobile: z.string().nullable(),
    contactEmail: z.string().nullable(),
    hqType: z.string().nullable(),
    industryCode: z.string().nullable(),
    mainBusiness: z.string().nullable(),
    registrationType: z.string().nullable(),
    shareholderType: z.string().nullable(),
    listingVenue: z.string().nullable(),
    listingVenueOther: z.string().nullable(),
    top500LastYear: z.array(z.string()).nullable(),
    outsideWenzhouCount: z.number().int().nullable(),
    ownsOfficeProperty: z.boolean().nullable(),
    figures: z.object({
      revenue_2y: z.string().nullable().openapi({ description: '亿元' }),
      contribution_2y: z.string().nullable().openapi({ description: '亿元' }),
      rd_2y: z.string().nullable().openapi({ description: '万元' }),
      pension_payers: z.number().int().nullable(),
      tax_filers: z.number().int().nullable(),
      top500: z.array(z.string()).nullable(),
      listings_3y: z.number().int().nullable(),
    }),
  })
  .openapi('ApplicationForm');

export const ApplicationWithFormSchema = ApplicationSummarySchema.extend({
  form: FormSchema,
}).openapi('ApplicationWithForm');

export const MaterialSchema = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    kind: z.enum(MATERIAL_KINDS),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string(),
    removedAt: z.string().nullable(),
  })
  .openapi('Material');

export const ItemSchema = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    key: z.enum(ITEM_KEYS),
    label: LocalizedSchema,
    acceptedLabels: z.array(z.string()),
    department: z.string(),
    departmentLabel: LocalizedSchema,
    state: z.enum(ITEM_STATES),
    stateLabel: LocalizedSchema,
    declaredValue: z.string().openapi({ description: 'Stored form: amounts in yuan' }),
    correctedValue: z.string().nullable(),
    value: z.string().openapi({ description: 'The value a rating run takes' }),
    display: z.string().openapi({ example: '56.78 亿元' }),
    note: z.string().nullable(),
    verifiedBy: z.string().nullable(),
    verifiedAt: z.string().nullable(),
  })
  .openapi('VerificationItem');

/** One step of an explanation: inputs, formula with its numbers, result, rule. */
export const StepSchema = z
  .object({
    key: z.string(),
    title: LocalizedSchema,
    citation: CitationSchema,
    values: z.array(z.object({ label: LocalizedSchema, value: z.string() })).optional(),
    formula: z.string().optional(),
    result: z.string().optional(),
    exact: z.string().optional(),
    note: LocalizedSchema.optional(),
  })
  .openapi('ExplanationStep');

export const ClaimSchema = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    kind: z.enum(BENEFIT_KINDS),
    state: z.enum(CLAIM_STATES).openapi({
      description: 'claimed (waiting) → granted or refused; claimed or granted → ended',
    }),
    amountYuan: z.string().nullable(),
    note: z.string().nullable(),
    claimedAt: z.string(),
    grantedBy: z.enum(['city_bureau', 'county_office']).openapi({
      description:
        'The city bureau grants the star card and school care; the county office the subsidies (88号 四、2)',
    }),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    sharePercent: z.string().nullable().openapi({ example: '30.00' }),
    grantedYuan: z.string().nullable().openapi({ example: '108000.00' }),
    explanation: z.array(StepSchema).nullable(),
    endedAt: z.string().nullable(),
    endReason: z.string().nullable(),
  })
  .openapi('BenefitClaim');

export const ReReviewRequestSchema = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    reason: z.string(),
    requestedBy: z.string(),
    requestedAt: z.string(),
    state: z.enum(['open', 'decided']),
    outcome: z.enum(['kept', 'changed']).nullable(),
    previousStars: z.number().int(),
    newStars: z.number().int().nullable(),
    decisionReason: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
  })
  .openapi('ReReviewRequest');

export const ApplicationDetailSchema = ApplicationWithFormSchema.extend({
  subsidiaries: z.array(
    z.object({
      kind: z.string(),
      name: z.string(),
      uscc: z.string(),
      holdingSharePercent: z.string(),
    }),
  ),
  materials: z.array(MaterialSchema),
  items: z.array(ItemSchema).openapi({ description: 'A department sees only its own items' }),
  finalOn: z.string().nullable(),
  revokedOn: z.string().nullable(),
  claims: z.array(ClaimSchema),
  supports: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(SUPPORT_KINDS),
      note: z.string(),
      recordedAt: z.string(),
    }),
  ),
  reReviewRequests: z.array(ReReviewRequestSchema),
  revocation: z
    .object({
      id: z.string(),
      applicationId: z.string(),
      reason: z.number().int(),
      note: z.string(),
      decidedBy: z.string(),
      decidedByName: z.string(),
      decidedAt: z.string(),
      effectiveOn: z.string(),
    })
    .nullable(),
  actions: z.array(z.string()).openapi({ description: 'What the caller’s role may do now' }),
}).openapi('Application');

const ReasonSchema = z.object({
  code: z.string(),
  field: z.string(),
  message: LocalizedSchema,
});

const RunResultSchema = z.object({
  applicationId: z.string(),
  uscc: z.string(),
  name: z.string(),
  county: z.string(),
  total: z.string().openapi({ description: 'Exact fraction in lowest terms', example: '7/3' }),
  totalFixed: z.string().openapi({ example: '98.1234' }),
  rank: z.number().int(),
  tiedWith: z.number().int(),
  stars: z.number().int(),
  boundaryTie: z.object({ lastRank: z.number().int(), stars: z.number().int() }).nullable(),
});

export const RunSchema = z
  .object({
    id: z.string(),
    batchId: z.string(),
    version: z.number().int(),
    ratingDate: z.string(),
    batchYear: z.number().int(),
    parameterSource: z.string(),
    parametersEffectiveFrom: z.string(),
    settings: SettingsSchema,
    inputs: z.array(
      z.object({
        applicationId: z.string(),
        uscc: z.string(),
        name: z.string(),
        county: z.string(),
        amounts: z.record(z.string(), z.string().nullable()),
        pensionPayers: z.string().nullable(),
        taxFilers: z.string().nullable(),
        top500: z.array(z.string()),
        listings3y: z.number().int(),
      }),
    ),
    results: z.array(RunResultSchema),
    unscored: z.array(
      z.object({
        applicationId: z.string(),
        uscc: z.string(),
        name: z.string(),
        county: z.string(),
        reasons: z.array(ReasonSchema),
      }),
    ),
    warnings: z.array(WarningSchema),
    synthetic: z.boolean(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('RatingRun');

export const RunWithDecisionsSchema = RunSchema.extend({
  decisions: z.array(
    z.object({
      kind: z.string().openapi({ example: 'sent_back' }),
      applicationId: z.string().nullable(),
      reason: z.string().nullable(),
      decidedBy: z.string(),
      decidedRole: z.string(),
      decidedAt: z.string(),
    }),
  ),
}).openapi('RatingRunWithDecisions');

const StandingSchema = z
  .object({ rank: z.number().int(), stars: z.number().int(), totalFixed: z.string() })
  .nullable();

export const RunDiffSchema = z
  .object({
    from: z.number().int().openapi({ description: 'Version of the earlier run' }),
    to: z.number().int(),
    moves: z.array(
      z.object({
        applicationId: z.string(),
        uscc: z.string(),
        name: z.string(),
        before: StandingSchema,
        after: StandingSchema,
        change: z.enum(['entered', 'left', 'stars_changed', 'rank_changed', 'total_changed']),
      }),
    ),
    unchanged: z.number().int(),
  })
  .openapi('RunDiff');

export const ExplanationSchema = z
  .object({
    method: z.string().openapi({ example: 'hq-star-rating' }),
    subject: z.object({ id: z.string(), name: z.string() }),
    parameters: z.string(),
    steps: z.array(StepSchema),
    notice: LocalizedSchema.optional(),
  })
  .openapi('RunExplanation');

export const ObjectionSchema = z
  .object({
    id: z.string(),
    receiptNo: z
      .string()
      .openapi({ description: '受理编号 given to the objector', example: 'YY20260316-4K7QMZ' }),
    batchId: z.string(),
    applicationId: z.string(),
    round: z.number().int(),
    reason: z.string(),
    state: z.enum(OBJECTION_STATES),
    outcomeReason: z.string().nullable(),
    figuresChanged: z.boolean(),
    filedAt: z.string(),
    resolvedAt: z.string().nullable(),
  })
  .openapi('Objection');

export const TimelineEntrySchema = z
  .object({
    at: z.string(),
    actorId: z.string(),
    actorRole: z.string(),
    actorName: z.string(),
    action: z.string().openapi({ example: 'county_return' }),
    fromState: z.string().nullable(),
    toState: z.string(),
    note: z.string().nullable().openapi({ description: 'The actor’s own words: a reason, a note' }),
    details: z.unknown(),
  })
  .openapi('TimelineEntry');

/** A step that needs the actor's own words (R11's written answer). */
export const ReasonBodySchema = z
  .strictObject({
    reason: textField({ max: 2000, multiline: true }).openapi({
      example: '请核对第 16 名并列的数据',
      description: 'Not blank',
    }),
  })
  .openapi('ReasonBody');
