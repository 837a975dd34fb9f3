import { z } from '@hono/zod-openapi';
import { RECEIVERS } from '../../../methods/water-source-compensation/parameters.ts';
import { WATER_OFFICES } from '../../../workflow/actor.ts';
import { FIGURE_FIELDS } from '../../../workflow/water-fund/fields.ts';
import {
  FORBIDDEN_CATEGORIES,
  USE_CATEGORIES,
} from '../../../workflow/water-fund/use-categories.ts';
import {
  FIGURE_SOURCES,
  LEDGER_KINDS,
  LEDGER_STATES,
  RUN_STATES,
  YEAR_STATES,
} from '../../../workflow/water-fund/year-machine.ts';
import { decimalText, plausibleDate, textField } from '../../fields.ts';
import { ExplanationSchema, LocalizedSchema, WarningSchema } from '../hq/schemas.ts';

/**
 * The request and response bodies of /api/water (温政办函〔2023〕28号). Amounts are yuan as
 * decimal text with two places; figures are decimal text; dates `YYYY-MM-DD` in China;
 * instants ISO 8601.
 */

const money = z.string().openapi({ example: '39543210.55', description: 'yuan, 2 places' });
const figure = z.string().openapi({ example: '12.5', description: 'decimal text' });
const date = z.string().openapi({ example: '2026-03-31' });
const instant = z.string().openapi({ example: '2026-02-01T08:00:00.000Z' });
const receiver = z.string().openapi({ example: '文成县' });

export const YearParams = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: 'year', in: 'path' }, example: 2025 }),
});

export const YearSummarySchema = z
  .object({
    year: z.number().int().openapi({ example: 2025 }),
    state: z.enum(YEAR_STATES),
    stateLabel: LocalizedSchema,
    figuresDueOn: date,
    selfEvaluationDueOn: date,
    openedAt: instant,
    synthetic: z.boolean().openapi({ description: 'true for a demo year (演示数据)' }),
    notice: LocalizedSchema.nullable().openapi({ description: '演示数据 notice of a demo year' }),
  })
  .openapi('WaterYearSummary');

export const OpenYearBody = z
  .object({ year: z.number().int().openapi({ example: 2025 }) })
  .strict()
  .openapi('WaterOpenYear');

export const FieldSchema = z
  .object({
    field: z.enum(FIGURE_FIELDS),
    office: z.enum(WATER_OFFICES),
    label: LocalizedSchema,
    unit: LocalizedSchema,
    max: z.string().optional().openapi({ example: '50' }),
    whole: z.boolean().optional(),
    rule: z.string().openapi({ example: 'W5' }),
    article: z.string().openapi({ example: '28号 第九条' }),
  })
  .openapi('WaterField');

export const FigureSchema = z
  .object({
    county: receiver,
    field: z.enum(FIGURE_FIELDS),
    value: figure.nullable(),
    office: z.enum(WATER_OFFICES),
    enteredBy: z.string().nullable().openapi({ description: 'display name' }),
    enteredAt: instant.nullable(),
    source: z.enum(FIGURE_SOURCES).nullable(),
    late: z.boolean().openapi({ description: 'entered after figuresDueOn' }),
  })
  .openapi('WaterFigure');

export const YearDetailSchema = YearSummarySchema.extend({
  receivers: z.array(receiver).openapi({ example: [...RECEIVERS] }),
  fields: z.array(FieldSchema),
  figures: z.array(FigureSchema).openapi({ description: 'one per receiver × field' }),
  editableFields: z.array(z.enum(FIGURE_FIELDS)),
  missing: z.number().int().openapi({ description: 'figures still empty' }),
  late: z.boolean().openapi({ description: 'collecting and today is after figuresDueOn' }),
  approvedRunId: z.string().nullable(),
  actions: z.array(z.string()).openapi({ example: ['enter_figures', 'run'] }),
}).openapi('WaterYear');

export const FiguresBody = z
  .object({
    figures: z
      .array(
        z
          .object({
            county: receiver,
            field: z.enum(FIGURE_FIELDS),
            // Areas, populations and scores: none reaches a billion, none needs more than 6 places.
            value: decimalText({ integerDigits: 9, decimals: 6, example: '12.5' }),
          })
          .strict(),
      )
      .min(1)
      .max(1000),
  })
  .strict()
  .openapi('WaterFiguresEntry');

export const TemplateQuery = z.object({
  office: z.enum(WATER_OFFICES).openapi({ param: { name: 'office', in: 'query' } }),
});

export const AllocationSchema = z
  .object({
    county: receiver,
    base: money,
    reward: money,
    total: money,
    score: figure.openapi({ example: '91.2500', description: '4 places' }),
    group: z.string().openapi({ example: 'A' }),
    place: z.number().int().openapi({ example: 1 }),
    tie: z.boolean(),
  })
  .openapi('WaterAllocation');

export const ContributionSchema = z
  .object({
    county: z.string().openapi({ example: '龙湾区' }),
    amount: money,
    ofWhich: z.array(z.object({ name: z.string(), amount: money })).optional(),
  })
  .openapi('WaterContribution');

