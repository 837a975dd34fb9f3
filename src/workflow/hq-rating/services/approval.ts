import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Transaction } from '../../../store/database.ts';
import { hqApplication } from '../../../store/schema/hq-applications.ts';
import { hqBatch } from '../../../store/schema/hq-batches.ts';
import { hqDecision, hqRatingRun } from '../../../store/schema/hq-runs.ts';
import type { Actor } from '../../actor.ts';
import { APPLICATION_MACHINE } from '../application-machine.ts';
import { BATCH_MACHINE } from '../batch-machine.ts';
import { notFound, RECORD_LABELS, WorkflowError } from '../errors.ts';
import { assertCanReadApplication } from '../permissions.ts';
import { transition } from '../state-machine.ts';
import { applicationsBackToRating } from './back-to-rating.ts';
import { inTransaction, moment, type ServiceOptions } from './context.ts';
import {
  lockApplication,
  lockApplicationsIn,
  lockBatch,
  scopeOf,
  type ApplicationRow,
  type BatchRow,
} from './load.ts';
import { latestRun, rateThePool } from './rating.ts';
import { logApplicationStep, logBatchStep, moveApplications } from './record.ts';
import { parseInput, wordsField } from './validation.ts';
import { applicationSummary, batchView, type ApplicationSummary, type BatchView } from './views.ts';

/**
 * The bureau submits a run to the leading group (88号 三、4). Only the batch's latest run may go:
 * an older one would leave out figures changed since.
 * @example await submitForApproval(db, bureau, { batchId, runId })
 */
export async function submitForApproval(
  db: Database,
  actor: Actor,
  input: { batchId: string; runId: string },
  options?: ServiceOptions,
): Promise<BatchView> {
  const { batchId, runId } = parseInput(
    z.object({ batchId: z.uuid(), runId: z.uuid() }).strict(),
    input,
  );
  const { at } = moment(options);
  return inTransaction(db, async (tx) => {
    const batch = await lockBatch(tx, batchId, 'update');
    const to = transition(BATCH_MACHINE, batch.state, 'submit_for_approval', actor);
    const [run] = await tx
      .select()
      .from(hqRatingRun)
      .where(and(eq(hqRatingRun.id, runId), eq(hqRatingRun.batchId, batchId)));
    if (!run) throw notFound(RECORD_LABELS.run, runId);
    const latest = await latestRun(tx, batchId);
    if (latest!.id !== run.id) {
      throw new WorkflowError('conflict', 'run_outdated', {
        zh: `第 ${run.version} 次计算不是最新的（最新为第 ${latest!.version} 次），请提交最新计算`,
        en: `run ${run.version} is not the latest (${latest!.version}); submit the latest run`,
      });
    }
    const rated = await lockApplicationsIn(tx, batchId, ['verified']);
    if (rated.length > 0) {
      throw new WorkflowError('conflict', 'run_needed', {
        zh: `有 ${rated.length} 份申报在最新计算之后才复审通过，请重新计算`,
        en: `${rated.length} applications passed re-review after the latest run; run the rating again`,
      });
    }
    if (run.results.length === 0) {
      throw new WorkflowError('conflict', 'empty_run', {
        zh: '该次计算没有任何计分企业，不能提交审定',
        en: 'the run scored no enterprise and cannot be submitted',
      });
    }
    await tx.insert(hqDecision).values({
      batchId,
      runId,
      kind: 'submitted',
      decidedBy: actor.accountId,
      decidedRole: actor.role,
      decidedAt: at,
    });
    const [row] = await tx
      .update(hqBatch)
      .set({ state: to, approvalRunId: runId, updatedAt: at })
      .where(eq(hqBatch.id, batchId))
      .returning();
    await logBatchStep(tx, batchId, {
      actor,
      at,
      action: 'submit_for_approval',
      fromState: batch.state,
      toState: to,
      details: { runId, version: run.version, warnings: run.warnings.map((w) => w.code) },
    });
    return batchView(row!, actor);
  });
}

/**
 * The leading group records its written reason for not approving one enterprise (88号 三、4: the
 * bureau answers the enterprise in writing with it).
 * @example await recordNotApproved(db, leadingGroup, { applicationId, reason: '数据缺失，无法评分' })
 */
export async function recordNotApproved(
  db: Database,
  actor: Actor,
  input: { applicationId: string; reason: string },
  options?: ServiceOptions,
): Promise<ApplicationSummary> {
  const { applicationId, reason } = parseInput(
    z.object({ applicationId: z.uuid(), reason: wordsField }).strict(),
    input,
  );
  const { at, today } = moment(options);
  return inTransaction(db, async (tx) => {
    const { batch, application } = await lockApplication(tx, applicationId);
    assertCanReadApplication(actor, await scopeOf(tx, application, actor));
    transition(BATCH_MACHINE, batch.state, 'record_not_approved', actor);
    const to = transition(APPLICATION_MACHINE, application.state, 'not_approve', actor);
    await tx.insert(hqDecision).values({
      batchId: batch.id,
      runId: batch.approvalRunId!,
      applicationId,
      kind: 'not_approved',
      reason,
      decidedBy: actor.accountId,
      decidedRole: actor.role,
      decidedAt: at,
    });
    const [row] = await tx
      .update(hqApplication)
      .set({ state: to, version: application.version + 1, updatedAt: at })
      .where(eq(hqApplication.id, applicationId))
      .returning();
    await logApplicationStep(tx, applicationId, {
      actor,
      at,
      action: 'not_approve',
      fromState: application.state,
      toState: to,
      note: reason,
      details: { runId: batch.approvalRunId },
    });
    await reRankWithout(tx, batch, application, actor, at);
    return applicationSummary(row!, today);
  });
}

