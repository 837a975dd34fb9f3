import { createRoute, z } from '@hono/zod-openapi';
import { getBatchTimeline, getTimeline } from '../../../workflow/hq-rating/services/index.ts';
import { ApplicationParams } from './applications.ts';
import { TimelineEntrySchema } from './schemas.ts';
import {
  cityOnly,
  idParams,
  jsonResponse,
  secured,
  signedIn,
  stepRefusals,
  type HqApp,
} from './support.ts';

const tags = ['hq: timelines'];

const applicationRoute = createRoute({
  method: 'get',
  path: '/api/hq/applications/{applicationId}/timeline',
  tags,
  ...secured,
  summary: '申报办理时间线 / an application’s timeline',
  description:
    'Every step, oldest first, with who took it and their words (a return’s reason, a ' +
    'correction’s note, the leading group’s written reason). For whoever may read the application.',
  middleware: [signedIn],
  request: { params: ApplicationParams },
  responses: {
    200: jsonResponse(z.object({ timeline: z.array(TimelineEntrySchema) }), 'Oldest first'),
    ...stepRefusals,
  },
});

const batchRoute = createRoute({
  method: 'get',
  path: '/api/hq/batches/{batchId}/timeline',
  tags,
  ...secured,
  summary: '批次办理时间线 / a batch’s own steps',
  middleware: [cityOnly({ zh: '查看批次时间线', en: 'read a batch’s timeline' })],
  request: { params: idParams('batchId') },
  responses: {
    200: jsonResponse(
      z.object({
        timeline: z.array(
          TimelineEntrySchema.extend({ id: z.number().int(), batchId: z.string() }).openapi(
            'BatchEvent',
          ),
        ),
      }),
      'Oldest first',
    ),
    ...stepRefusals,
  },
});

/** Timelines of an application and of a batch. */
export function registerTimelines(app: HqApp): void {
  app.openapi(applicationRoute, async (c) => {
    return c.json(
      { timeline: await getTimeline(c.var.db, c.var.actor!, c.req.valid('param')) },
      200,
    );
  });
  app.openapi(batchRoute, async (c) => {
    const timeline = await getBatchTimeline(c.var.db, c.var.actor!, c.req.valid('param'));
    return c.json({ timeline }, 200);
  });
}
