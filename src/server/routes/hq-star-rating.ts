import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { todayInChina } from '../../engine/calendar/today.ts';
import { InputError, type InputIssue } from '../../engine/input-issue.ts';
import { reportedIssues } from '../../engine/table/limits.ts';
import { explainEnterprise } from '../../methods/hq-star-rating/explain.ts';
import { COLUMNS } from '../../methods/hq-star-rating/input.ts';
import { jsonChunks, SYNTHETIC_NOTICE } from '../../methods/hq-star-rating/output.ts';
import type { ApiApp, AppEnv } from '../env.ts';
import { errorJson, errorResponse, issueOut, problemsHeading } from '../errors.ts';
import { heavyImport } from '../request-limits.ts';
import { signedIn } from '../guards.ts';
import { rateUploadedBatch, type BatchSource, type JsonRows } from '../hq-batch-input.ts';

/** The largest batch accepted in one request (a 20 MB CSV is about 200,000 enterprises). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const MAX_JSON_ROWS = 100_000;

const isRealDate = (text: string) =>
  !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) &&
  new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

const SettingsQuery = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'iso_date')
    .refine(isRealDate, 'iso_date')
    .optional()
    .openapi({
      description: 'Rating date; selects the parameters (default today in China)',
      example: '2026-03-01',
    }),
  year: z
    .string()
    .regex(/^\d{4}$/, 'four_digit_year')
    .optional()
    .openapi({ description: 'Batch year Y (D6); default the year of the date', example: '2025' }),
  whenNoSpread: z.enum(['full_weight', 'zero']).optional().openapi({ description: 'D2' }),
  lang: z.enum(['zh', 'en']).optional(),
});

const RateQuery = SettingsQuery.extend({
  detail: z.enum(['true', 'false'], 'true_or_false').optional().openapi({
    description: 'Add each indicator score and the bonus points to every result',
  }),
});

const ExplainQuery = SettingsQuery.extend({
  uscc: z
    .string()
    .min(1)
    .openapi({ description: 'The enterprise to explain', example: '91330302MAR6FJP20Q' }),
});

const FileBody = z
  .object({
    file: z
      .custom<File>((value) => value instanceof File, 'file_required')
      .openapi({
        type: 'string',
        format: 'binary',
        description: '.csv (UTF-8) or .xlsx, first sheet',
      }),
  })
  .openapi('BatchFile');

const RowsBody = z
  .strictObject({
    rows: z
      .array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])))
      .min(1)
      .max(MAX_JSON_ROWS)
      .openapi({
        description: `One object per enterprise with the keys ${COLUMNS.join(', ')} (and an optional note). Amounts as text keep every digit.`,
        example: [
          {
            uscc: '91330302MAR6FJP20Q',
            name: '示例企业',
            county: '鹿城区',
            revenue_2y: '56.78',
            contribution_2y: '3.2',
            rd_2y: '1200.5',
            pension_payers: '1180',
            tax_filers: '1200',
            top500: '',
            listings_3y: '0',
          },
        ],
      }),
  })
  .openapi('BatchRows');

const batchBody = {
  content: {
    'multipart/form-data': { schema: FileBody },
    'application/json': { schema: RowsBody },
  },
};

const uploadLimit = bodyLimit({
  maxSize: MAX_UPLOAD_BYTES,
  onError: (c) =>
    errorJson(c as Context<AppEnv>, 413, 'too_large', {
      zh: `上传内容超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB 上限，请拆分批次后再上传`,
      en: `The upload exceeds the ${MAX_UPLOAD_BYTES / 1024 / 1024} MB limit; split the batch`,
    }),
});

const refusals = {
  400: errorResponse('The input cannot be used: every problem, with row and column'),
  401: errorResponse('Not signed in'),
  413: errorResponse('Too large'),
};

const rateRoute = createRoute({
  method: 'post',
  path: '/api/hq-star-rating/rate',
  tags: ['hq-star-rating'],
  summary: '评定一个批次文件 / rate a batch file',
  description:
    'The same reading, checks and rating as `pingding rate hq-star-rating`: upload a .csv/.xlsx ' +
    '(multipart, field `file`) or send JSON rows. Returns the command line’s JSON document.',
  security: [{ session: [] }],
  middleware: [signedIn, uploadLimit, heavyImport],
  request: { query: RateQuery, body: batchBody },
  responses: {
    200: {
      description: 'Results, unscored enterprises with reasons, warnings',
      content: {
        'application/json': { schema: z.object({}).passthrough().openapi('BatchRating') },
      },
    },
    ...refusals,
  },
});

const explainRoute = createRoute({
  method: 'post',
  path: '/api/hq-star-rating/explain',
  tags: ['hq-star-rating'],
  summary: '逐步说明一家企业的得分 / explain one enterprise',
  description:
    'Rates the batch as /rate does and returns the Explanation of one enterprise: every step from ' +
    'its figures to its stars, with rule and article. An unscored enterprise gets its reasons.',
  security: [{ session: [] }],
  middleware: [signedIn, uploadLimit, heavyImport],
  request: { query: ExplainQuery, body: batchBody },
  responses: {
    200: {
      description: 'The explanation (or the reasons it was not scored)',
      content: {
        'application/json': { schema: z.object({}).passthrough().openapi('Explanation') },
      },
    },
    ...refusals,
  },
});

/** `POST /api/hq-star-rating/rate` and `/explain`: the method on an uploaded batch, no storage. */
export function registerHqStarRating(app: ApiApp): void {
  app.openapi(rateRoute, async (c) => {
    const query = c.req.valid('query');
    const source = batchSource(c.req.valid('form'), c.req.valid('json'));
    const computed = await rateOrRefuse(c, source, query);
    if (computed instanceof Response) return computed;
    const chunks = jsonChunks(computed.rating, {
      synthetic: computed.synthetic,
      detail: query.detail === 'true',
    });
    // Typed routes expect c.json; a stream is a plain Response with the same JSON document.
    return streamJson(chunks) as never;
  });

  app.openapi(explainRoute, async (c) => {
    const query = c.req.valid('query');
    const source = batchSource(c.req.valid('form'), c.req.valid('json'));
    const computed = await rateOrRefuse(c, source, query);
    if (computed instanceof Response) return computed;
    const { rating, synthetic } = computed;
    const uscc = query.uscc.trim();
    const explanation = explainEnterprise(rating, uscc);
    const unscored = rating.unscored.find((entry) => entry.enterprise.uscc === uscc);
    const notice = synthetic ? { notice: SYNTHETIC_NOTICE } : {};
    if (explanation) return c.json({ ...explanation, ...notice }, 200);
    if (unscored) {
      return c.json(
        {
          method: 'hq-star-rating',
          subject: { id: uscc, name: unscored.enterprise.name },
          unscored: unscored.reasons,
          ...notice,
        },
        200,
      );
    }
    return refuseInput(c, source, [
      {
        column: 'uscc',
        code: 'uscc_not_in_batch',
        message: {
          zh: `批次中没有统一社会信用代码为 ${uscc} 的企业`,
          en: `no enterprise with credit code ${uscc} in the batch`,
        },
      },
    ]);
  });
}