/**
 * After the leading group refuses a scored enterprise (88号 三、4), the others are ranked without
 * it: it leaves the pool and no longer counts in any minimum or maximum, a new run version is made
 * from the remaining enterprises, and that run is the one before the leading group, to approve
 * and publish. An unscored enterprise (D5) counted in nothing, so its refusal changes no rank.
 */
async function reRankWithout(
  tx: Transaction,
  batch: BatchRow,
  refused: ApplicationRow,
  actor: Actor,
  at: Date,
): Promise<void> {
  const [before] = await tx
    .select()
    .from(hqRatingRun)
    .where(eq(hqRatingRun.id, batch.approvalRunId!));
  if (!before!.results.some((result) => result.applicationId === refused.id)) return;
  const { run } = await rateThePool(tx, batch, actor, at);
  await tx
    .update(hqBatch)
    .set({ approvalRunId: run.id, updatedAt: at })
    .where(eq(hqBatch.id, batch.id));
  // The new run is before the leading group as the bureau's was: on the leading group's own decision.
  await tx.insert(hqDecision).values({
    batchId: batch.id,
    runId: run.id,
    kind: 'submitted',
    reason: `不予审定通过${refused.name}后，其余企业重新排名（第 ${before!.version} 次计算之后）`,
    decidedBy: actor.accountId,
    decidedRole: actor.role,
    decidedAt: at,
  });
  await logBatchStep(tx, batch.id, {
    actor,
    at,
    action: 're_rank',
    fromState: batch.state,
    toState: batch.state,
    note: refused.name,
    details: {
      runId: run.id,
      version: run.version,
      replacedRunId: before!.id,
      replacedVersion: before!.version,
      refusedApplicationId: refused.id,
    },
  });
}

/**
 * The leading group approves the submitted run (88号 三、4). Every enterprise the run could not
 * score (D5) must first have a written not-approved reason: it has no stars to approve.
 * @example await approveRun(db, leadingGroup, { batchId })
 */
export async function approveRun(
  db: Database,
  actor: Actor,
  input: { batchId: string },
  options?: ServiceOptions,
): Promise<BatchView> {
  const { batchId } = parseInput(z.object({ batchId: z.uuid() }).strict(), input);
  const { at } = moment(options);
  return inTransaction(db, async (tx) => {
    const batch = await lockBatch(tx, batchId, 'update');
    const to = transition(BATCH_MACHINE, batch.state, 'approve', actor);
    const [run] = await tx
      .select()
      .from(hqRatingRun)
      .where(eq(hqRatingRun.id, batch.approvalRunId!));
    const rated = await lockApplicationsIn(tx, batchId, ['rated']);
    const unscoredIds = new Set(run!.unscored.map((entry) => entry.applicationId));
    const undecided = rated.filter((row) => unscoredIds.has(row.id));
    if (undecided.length > 0) {
      throw new WorkflowError('conflict', 'unscored_need_reason', {
        zh: `${undecided.map((row) => row.name).join('、')} 未能计分，请先写明不予通过的理由`,
        en: `${undecided.map((row) => row.name).join(', ')} could not be scored; write the not-approved reason first`,
      });
    }
    await moveApplications(tx, rated, 'approve', { actor, at });
    await tx.insert(hqDecision).values({
      batchId,
      runId: run!.id,
      kind: 'approved',
      decidedBy: actor.accountId,
      decidedRole: actor.role,
      decidedAt: at,
    });
    const [updated] = await tx
      .update(hqBatch)
      .set({ state: to, updatedAt: at })
      .where(eq(hqBatch.id, batchId))
      .returning();
    await logBatchStep(tx, batchId, {
      actor,
      at,
      action: 'approve',
      fromState: batch.state,
      toState: to,
      details: { runId: run!.id, version: run!.version, approved: rated.length },
    });
    return batchView(updated!, actor);
  });
}

/**
 * The leading group sends the run back to the bureau with its reason; the batch returns to
 * rating and a new run is needed (88号 三、4).
 * @example await sendBack(db, leadingGroup, { batchId, reason: '请核对第 16 名并列的数据' })
 */
export async function sendBack(
  db: Database,
  actor: Actor,
  input: { batchId: string; reason: string },
  options?: ServiceOptions,
): Promise<BatchView> {
  const { batchId, reason } = parseInput(
    z.object({ batchId: z.uuid(), reason: wordsField }).strict(),
    input,
  );
  const { at } = moment(options);
  return inTransaction(db, async (tx) => {
    const batch = await lockBatch(tx, batchId, 'update');
    const to = transition(BATCH_MACHINE, batch.state, 'send_back', actor);
    await tx.insert(hqDecision).values({
      batchId,
      runId: batch.approvalRunId!,
      kind: 'sent_back',
      reason,
      decidedBy: actor.accountId,
      decidedRole: actor.role,
      decidedAt: at,
    });
    // The leading group's refusals stand: only the enterprises still in the pool go back.
    await applicationsBackToRating(tx, actor, batchId, ['rated'], reason, at);
    const [row] = await tx
      .update(hqBatch)
      .set({ state: to, approvalRunId: null, updatedAt: at })
      .where(eq(hqBatch.id, batchId))
      .returning();
    await logBatchStep(tx, batchId, {
      actor,
      at,
      action: 'send_back',
      fromState: batch.state,
      toState: to,
      note: reason,
      details: { runId: batch.approvalRunId },
    });
    return batchView(row!, actor);
  });
}
