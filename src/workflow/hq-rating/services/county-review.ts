import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../../store/database.ts';
import { hqApplication } from '../../../store/schema/hq-applications.ts';
import { hqCountyReport } from '../../../store/schema/hq-batches.ts';
import type { Actor } from '../../actor.ts';
import { APPLICATION_MACHINE, type ApplicationAction } from '../application-machine.ts';
import { BATCH_MACHINE } from '../batch-machine.ts';
import { WorkflowError } from '../errors.ts';
import { assertActorScope, assertCanReadApplication } from '../permissions.ts';
import { transition } from '../state-machine.ts';
import { inTransaction, moment, type ServiceOptions } from './context.ts';
import { lockApplication, lockBatch, scopeOf, type BatchRow } from './load.ts';
import { logApplicationStep, logBatchStep } from './record.ts';
import { dateField, parseInput, textField, throwIssues, wordsField } from './validation.ts';
import { applicationSummary, type ApplicationSummary } from './views.ts';

/** County pre-review happens while the batch is in `review` (88号 三、2). */
function assertPreReview(batch: BatchRow): void {
  if (batch.state !== 'review') {
    throw new WorkflowError('conflict', 'not_in_pre_review', {
      zh: `批次当前为“${BATCH_MACHINE.stateLabels[batch.state].zh}”，不在初审阶段`,
      en: `the batch is ${BATCH_MACHINE.stateLabels[batch.state].en}, not in county pre-review`,
    });
  }
}

async function countyDecision(
  db: Database,
  actor: Actor,
  input: unknown,
  action: Extract<ApplicationAction, 'county_pass' | 'county_return' | 'county_reject'>,
  options?: ServiceOptions,
): Promise<ApplicationSummary> {
  const needsReason = APPLICATION_MACHINE.transitions[action].needsReason === true;
  const schema = z
    .object({ applicationId: z.uuid(), reason: needsReason ? wordsField : wordsField.optional() })
    .strict();
  const { applicationId, reason } = parseInput(schema, input);
  const { at, today } = moment(options);
  return inTransaction(db, async (tx) => {
    const { batch, application } = await lockApplication(tx, applicationId);
    assertCanReadApplication(actor, await scopeOf(tx, application, actor));
    const to = transition(APPLICATION_MACHINE, application.state, action, actor);
    assertPreReview(batch);
    const [row] = await tx
      .update(hqApplication)
      .set({ state: to, version: application.version + 1, updatedAt: at })
      .where(eq(hqApplication.id, applicationId))
      .returning();
    await logApplicationStep(tx, applicationId, {
      actor,
      at,
      action,
      fromState: application.state,
      toState: to,
      note: reason ?? null,
    });
    return applicationSummary(row!, today);
  });
}

/**
 * The county office passes an application of its jurisdiction at pre-review (88号 三、2).
 * @example await countyPass(db, countyOffice, { applicationId })
 */
export function countyPass(
  db: Database,
  actor: Actor,
  input: { applicationId: string; reason?: string },
  options?: ServiceOptions,
): Promise<ApplicationSummary> {
  return countyDecision(db, actor, input, 'county_pass', options);
}

/**
 * Returns an application to the enterprise with the reason, for it to change and resubmit.
 * @example await countyReturn(db, countyOffice, { applicationId, reason: '财务报表缺少附注' })
 */
export function countyReturn(
  db: Database,
  actor: Actor,
  input: { applicationId: string; reason: string },
  options?: ServiceOptions,
): Promise<ApplicationSummary> {
  return countyDecision(db, actor, input, 'county_return', options);
}

/**
 * Rejects an application at pre-review, with the reason (final for this batch).
 * @example await countyReject(db, countyOffice, { applicationId, reason: '未经县级政府认定为总部企业' })
 */
export function countyReject(
  db: Database,
  actor: Actor,
  input: { applicationId: string; reason: string },
  options?: ServiceOptions,
): Promise<ApplicationSummary> {
  return countyDecision(db, actor, input, 'county_reject', options);
}