export const RunSchema = z
  .object({
    id: z.string(),
    year: z.number().int(),
    version: z.number().int(),
    state: z.enum(RUN_STATES),
    allocations: z.array(AllocationSchema),
    contributions: z.array(ContributionSchema),
    warnings: z.array(WarningSchema),
    parametersVersion: z.string().openapi({ example: '温政办函〔2023〕28号 (2023-12-08)' }),
    synthetic: z.boolean(),
    ranBy: z.string(),
    ranAt: instant,
    approvedBy: z.string().nullable(),
    approvedAt: instant.nullable(),
    noticeDocumentNumber: z.string().nullable().openapi({
      description: '发文字号 of the allocation notice; null: none entered, the notice is a draft',
      example: '温自然资规〔2026〕5号',
    }),
    note: z.string().nullable(),
  })
  .openapi('WaterRun');

export const CountyExplanationSchema = z
  .object({
    county: receiver,
    factors: z.array(
      z.object({
        factor: z.string().openapi({ example: 'catchment_area' }),
        label: LocalizedSchema,
        figure,
        total: figure,
        share: figure.openapi({ description: '6 places' }),
        weight: figure.openapi({ example: '45', description: 'percent' }),
        amount: money.openapi({ description: 'exact amount rounded half up, for reading' }),
      }),
    ),
    scores: z.object({
      water_quality: figure,
      green_development: figure,
      management: figure,
      performance: figure,
      total: figure,
    }),
    group: z.string(),
    place: z.number().int(),
    tiedWith: z.array(receiver),
    explanation: ExplanationSchema,
  })
  .openapi('WaterCountyExplanation');

export const RunDetailSchema = RunSchema.extend({
  explanations: z.array(CountyExplanationSchema),
}).openapi('WaterRunDetail');

export const RunParams = z.object({
  runId: z
    .string()
    .uuid()
    .openapi({ param: { name: 'runId', in: 'path' } }),
});

export const ApproveBody = z
  .object({
    note: z.string().max(2000).default(''),
    documentNumber: z.string().max(60).default('').openapi({
      description: '发文字号 of the allocation notice, e.g. 温自然资规〔2026〕5号; blank: a draft',
    }),
  })
  .strict()
  .openapi('WaterApprove');

export const LedgerLineSchema = z
  .object({
    id: z.string(),
    kind: z.enum(LEDGER_KINDS),
    county: z.string().nullable(),
    amount: money,
    state: z.enum(LEDGER_STATES),
    paidOn: date.nullable(),
    reference: z.string().nullable(),
  })
  .openapi('WaterLedgerLine');

/** One direction of the ledger's money, never added to the other. */
const LedgerFlowTotals = z.object({
  total: money,
  paid: money.openapi({ description: 'lines paid (received, for money in)' }),
  due: money.openapi({ description: 'lines not yet paid' }),
});

export const LedgerSchema = z
  .object({
    lines: z.array(LedgerLineSchema),
    totals: z.object({
      incoming: LedgerFlowTotals.openapi({
        description: 'into the fund: contributions and the city share (paid = received)',
      }),
      outgoing: LedgerFlowTotals.openapi({ description: 'transfers to the receivers' }),
      balance: money.openapi({ description: 'what the fund holds: received less transferred' }),
    }),
  })
  .openapi('WaterLedger');

export const LineParams = z.object({
  lineId: z
    .string()
    .uuid()
    .openapi({ param: { name: 'lineId', in: 'path' } }),
});

export const PaidBody = z
  .object({
    paidOn: plausibleDate({ from: '2020-01-01', to: 'today+366', example: '2026-06-30' }),
    reference: textField({ min: 1, max: 200 }),
  })
  .strict()
  .openapi('WaterPaid');

export const FlowsSchema = z
  .object({
    sources: z.array(z.object({ name: z.string(), amount: money })),
    fund: money,
    targets: z.array(z.object({ county: receiver, base: money, reward: money })),
  })
  .openapi('WaterFlows');

const useCategory = z.enum([...USE_CATEGORIES, ...FORBIDDEN_CATEGORIES]);

export const UseCategoriesSchema = z
  .object({
    allowed: z.array(z.object({ category: z.enum(USE_CATEGORIES), label: LocalizedSchema })),
    forbidden: z.array(
      z.object({ category: z.enum(FORBIDDEN_CATEGORIES), label: LocalizedSchema }),
    ),
  })
  .openapi('WaterUseCategories');

export const UseSchema = z
  .object({
    id: z.string(),
    year: z.number().int(),
    county: receiver,
    category: z.enum(USE_CATEGORIES),
    amount: money,
    description: z.string(),
    recordedBy: z.string(),
    recordedAt: instant,
  })
  .openapi('WaterUse');

export const UsesSchema = z
  .object({
    uses: z.array(UseSchema),
    balances: z.array(
      z.object({ county: receiver, transferred: money, used: money, remaining: money }),
    ),
  })
  .openapi('WaterUses');

export const UseBody = z
  .object({
    category: useCategory,
    amount: decimalText({ integerDigits: 12, decimals: 2, example: '1200000.00' }),
    description: textField({ min: 1, max: 2000, multiline: true }),
  })
  .strict()
  .openapi('WaterUseEntry');

export const SelfEvaluationSchema = z
  .object({
    year: z.number().int(),
    county: receiver,
    summary: z.string().nullable(),
    score: figure.nullable().openapi({ description: 'self-assessed, 0-100' }),
    submittedAt: instant.nullable(),
    dueOn: date,
    late: z.boolean().openapi({ description: 'submitted (or still missing) after dueOn' }),
  })
  .openapi('WaterSelfEvaluation');

export const SelfEvaluationBody = z
  .object({
    summary: textField({ min: 1, max: 20000, multiline: true }),
    score: decimalText({ integerDigits: 3, decimals: 4, example: '92.5' }),
  })
  .strict()
  .openapi('WaterSelfEvaluationEntry');
