import { z } from '@hono/zod-openapi';
import { chinaToday, plausibleDate, textField } from '../../fields.ts';

/**
 * The request and response bodies of the 90号 relief routes (docs/relief-api.md). Amounts are
 * yuan written as decimal text with two places (MD2), never binary numbers. ID numbers come out
 * masked (3303**********1234) for every role that may not see them; health figures (costs,
 * out-of-pocket) only for the medical-insurance bureau, relief amounts only for it and the
 * charity federation.
 */

const LocalizedSchema = z.object({ zh: z.string(), en: z.string() });
const CitationSchema = z.object({ rule: z.string(), article: z.string() });

/** Yuan to the fen, as text: `120000.01`. */
export const MoneyText = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, 'money')
  .openapi({ example: '120000.01' });

/** A real date in China, YYYY-MM-DD, from the pilot's first year to a year ahead. */
export const IsoDateText = plausibleDate({
  from: '2024-01-01',
  to: 'today+366',
  example: '2026-03-15',
});

/** The calendar year of the costs (MD1), from the pilot's first year (M2) to next year. */
export const YearField = z.coerce
  .number()
  .int()
  .min(2024)
  .max(2100)
  .superRefine((year, ctx) => {
    const next = Number(chinaToday().slice(0, 4)) + 1;
    if (year > next) {
      const localized = {
        zh: `应为 2024 至 ${next} 年`,
        en: `must be a year from 2024 to ${next}`,
      };
      ctx.addIssue({ code: 'custom', message: localized.en, params: { localized } });
    }
  })
  .openapi({ example: 2026 });

/** M1: 2 = the second category of relatively low-income families; 1 = the first; null = not yet determined. */
export const CATEGORIES = [1, 2] as const;
export const CategorySchema = z.union([z.literal(1), z.literal(2)]);

/** MD3 levels; `none` families have no warning row. */
export const LEVELS = ['watch', 'relief_due', 'uninsured'] as const;
export const LevelSchema = z.enum(LEVELS);

export const INSURANCE_KINDS = ['resident', 'employee'] as const;
export const VISIT_RESULTS = ['verified', 'help_arranged', 'not_found', 'no_need'] as const;
export const RECEIPT_SOURCES = ['city', 'local_match'] as const;

/* ---------- families ---------- */