/** The validated body: a form with a file, or JSON rows (each validator leaves the other empty). */
function batchSource(form: unknown, json: unknown): BatchSource {
  const file = (form as { file?: unknown } | undefined)?.file;
  if (file instanceof File) return { kind: 'file', file };
  const rows = (json as { rows?: JsonRows } | undefined)?.rows;
  if (rows) return { kind: 'rows', rows };
  // Neither: no body, or a body of another kind the validators let through empty.
  throw new InputError([
    {
      column: 'file',
      code: 'file_required',
      message: {
        zh: '请以 multipart/form-data 上传 .csv 或 .xlsx 文件（字段名 file），或以 JSON 提交 {"rows": [...]}',
        en: 'upload a .csv or .xlsx file as multipart/form-data (field "file"), or send JSON {"rows": [...]}',
      },
    },
  ]);
}

async function rateOrRefuse(
  c: Context<AppEnv>,
  source: BatchSource,
  query: z.infer<typeof SettingsQuery>,
) {
  try {
    return await rateUploadedBatch(source, {
      date: query.date ?? todayInChina(),
      year: query.year === undefined ? undefined : Number(query.year),
      whenNoSpread: query.whenNoSpread,
    });
  } catch (error) {
    if (error instanceof InputError) return refuseInput(c, source, error.issues);
    throw error;
  }
}

/**
 * A 400 for a batch that cannot be used. File issues keep the spreadsheet row (header = 1) and
 * column; JSON issues are placed at `rows.<index>.<column>` with `row` counted from 1.
 */
function refuseInput(c: Context<AppEnv>, source: BatchSource, issues: readonly InputIssue[]) {
  const pathOf = (issue: InputIssue) => {
    if (source.kind === 'rows' && issue.row !== undefined) {
      return `rows.${issue.row - 1}${issue.column ? `.${issue.column}` : ''}`;
    }
    return issue.column ?? (source.kind === 'file' ? 'file' : 'rows');
  };
  return errorJson(
    c,
    400,
    'invalid_input',
    problemsHeading(issues.length, 'file'),
    reportedIssues(issues).map((issue) => issueOut(issue, c.var.lang, pathOf)),
  );
}

/** Streams the JSON document chunk by chunk: a large batch never becomes one string. */
function streamJson(chunks: Iterator<string>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