const reportSchema = z
  .object({ batchId: z.uuid(), letterNumber: textField(100), letterDate: dateField })
  .strict();

/** A county's report of its pass list, with the applications it carried. */
export interface CountyReport {
  id: string;
  batchId: string;
  county: string;
  letterNumber: string;
  letterDate: string;
  applications: ApplicationSummary[];
}

/**
 * The county office reports its pass list to the bureau by official letter, once its government
 * has approved it (88号 三、2): every passed application of its jurisdiction becomes `reported`.
 * Refused while an application of the jurisdiction still awaits a decision.
 * @example await reportPassList(db, countyOffice, { batchId, letterNumber: '鹿投促〔2025〕12号', letterDate: '2025-12-20' })
 */
export async function reportPassList(
  db: Database,
  actor: Actor,
  input: { batchId: string; letterNumber: string; letterDate: string },
  options?: ServiceOptions,
): Promise<CountyReport> {
  const { batchId, letterNumber, letterDate } = parseInput(reportSchema, input);
  assertActorScope(actor);
  const { at, today } = moment(options);
  if (letterDate > today) {
    throwIssues([
      {
        column: 'letterDate',
        code: 'letter_in_future',
        message: {
          zh: `上报日期：${letterDate} 晚于今天（${today}）`,
          en: `letter date: ${letterDate} is after today (${today})`,
        },
      },
    ]);
  }
  return inTransaction(db, async (tx) => {
    const batch = await lockBatch(tx, batchId, 'share');
    // The role check comes first, so the rule says who may report before any state is told.
    if (actor.role !== 'county_office')
      transition(APPLICATION_MACHINE, 'county_passed', 'report', actor);
    assertPreReview(batch);
    const county = actor.jurisdiction!;
    const inCounty = await tx
      .select()
      .from(hqApplication)
      .where(and(eq(hqApplication.batchId, batchId), eq(hqApplication.county, county)))
      .orderBy(hqApplication.id)
      .for('update');
    const pending = inCounty.filter((row) => row.state === 'submitted');
    if (pending.length > 0) {
      throw new WorkflowError('conflict', 'pre_review_pending', {
        zh: `本地区还有 ${pending.length} 份申报未作初审决定，请先处理后再上报`,
        en: `${pending.length} applications of this jurisdiction still await a pre-review decision`,
      });
    }
    const passed = inCounty.filter((row) => row.state === 'county_passed');
    if (passed.length === 0) {
      throw new WorkflowError('conflict', 'nothing_to_report', {
        zh: '本地区没有待上报的初审通过申报',
        en: 'this jurisdiction has no passed application to report',
      });
    }
    const [report] = await tx
      .insert(hqCountyReport)
      .values({
        batchId,
        county,
        letterNumber,
        letterDate,
        reportedBy: actor.accountId,
        reportedAt: at,
      })
      .returning();
    const rows = await tx
      .update(hqApplication)
      .set({
        state: 'reported',
        countyReportId: report!.id,
        version: sql`${hqApplication.version} + 1`,
        updatedAt: at,
      })
      .where(
        inArray(
          hqApplication.id,
          passed.map((row) => row.id),
        ),
      )
      .returning();
    for (const row of passed) {
      const to = transition(APPLICATION_MACHINE, row.state, 'report', actor);
      await logApplicationStep(tx, row.id, {
        actor,
        at,
        action: 'report',
        fromState: row.state,
        toState: to,
        details: { reportId: report!.id, letterNumber, letterDate },
      });
    }
    await logBatchStep(tx, batchId, {
      actor,
      at,
      action: 'county_report',
      fromState: batch.state,
      toState: batch.state,
      details: { county, letterNumber, letterDate, applications: passed.length },
      before: null,
      after: {
        reportId: report!.id,
        county,
        letterNumber,
        letterDate,
        applications: passed.map((r) => r.id),
      },
    });
    return {
      id: report!.id,
      batchId,
      county,
      letterNumber,
      letterDate,
      applications: rows.map((row) => applicationSummary(row, today)),
    };
  });
}
