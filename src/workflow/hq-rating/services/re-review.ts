import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../../store/database.ts';
import { hqApplication } from '../../../store/schema/hq-applications.ts';
import { hqBatch } from '../../../store/schema/hq-batches.ts';
import { hqVerificationItem } from '../../../store/schema/hq-verification.ts';
import type { Actor } from '../../actor.ts';
import { APPLICATION_MACHINE } from '../application-machine.ts';
import { BATCH_MACHINE } from '../batch-machine.ts';
import { fromYuan } from '../../../engine/units.ts';
import { decimalText, fromNumeric } from '../decimal-text.ts';
import { WorkflowError } from '../errors.ts';
import { assertCanReadApplication } from '../permissions.ts';
import { transition } from '../state-machine.ts';
import {
  ITEM_KEYS,
  ITEM_MACHINE,
  ITEMS,
  normalTop500,
  type ItemKey,
} from '../verification-items.ts';
import { inTransaction, moment, type ServiceOptions } from './context.ts';
import {
  lockApplication,
  lockApplicationsIn,
  lockBatch,
  scopeOf,
  type ApplicationRow,
  type BatchRow,
} from './load.ts';
import { logApplicationStep, logBatchStep, moveApplications } from './record.ts';
import { parseInput, wordsField } from './validation.ts';
import { applicationSummary, batchView, type ApplicationSummary, type BatchView } from './views.ts';

/** The declared value of each item, as stored: amounts in yuan (D8). */
export function declaredValues(row: ApplicationRow): Record<ItemKey, string> {
  const yuan = (value: string | null) => (value === null ? '' : decimalText(fromNumeric(value)));
  const count = (value: number | null) => (value === null ? '' : String(value));
  return {
    registration: [
      row.uscc,
      row.name,
      // In the form's unit (附件2 item 3, 万元), as the enterprise entered it and the
      // department's register shows it.
      row.registeredCapitalYuan === null
        ? ''
        : `注册资本 ${decimalText(fromYuan(fromNumeric(row.registeredCapitalYuan), '万元'))} 万元`,
      row.registeredOn ?? '',
      row.registeredAddress ?? '',
    ].join('｜'),
    credit: 'not_listed',
    revenue_2y: yuan(row.revenue2yYuan),
    contribution_2y: yuan(row.contribution2yYuan),
    rd_2y: yuan(row.rd2yYuan),
    pension_payers: count(row.pensionPayers),
    tax_filers: count(row.taxFilers),
    top500: normalTop500(row.top5003y ?? []),
    listings_3y: count(row.listings3y),
  };
}

/**
 * The bureau starts re-review (88号 三、3): every reported application gets one item per
 * department to verify. Refused while a county still has applications undecided or unreported.
 * @example await startReReview(db, bureau, { batchId })
 */
export async function startReReview(
  db: Database,
  actor: Actor,
  input: { batchId: string },
  options?: ServiceOptions,
): Promise<BatchView> {
  const { batchId } = parseInput(z.object({ batchId: z.uuid() }).strict(), input);
  const { at } = moment(options);
  return inTransaction(db, async (tx) => {
    const batch = await lockBatch(tx, batchId, 'update');
    const to = transition(BATCH_MACHINE, batch.state, 'start_re_review', actor);
    const open = await lockApplicationsIn(tx, batchId, ['submitted', 'county_passed']);
    if (open.length > 0) {
      const counties = [...new Set(open.map((row) => row.county))].join('、');
      throw new WorkflowError('conflict', 'counties_not_done', {
        zh: `${counties} 仍有 ${open.length} 份申报未初审或未上报，不能启动复审`,
        en: `${open.length} applications in ${counties} are not yet decided or reported by their county`,
      });
    }
    const reported = await lockApplicationsIn(tx, batchId, ['reported']);
    if (reported.length > 0) {
      await tx.insert(hqVerificationItem).values(
        reported.flatMap((row) => {
          const declared = declaredValues(row);
          return ITEM_KEYS.map((key) => ({
            applicationId: row.id,
            key,
            department: ITEMS[key].department,
            state: ITEM_MACHINE.initial,
            declaredValue: declared[key],
            createdAt: at,
          }));
        }),
      );
    }
    await moveApplications(tx, reported, 'start_re_review', { actor, at });
    const [updated] = await tx
      .update(hqBatch)
      .set({ state: to, updatedAt: at })
      .where(eq(hqBatch.id, batchId))
      .returning();
    await logBatchStep(tx, batchId, {
      actor,
      at,
      action: 'start_re_review',
      fromState: batch.state,
      toState: to,
      details: { applications: reported.length, items: reported.length * ITEM_KEYS.length },
    });
    return batchView(updated!, actor);
  });
}

/** Department steps and re-review rejections happen while the batch is in re-review (88号 三、3). */
export function assertReReview(batch: BatchRow): void {
  if (batch.state !== 're_review') {
    throw new WorkflowError('conflict', 'not_in_re_review', {
      zh: `批次当前为“${BATCH_MACHINE.stateLabels[batch.state].zh}”，不在复审阶段`,
      en: `the batch is ${BATCH_MACHINE.stateLabels[batch.state].en}, not in re-review`,
    });
  }
}

/**
 * The bureau rejects an application at re-review, with the written reasons R11 requires.
 * @example await reReviewReject(db, bureau, { applicationId, reason: '经核实不属于总部企业' })
 */
export async function reReviewReject(
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
    const to = transition(APPLICATION_MACHINE, application.state, 're_review_reject', actor);
    assertReReview(batch);
    const [row] = await tx
      .update(hqApplication)
      .set({ state: to, version: application.version + 1, updatedAt: at })
      .where(eq(hqApplication.id, applicationId))
      .returning();
    await logApplicationStep(tx, applicationId, {
      actor,
      at,
      action: 're_review_reject',
      fromState: application.state,
      toState: to,
      note: reason,
    });
    return applicationSummary(row!, today);
  });
}