export const FamilyListQuery = z.object({
  year: YearField.optional(),
  county: z.string().optional().openapi({ example: '文成县' }),
  township: z.string().optional().openapi({ example: '大峃镇' }),
  category: z
    .union([z.literal('none'), z.coerce.number().int().min(1).max(2)])
    .optional()
    .openapi({ description: '1 or 2 (M1), or `none`: awaiting civil affairs’ decision (未认定)' }),
  warning: z
    .enum([...LEVELS, 'any'])
    .optional()
    .openapi({ description: 'Only families warned in the year (MD3): at this level, or at any' }),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const FamilyListItemSchema = z
  .object({
    id: z.string(),
    familyCode: z.string().openapi({ example: 'WC0001' }),
    headName: z.string().openapi({ example: '张某某' }),
    headIdNumber: z.string().openapi({ example: '3303**********1234' }),
    county: z.string(),
    township: z.string(),
    village: z.string().nullable().openapi({ example: '岙底村' }),
    address: z.string().nullable().openapi({
      example: '文成县大峃镇岙底村12号',
      description:
        'In full for medical insurance and the township of a warned family; masked otherwise',
    }),
    phone: z.string().nullable().openapi({ example: '138****5678' }),
    contactShown: z.boolean().openapi({ description: 'Whether address and phone are in full' }),
    category: CategorySchema.nullable(),
    members: z.number().int(),
    insuredMembers: z.number().int(),
    warning: LevelSchema.nullable(),
    relief: MoneyText.nullable().openapi({
      description: 'This year’s relief in the latest run; null when none or not the role’s to see',
    }),
    synthetic: z.boolean(),
  })
  .openapi('ReliefFamilyListItem');

export const FamilyListSchema = z
  .object({ total: z.number().int(), items: z.array(FamilyListItemSchema) })
  .openapi('ReliefFamilyList');

export const MemberSchema = z
  .object({
    name: z.string(),
    idNumber: z.string().openapi({ example: '3303**********1234' }),
    relation: z.string().openapi({ example: '户主' }),
    head: z.boolean(),
    insured: z.boolean(),
    insuranceKind: z.enum(INSURANCE_KINDS).nullable(),
  })
  .openapi('ReliefMember');

export const CostSchema = z
  .object({
    year: z.number().int(),
    totalCost: MoneyText,
    basicInsurance: MoneyText,
    criticalIllness: MoneyText,
    medicalAssistance: MoneyText,
    huiminbao: MoneyText,
    outOfPocket: MoneyText,
  })
  .openapi('ReliefCost');

export const FamilyDetailSchema = FamilyListItemSchema.omit({ members: true })
  .extend({
    memberCount: z.number().int(),
    members: z.array(MemberSchema),
    categoryNote: z.string().nullable(),
    costs: z
      .array(CostSchema)
      .nullable()
      .openapi({ description: 'medical_insurance only; null for other roles' }),
  })
  .openapi('ReliefFamilyDetail');

export const MemberInput = z.object({
  name: textField({ min: 1, max: 40 }),
  idNumber: textField({ min: 1, max: 30 }).openapi({ example: '330399198001011234' }),
  relation: textField({ min: 1, max: 20 }),
  head: z.boolean(),
  insured: z.boolean(),
  insuranceKind: z.enum(INSURANCE_KINDS).nullable().optional(),
});

export const FamilyCreateBody = z
  .object({
    familyCode: textField({ min: 1, max: 40 }),
    county: textField({ min: 1, max: 20 }),
    township: textField({ min: 1, max: 40 }),
    village: textField({ max: 40 }).nullable().optional(),
    address: textField({ max: 200 }).nullable().optional(),
    phone: textField({ max: 30 }).nullable().optional(),
    members: z.array(MemberInput).min(1).max(30),
  })
  .openapi('ReliefFamilyCreate');

export const MembersBody = z
  .object({ members: z.array(MemberInput).min(1).max(30) })
  .openapi('ReliefMembersInput');

export const CategoryBody = z
  .object({ category: CategorySchema, note: textField({ max: 500, multiline: true }).default('') })
  .openapi('ReliefCategory');

export const ImportResultSchema = z
  .object({ families: z.number().int(), members: z.number().int() })
  .openapi('ReliefFamilyImport');

/* ---------- costs ---------- */

export const CostBody = z
  .object({
    totalCost: MoneyText,
    basicInsurance: MoneyText,
    criticalIllness: MoneyText,
    medicalAssistance: MoneyText,
    huiminbao: MoneyText,
  })
  .openapi('ReliefCostInput');

export const CostImportResultSchema = z
  .object({ year: z.number().int(), families: z.number().int() })
  .openapi('ReliefCostImport');

/* ---------- runs ---------- */

export const RunFamilySchema = z
  .object({
    familyId: z.string(),
    familyCode: z.string(),
    county: z.string(),
    township: z.string(),
    outOfPocket: MoneyText.nullable(),
    relief: MoneyText,
    warning: z.enum(['none', ...LEVELS]),
    paid: z.boolean(),
  })
  .openapi('ReliefRunFamily');

export const WarningSchema = z
  .object({
    code: z.string(),
    message: LocalizedSchema,
    citation: CitationSchema,
    subjects: z.array(z.string()).optional(),
  })
  .openapi('ReliefRunWarning');

export const RunSchema = z
  .object({
    id: z.string(),
    year: z.number().int(),
    state: z.enum(['computed', 'approved']),
    computedAt: z.string(),
    approvedAt: z.string().nullable(),
    approvalNote: z.string().nullable(),
    families: z.array(RunFamilySchema),
    countyTotals: z.array(
      z.object({ county: z.string(), families: z.number().int(), relief: MoneyText }),
    ),
    total: MoneyText,
    warnings: z.array(WarningSchema),
    synthetic: z.boolean(),
  })
  .openapi('ReliefRun');

export const ApproveBody = z.object({
  note: textField({ max: 500, multiline: true }).default(''),
});

export const ExplanationSchema = z
  .object({
    method: z.string(),
    subject: z.object({ id: z.string(), name: z.string() }),
    parameters: z.string(),
    steps: z.array(
      z.object({
        key: z.string(),
        title: LocalizedSchema,
        citation: CitationSchema,
        values: z.array(z.object({ label: LocalizedSchema, value: z.string() })).optional(),
        formula: z.string().optional(),
        result: z.string().optional(),
        exact: z.string().optional(),
        note: LocalizedSchema.optional(),
      }),
    ),
    notice: LocalizedSchema.optional(),
  })
  .openapi('ReliefExplanation');

/* ---------- fund ---------- */

export const FundCountySchema = z
  .object({
    county: z.string(),
    cityAllocation: MoneyText,
    localMatch: MoneyText.openapi({ description: 'received; counts at most 1:1 in `funded`' }),
    funded: MoneyText,
    paid: MoneyText,
    balance: MoneyText,
  })
  .openapi('ReliefFundCounty');

export const FundSchema = z
  .object({
    year: z.number().int(),
    cityLimit: MoneyText.openapi({ example: '20000000.00' }),
    counties: z.array(FundCountySchema),
    totals: FundCountySchema.omit({ county: true }),
  })
  .openapi('ReliefFund');

export const ReceiptBody = z
  .object({
    county: textField({ min: 1, max: 20 }),
    source: z.enum(RECEIPT_SOURCES),
    amount: MoneyText,
    receivedOn: IsoDateText,
    reference: textField({ min: 1, max: 100 }),
  })
  .openapi('ReliefReceiptInput');

export const ReceiptSchema = z
  .object({
    id: z.string(),
    year: z.number().int(),
    county: z.string(),
    source: z.enum(RECEIPT_SOURCES),
    amount: MoneyText,
    receivedOn: z.string(),
    reference: z.string(),
  })
  .openapi('ReliefReceipt');

export const PaymentBody = z
  .union([z.object({ familyId: z.string().uuid() }), z.object({ all: z.literal(true) })])
  .openapi('ReliefPaymentInput');

export const PaymentSchema = z
  .object({
    id: z.string(),
    year: z.number().int(),
    runId: z.string(),
    familyId: z.string(),
    familyCode: z.string(),
    county: z.string(),
    amount: MoneyText,
    paidOn: z.string(),
  })
  .openapi('ReliefPayment');

export const PaymentsSchema = z
  .object({ payments: z.array(PaymentSchema), total: MoneyText })
  .openapi('ReliefPayments');

/* ---------- warnings ---------- */

export const WarningListQuery = z.object({
  county: z.string().optional(),
  township: z.string().optional(),
});

export const VisitSchema = z
  .object({
    visitedOn: z.string(),
    result: z.enum(VISIT_RESULTS),
    note: z.string(),
    by: z.string(),
  })
  .openapi('ReliefVisit');

export const WarningItemSchema = z
  .object({
    id: z.string(),
    familyId: z.string(),
    familyCode: z.string(),
    headName: z.string(),
    county: z.string(),
    township: z.string(),
    village: z.string().nullable().openapi({ example: '岙底村' }),
    address: z.string().nullable().openapi({
      example: '文成县大峃镇岙底村12号',
      description:
        'In full for medical insurance and the township of a warned family; masked otherwise',
    }),
    phone: z.string().nullable().openapi({ example: '138****5678' }),
    contactShown: z.boolean().openapi({ description: 'Whether address and phone are in full' }),
    level: LevelSchema,
    raisedOn: z.string(),
    visit: VisitSchema.nullable(),
  })
  .openapi('ReliefWarning');

export const WarningListSchema = z.array(WarningItemSchema).openapi('ReliefWarningList');

export const VisitBody = z
  .object({
    visitedOn: IsoDateText,
    result: z.enum(VISIT_RESULTS),
    note: textField({ max: 1000, multiline: true }).default(''),
  })
  .openapi('ReliefVisitInput');

/* ---------- dashboard ---------- */

const RateSchema = z.object({
  value: z.string().nullable().openapi({ example: '99.62', description: 'percent, 2 places' }),
  target: z.string().openapi({ example: '99.50' }),
  met: z.boolean(),
});

export const DashboardRowSchema = z
  .object({
    county: z.string().openapi({ description: '`合计` for the total row' }),
    families: z.number().int(),
    members: z.number().int(),
    insuredMembers: z.number().int(),
    participation: RateSchema,
    monitored: z.number().int(),
    monitoring: RateSchema,
    warnings: z.object({
      watch: z.number().int(),
      relief_due: z.number().int(),
      uninsured: z.number().int(),
    }),
    visits: z.object({ done: z.number().int(), open: z.number().int() }),
    reliefPaid: MoneyText,
  })
  .openapi('ReliefDashboardRow');

export const DashboardSchema = z
  .object({
    year: z.number().int(),
    counties: z.array(DashboardRowSchema),
    total: DashboardRowSchema,
  })
  .openapi('ReliefDashboard');

export type FamilyListItem = z.infer<typeof FamilyListItemSchema>;
export type FamilyDetail = z.infer<typeof FamilyDetailSchema>;
export type RunView = z.infer<typeof RunSchema>;
export type FundView = z.infer<typeof FundSchema>;
export type WarningItem = z.infer<typeof WarningItemSchema>;
export type Dashboard = z.infer<typeof DashboardSchema>;
export type DashboardRow = z.infer<typeof DashboardRowSchema>;
