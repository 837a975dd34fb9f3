import { createRoute, z } from '@hono/zod-openapi';
import { readArrangementFile } from '../../engine/calendar/arrangement.ts';
import { InputError } from '../../engine/input-issue.ts';
import {
  builtInYears,
  calendarOverview,
  enterCalendarYear,
  FORM_COLUMNS,
  type CalendarYearView,
} from '../../workflow/calendar/calendar.ts';
import type { ApiApp } from '../env.ts';
import { errorResponse } from '../errors.ts';
import { rolesOnly, signedIn } from '../guards.ts';

const CalendarYearSchema = z
  .object({
    year: z.number().int().openapi({ example: 2027 }),
    origin: z.enum(['built_in', 'entered']).openapi({
      description: 'built_in: the chinese-days data; entered: by an administrator from the notice',
    }),
    source: z.string().nullable().openapi({ description: 'The notice: its number and date' }),
    holidays: z.array(z.string()).openapi({ description: 'Days off, YYYY-MM-DD (entered years)' }),
    workingDays: z
      .array(z.string())
      .openapi({ description: 'Weekend days made working days, YYYY-MM-DD (entered years)' }),
    enteredAt: z.string().nullable(),
  })
  .openapi('CalendarYear');

const CalendarSchema = z
  .object({
    years: z.array(CalendarYearSchema),
    builtIn: z.object({ firstYear: z.number().int(), lastYear: z.number().int() }),
    today: z.string().openapi({ description: 'The procedure’s date', example: '2026-12-03' }),
    missingNextYear: z.number().int().nullable().openapi({
      description: 'From November: next year, when its arrangement is neither built in nor entered',
    }),
  })
  .openapi('Calendar');

const EnterYearSchema = z
  .strictObject({
    year: z.unknown().openapi({ type: 'integer', example: 2027 }),
    source: z.unknown().openapi({ type: 'string', description: 'The notice: its number and date' }),
    holidays: z.unknown().openapi({ type: 'array', items: { type: 'string' } }),
    workingDays: z.unknown().openapi({ type: 'array', items: { type: 'string' } }),
  })
  .openapi('EnterCalendarYear');

const ImportSchema = z
  .strictObject({
    content: z.string().max(200_000).openapi({
      description:
        'The arrangement file: JSON { year, source, holidays, working_days }, dates YYYY-MM-DD',
    }),
  })
  .openapi('ImportCalendarYear');

const adminOnly = rolesOnly(['admin'], { zh: '录入节假日安排', en: 'enter a holiday arrangement' });
const yearJson = { 'application/json': { schema: CalendarYearSchema } };

const readRoute = createRoute({
  method: 'get',
  path: '/api/calendar',
  tags: ['calendar'],
  security: [{ session: [] }],
  middleware: [signedIn],
  summary: '节假日安排 / the years the working-day calendar holds',
  description:
    'The built-in years (chinese-days) and those entered from the State Council notices, with the ' +
    'entered days; missingNextYear warns from November when next year is not held.',
  responses: {
    200: {
      description: 'The calendar',
      content: { 'application/json': { schema: CalendarSchema } },
    },
    401: errorResponse('Not signed in'),
  },
});

const enterRoute = createRoute({
  method: 'post',
  path: '/api/calendar/years',
  tags: ['calendar'],
  security: [{ session: [] }],
  middleware: [adminOnly],
  summary: '录入一年的节假日安排 / enter or correct a year’s arrangement (administrator)',
  description:
    'Checked: 1 January among the holidays, every day of that year (a holiday may start from 25 ' +
    'December before), no day twice or both a holiday and a working day, every adjusted working ' +
    'day on a weekend; a built-in year is not entered. Audited.',
  request: {
    body: { content: { 'application/json': { schema: EnterYearSchema } }, required: true },
  },
  responses: {
    200: { description: 'Stored', content: yearJson },
    400: errorResponse('A field breaks a rule (each issue names its field)'),
    401: errorResponse('Not signed in'),
    403: errorResponse('Not an administrator'),
  },
});

const importRoute = createRoute({
  method: 'post',
  path: '/api/calendar/import',
  tags: ['calendar'],
  security: [{ session: [] }],
  middleware: [adminOnly],
  summary: '导入节假日安排文件 / import an arrangement file (administrator)',
  description: 'The file of `pingding calendar import`, checked and stored the same way.',
  request: {
    body: { content: { 'application/json': { schema: ImportSchema } }, required: true },
  },
  responses: {
    200: { description: 'Stored', content: yearJson },
    400: errorResponse('The file breaks a rule (each issue names its key)'),
    401: errorResponse('Not signed in'),
    403: errorResponse('Not an administrator'),
  },
});

// The file's keys as the screen names its fields, so a problem reads in the screen's words.
const SCREEN_COLUMN_OF_KEY: Record<string, string> = {
  year: FORM_COLUMNS.year,
  source: FORM_COLUMNS.source,
  holidays: FORM_COLUMNS.holidays,
  working_days: FORM_COLUMNS.workingDays,
};

function yearOut(view: CalendarYearView) {
  return { ...view, enteredAt: view.enteredAt?.toISOString() ?? null };
}

/** `GET /api/calendar`, `POST /api/calendar/years`, `POST /api/calendar/import`. */
export function registerCalendar(app: ApiApp): void {
  app.openapi(readRoute, async (c) => {
    const overview = await calendarOverview(c.var.db, { clock: c.var.procedureClock });
    return c.json({ ...overview, years: overview.years.map(yearOut) }, 200);
  });
  app.openapi(enterRoute, async (c) => {
    const view = await enterCalendarYear(c.var.db, c.var.actor, c.req.valid('json'), {
      clock: c.var.clock,
    });
    return c.json(yearOut(view), 200);
  });
  app.openapi(importRoute, async (c) => {
    const read = readArrangementFile(c.req.valid('json').content, builtInYears());
    if (!read.ok) {
      throw new InputError(
        read.issues.map((issue) => ({
          ...issue,
          column: issue.column && (SCREEN_COLUMN_OF_KEY[issue.column] ?? issue.column),
        })),
      );
    }
    const view = await enterCalendarYear(c.var.db, c.var.actor, read.entry, {
      clock: c.var.clock,
      via: 'file',
    });
    return c.json(yearOut(view), 200);
  });
}
