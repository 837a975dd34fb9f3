import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { appendAudit } from '../../store/audit.ts';
import { storeDemoClock } from '../demo/clock-store.ts';
import { chinaDate } from '../../workflow/hq-rating/services/context.ts';
import type { ApiApp, AppEnv, AppOptions } from '../env.ts';
import { errorJson, errorResponse } from '../errors.ts';
import { rolesOnly } from '../guards.ts';

const DemoClockSchema = z
  .object({
    today: z
      .string()
      .openapi({ description: 'The date in China the procedure sees', example: '2026-12-20' }),
    set: z.boolean().openapi({ description: 'False: the system’s own date' }),
  })
  .openapi('DemoClock');

const SetDemoClockSchema = z
  .strictObject({
    today: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'iso_date')
      .nullable()
      .openapi({ description: 'YYYY-MM-DD, or null for the system’s date', example: '2026-12-20' }),
  })
  .openapi('SetDemoClock');

const notDemo = errorResponse('Not in demo mode: the procedure follows the system clock');

const readRoute = createRoute({
  method: 'get',
  path: '/api/demo/clock',
  tags: ['demo'],
  summary: '演示日期 / the date the procedure sees (set: moved on a demo server)',
  responses: {
    200: {
      description: 'The date, and whether it was moved',
      content: { 'application/json': { schema: DemoClockSchema } },
    },
  },
});

const setRoute = createRoute({
  method: 'post',
  path: '/api/demo/clock',
  tags: ['demo'],
  security: [{ session: [] }],
  summary: '设定演示日期 / stand the procedure on a date (demo mode only, admin)',
  description:
    'Moves the date every step of the procedure sees by whole days, so a demonstration or a test ' +
    'can reach a closed window, the end of publicity or an expired rating. Sessions and the ' +
    'audit log keep the system clock. The date is kept in the database, so a restart stands on ' +
    'it again (moved by as many days). Outside demo mode there is no such clock (404).',
  middleware: [rolesOnly(['admin'], { zh: '设定演示日期', en: 'set the demo date' })],
  request: {
    body: { content: { 'application/json': { schema: SetDemoClockSchema } }, required: true },
  },
  responses: {
    200: { description: 'Set', content: { 'application/json': { schema: DemoClockSchema } } },
    400: errorResponse('Not a date'),
    401: errorResponse('Not signed in'),
    403: errorResponse('Not an administrator'),
    404: notDemo,
  },
});

/** `GET` and `POST /api/demo/clock`: the demo server's settable date; set only in demo mode. */
export function registerDemoClock(app: ApiApp, options: AppOptions): void {
  const refuse = (c: Context<AppEnv>) =>
    errorJson(c, 404, 'not_demo_mode', {
      zh: '未处于演示模式，日期以系统时钟为准，不能设定',
      en: 'The service is not in demo mode; the date is the system clock’s and cannot be set',
    });
  app.openapi(readRoute, (c) => {
    const clock = options.demoClock;
    // Outside demo mode there is nothing to set, but the date may still be read.
    if (!clock) return c.json({ today: chinaDate(c.var.procedureClock.now()), set: false }, 200);
    return c.json({ today: clock.today(), set: clock.isSet() }, 200);
  });
  app.openapi(setRoute, async (c) => {
    const clock = options.demoClock;
    if (!clock) return refuse(c);
    const before = { today: clock.today(), set: clock.isSet() };
    // Records made on a moved date are explained by the log: who moved it, from when, to when.
    // The date stays moved only if that record commits.
    await c.var.db.transaction(async (tx) => {
      clock.set(c.req.valid('json').today);
      try {
        await storeDemoClock(tx, clock, c.var.actor!.accountId, c.var.clock.now());
        await appendAudit(tx, {
          actor: c.var.actor!.accountId,
          action: 'demo.clock_set',
          entity: 'demo_clock',
          entityId: 'procedure',
          before,
          after: { today: clock.today(), set: clock.isSet() },
        });
      } catch (error) {
        clock.set(before.set ? before.today : null);
        throw error;
      }
    });
    return c.json({ today: clock.today(), set: clock.isSet() }, 200);
  });
}
