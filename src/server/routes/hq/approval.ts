import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Actor } from '../../../workflow/actor.ts';
import { APPLICATION_MACHINE } from '../../../workflow/hq-rating/application-machine.ts';
import { BATCH_MACHINE } from '../../../workflow/hq-rating/batch-machine.ts';
import { WorkflowError } from '../../../workflow/hq-rating/errors.ts';
import {
  approveRun,
  getBatch,
  getRun,
  recordNotApproved,
  sendBack,
  submitForApproval,
} from '../../../workflow/hq-rating/services/index.ts';
import type { AppEnv } from '../../env.ts';
import { ApplicationParams } from './applications.ts';
import { ApplicationSummarySchema, BatchSchema, ReasonBodySchema } from './schemas.ts';
import {
  at,
  idParams,
  jsonBody,
  jsonResponse,
  secured,
  stepGuard,
  stepRefusals,
  type HqApp,
} from './support.ts';

const tags = ['hq: approval'];
const RunParams = idParams('runId');

const batchJson = jsonResponse(BatchSchema, 'The batch after the step');

const submitRoute = createRoute({
  method: 'post',
  path: '/api/hq/runs/{runId}/submit',
  tags,
  ...secured,
  summary: '提交领导小组审定 / submit a run for approval',
  description: 'Only the batch’s latest run, with at least one scored enterprise (88号 三、4).',
  middleware: [stepGuard(BATCH_MACHINE, 'submit_for_approval')],
  request: { params: RunParams },
  responses: { 200: batchJson, ...stepRefusals },
});

const approveRoute = createRoute({
  method: 'post',
  path: '/api/hq/runs/{runId}/approve',
  tags,
  ...secured,
  summary: '审定通过 / approve the submitted run',
  description:
    'Every enterprise the run could not score (D5) must first have a written not-approved reason.',
  middleware: [stepGuard(BATCH_MACHINE, 'approve')],
  request: { params: RunParams },
  responses: { 200: batchJson, ...stepRefusals },
});

const sendBackRoute = createRoute({
  method: 'post',
  path: '/api/hq/runs/{runId}/send-back',
  tags,
  ...secured,
  summary: '退回重新评分 / send the submitted run back, with the reason',
  middleware: [stepGuard(BATCH_MACHINE, 'send_back')],
  request: { params: RunParams, body: jsonBody(ReasonBodySchema) },
  responses: { 200: batchJson, ...stepRefusals },
});

const notApprovedRoute = createRoute({
  method: 'post',
  path: '/api/hq/applications/{applicationId}/not-approve',
  tags,
  ...secured,
  summary: '记录不予审定通过的书面理由 / not approve one enterprise, with the written reason',
  middleware: [stepGuard(APPLICATION_MACHINE, 'not_approve')],
  request: { params: ApplicationParams, body: jsonBody(ReasonBodySchema) },
  responses: { 200: jsonResponse(ApplicationSummarySchema, 'Not approved'), ...stepRefusals },
});

/**
 * The batch of a run awaiting approval. approveRun and sendBack act on whatever run the batch
 * has in approval; the path names a run, so a decision taken on a screen showing an older run
 * is refused instead of landing on another one.
 */
async function batchAwaiting(c: Context<AppEnv>, actor: Actor, runId: string): Promise<string> {
  const run = await getRun(c.var.db, actor, { runId });
  const batch = await getBatch(c.var.db, actor, { batchId: run.batchId });
  if (batch.approvalRunId !== runId) {
    throw new WorkflowError('conflict', 'run_not_in_approval', {
      zh: `第 ${run.version} 次计算不是正在待审定的计算，请刷新后查看当前提交的计算`,
      en: `run ${run.version} is not the run awaiting approval; reload to see the submitted run`,
    });
  }
  return batch.id;
}

/** Approval by the leading group (88号 三、4), runs submitted by the bureau. */
export function registerApproval(app: HqApp): void {
  app.openapi(submitRoute, async (c) => {
    const { runId } = c.req.valid('param');
    const actor = c.var.actor!;
    const { batchId } = await getRun(c.var.db, actor, { runId });
    return c.json(await submitForApproval(c.var.db, actor, { batchId, runId }, at(c)), 200);
  });
  app.openapi(approveRoute, async (c) => {
    const actor = c.var.actor!;
    const batchId = await batchAwaiting(c, actor, c.req.valid('param').runId);
    return c.json(await approveRun(c.var.db, actor, { batchId }, at(c)), 200);
  });
  app.openapi(sendBackRoute, async (c) => {
    const actor = c.var.actor!;
    const batchId = await batchAwaiting(c, actor, c.req.valid('param').runId);
    const { reason } = c.req.valid('json');
    return c.json(await sendBack(c.var.db, actor, { batchId, reason }, at(c)), 200);
  });
  app.openapi(notApprovedRoute, async (c) => {
    const input = { ...c.req.valid('json'), ...c.req.valid('param') };
    return c.json(await recordNotApproved(c.var.db, c.var.actor!, input, at(c)), 200);
  });
}
