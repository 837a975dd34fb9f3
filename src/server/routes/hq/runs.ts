import { createRoute, z } from '@hono/zod-openapi';
import { BATCH_MACHINE } from '../../../workflow/hq-rating/batch-machine.ts';
import {
  diffRuns,
  explainResult,
  getRun,
  listRuns,
  runRating,
  startRating,
} from '../../../workflow/hq-rating/services/index.ts';
import {
  BatchSchema,
  ExplanationSchema,
  RunDiffSchema,
  RunSchema,
  RunWithDecisionsSchema,
} from './schemas.ts';
import {
  at,
  cityOnly,
  idField,
  idParams,
  jsonResponse,
  rolesOnly,
  secured,
  stepGuard,
  stepRefusals,
  type HqApp,
} from './support.ts';

const tags = ['hq: rating runs'];
const BatchParams = idParams('batchId');
const RunParams = idParams('runId');
const readRuns = cityOnly({ zh: '查看评定计算', en: 'read rating runs' });

const startRoute = createRoute({
  method: 'post',
  path: '/api/hq/batches/{batchId}/start-rating',
  tags,
  ...secured,
  summary: '结束复审并进入评分 / end re-review, start rating',
  description: 'Refused while any application still has an item pending (D4).',
  middleware: [stepGuard(BATCH_MACHINE, 'start_rating')],
  request: { params: BatchParams },
  responses: { 200: jsonResponse(BatchSchema, 'The batch in rating'), ...stepRefusals },
});

const runRoute = createRoute({
  method: 'post',
  path: '/api/hq/batches/{batchId}/runs',
  tags,
  ...secured,
  summary: '计算评分（新版本） / run the rating (a new stored version)',
  description:
    'Rates every application that passed re-review with its verified or corrected figures ' +
    '(R3-R10, D4). Runs are never changed: each is a new version.',
  middleware: [stepGuard(BATCH_MACHINE, 'run')],
  request: { params: BatchParams },
  responses: { 201: jsonResponse(RunSchema, 'The run, whole'), ...stepRefusals },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/hq/batches/{batchId}/runs',
  tags,
  ...secured,
  summary: '评定计算列表 / a batch’s runs with their approval decisions',
  middleware: [readRuns],
  request: { params: BatchParams },
  responses: {
    200: jsonResponse(z.object({ runs: z.array(RunWithDecisionsSchema) }), 'Oldest first'),
    ...stepRefusals,
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/hq/runs/{runId}',
  tags,
  ...secured,
  summary: '查看评定计算 / one run, whole (inputs, results, unscored, warnings)',
  middleware: [readRuns],
  request: { params: RunParams },
  responses: { 200: jsonResponse(RunSchema, 'The run'), ...stepRefusals },
});

const diffRoute = createRoute({
  method: 'get',
  path: '/api/hq/runs/{runId}/diff/{otherRunId}',
  tags,
  ...secured,
  summary: '比较两次计算 / what changed from another run of the batch to this one',
  description:
    '`from` is `otherRunId`, `to` is `runId`: who entered or left the scored list, changed ' +
    'stars, rank or total. Unchanged enterprises are only counted.',
  middleware: [readRuns],
  request: {
    params: z.object({ runId: idField('runId'), otherRunId: idField('otherRunId') }),
  },
  responses: { 200: jsonResponse(RunDiffSchema, 'The moves'), ...stepRefusals },
});

const explainRoute = createRoute({
  method: 'get',
  path: '/api/hq/runs/{runId}/explain/{uscc}',
  tags,
  ...secured,
  summary: '逐步说明一家企业的结果 / explain one result of a stored run',
  description:
    'The run’s own inputs and settings go through the method again, and the total must come ' +
    'out as stored. City roles: any run; an enterprise: its own result once published. An ' +
    'unscored enterprise gets its D5 reasons as steps.',
  middleware: [
    rolesOnly(['city_bureau', 'leading_group', 'admin', 'enterprise'], {
      zh: '查看评定结果说明',
      en: 'read how a result was reached',
    }),
  ],
  request: {
    params: z.object({
      runId: idField('runId'),
      uscc: z
        .string()
        .min(1)
        .openapi({ param: { name: 'uscc', in: 'path' }, example: '91330302MAR6FJP20Q' }),
    }),
  },
  responses: {
    200: jsonResponse(ExplanationSchema, 'Every step, with rule and article'),
    ...stepRefusals,
  },
});

/** Rating: start it, make runs, read them, compare two, explain a result. */
export function registerRuns(app: HqApp): void {
  app.openapi(startRoute, async (c) => {
    return c.json(await startRating(c.var.db, c.var.actor!, c.req.valid('param'), at(c)), 200);
  });
  app.openapi(runRoute, async (c) => {
    return c.json(await runRating(c.var.db, c.var.actor!, c.req.valid('param'), at(c)), 201);
  });
  app.openapi(listRoute, async (c) => {
    return c.json({ runs: await listRuns(c.var.db, c.var.actor!, c.req.valid('param')) }, 200);
  });
  app.openapi(getRoute, async (c) => {
    return c.json(await getRun(c.var.db, c.var.actor!, c.req.valid('param')), 200);
  });
  app.openapi(diffRoute, async (c) => {
    const { runId, otherRunId } = c.req.valid('param');
    const input = { fromRunId: otherRunId, toRunId: runId };
    return c.json(await diffRuns(c.var.db, c.var.actor!, input), 200);
  });
  app.openapi(explainRoute, async (c) => {
    return c.json(await explainResult(c.var.db, c.var.actor, c.req.valid('param')), 200);
  });
}
