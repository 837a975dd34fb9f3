import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { CalendarCoverageError, type WorkingCalendar } from '../../../engine/calendar/index.ts';
import { parseDocumentNumber } from '../../../engine/china/document-number.ts';
import type { Database } from '../../../store/database.ts';
import { loadCalendar } from '../../calendar/calendar.ts';
import { hqApplication } from '../../../store/schema/hq-applications.ts';
import { hqBatch } from '../../../store/schema/hq-batches.ts';
import { hqObjection } from '../../../store/schema/hq-publicity.ts';
import { hqRatingRun } from '../../../store/schema/hq-runs.ts';
import type { Actor } from '../../actor.ts';
import { APPLICATION_MACHINE } from '../application-machine.ts';
import { BATCH_MACHINE } from '../batch-machine.ts';
import { WorkflowError } from '../errors.ts';
import { transition } from '../state-machine.ts';
import { validUntil } from '../validity.ts';
import { inTransaction, moment, type ServiceOptions } from './context.ts';
import { lockApplicationsIn, lockBatch } from './load.ts';
import { logApplicationStep, logBatchStep, moveApplications } from './record.ts';
import { checked, dateField, parseInput, throwIssues } from './validation.ts';
import { batchView, type BatchView } from './views.ts';

/**
 * The last day of a publicity period of N working days from `startsOn` (D7), on the statutory
 * calendar with its adjusted days: the built-in years and those entered (`loadCalendar`). A year
 * the calendar does not hold is refused with the calendar's own message (an InputError on
 * `column`), never guessed.
 * @example publicityEnd(await loadCalendar(db), '2025-09-26', 7) // '2025-10-11'
 */
export function publicityEnd(
  calendar: WorkingCalendar,
  startsOn: string,
  workingDays: number,
  column = 'startsOn',
): string {
  try {
    return calendar.addWorkingDays(startsOn, workingDays);
  } catch (error) {
    if (!(error instanceof CalendarCoverageError)) throw error;
    throwIssues([{ column, code: 'calendar_not_covered', message: error.localized }]);
    throw error;
  }
}

/** A 发文字号 as typed, or none (blank): the notice is then printed as a draft. */
const documentNumberField = checked(z.string().max(60), (value) => {
  if (value.trim() === '') return null;
  const result = parseDocumentNumber(value);
  return result.ok ? null : { code: 'document_number', message: result.message };
}).transform((value) => {
  const result = parseDocumentNumber(value);
  return result.ok ? result.value : null;
});

/**
 * The bureau publishes the approved list (88号 三、5) for the batch's D7 working days from
 * `startsOn` (when left out: the start planned with the batch if still ahead, else today; never
 * earlier than today), with the notice's 发文字号 (a notice without one is a draft). The approved
 * applications become `published`.
 * @example await publishList(db, bureau, { batchId, startsOn: '2026-03-02', documentNumber: '温投促〔2026〕3号' })
 */
export async function publishList(
  db: Database,
  actor: Actor,
  input: { batchId: string; startsOn?: string; documentNumber?: string },
  options?: ServiceOptions,
): Promise<BatchView> {
  const fields = parseInput(
    z
      .object({
        batchId: z.uuid(),
        startsOn: dateField.optional(),
        documentNumber: documentNumberField.optional(),
      })
      .strict(),
    input,
  );
  const documentNumber = fields.documentNumber ?? null;
  const { at, today } = moment(options);
  return inTransaction(db, async (tx) => {
    const batch = await lockBatch(tx, fields.batchId, 'update');
    const to = transition(BATCH_MACHINE, batch.state, 'publish', actor);
    // The start planned at creation, if still ahead; else today (88号 三、5 sets no date).
    const planned =
      batch.publicityStartsOn && batch.publicityStartsOn >= today ? batch.publicityStartsOn : null;
    const startsOn = fields.startsOn ?? planned ?? today;
    if (startsOn < today) {
      throwIssues([
        {
          column: 'startsOn',
          code: 'starts_in_past',
          message: {
            zh: `公示开始日期：${startsOn} 早于今天（${today}）`,
            en: `publicity start date: ${startsOn} is before today (${today})`,
          },
        },
      ]);
    }
    const endsOn = publicityEnd(await loadCalendar(tx), startsOn, batch.publicityWorkingDays);
    const approved = await lockApplicationsIn(tx, batch.id, ['approved']);
    await moveApplications(tx, approved, 'publish', { actor, at, details: { startsOn, endsOn } });
    const round = batch.publicityRound + 1;
    const [row] = await tx
      .update(hqBatch)
      .set({
        state: to,
        publicityRound: round,
        publicityStartsOn: startsOn,
        publicityEndsOn: endsOn,
        publicityDocumentNumber: documentNumber,
        publishedRunId: batch.approvalRunId,
        updatedAt: at,
      })
      .where(eq(hqBatch.id, batch.id))
      .returning();
    await logBatchStep(tx, batch.id, {
      actor,
      at,
      action: 'publish',
      fromState: batch.state,
      toState: to,
      details: {
        round,
        startsOn,
        endsOn,
        documentNumber,
        runId: batch.approvalRunId,
        published: approved.length,
      },
      after: {
        state: to,
        round,
        startsOn,
        endsOn,
        documentNumber,
        publishedRunId: batch.approvalRunId,
      },
    });
    return batchView(row!, actor);
  });
}

/**
 * The bureau puts the published ratings in effect (R13, 88号 五、1) once the publicity period is
 * over and every objection is resolved: stars from the published run, valid two years.
 * @example await finalizeBatch(db, bureau, { batchId })
 */
export async function finalizeBatch(
  db: Database,
  actor: Actor,
  input: { batchId: string },
  options?: ServiceOptions,
): Promise<BatchView> {
  const { batchId } = parseInput(z.object({ batchId: z.uuid() }).strict(), input);
  const { at, today } = moment(options);
  return inTransaction(db, async (tx) => {
    const batch = await lockBatch(tx, batchId, 'update');
    const to = transition(BATCH_MACHINE, batch.state, 'finalize', actor);
    if (today <= batch.publicityEndsOn!) {
      throw new WorkflowError('conflict', 'publicity_not_over', {
        zh: `公示期至 ${batch.publicityEndsOn} 结束，期满后方可确认生效`,
        en: `publicity runs until ${batch.publicityEndsOn}; finalize after that day`,
      });
    }
    const open = await tx
      .select({ id: hqObjection.id })
      .from(hqObjection)
      .where(and(eq(hqObjection.batchId, batchId), eq(hqObjection.state, 'open')));
    if (open.length > 0) {
      throw new WorkflowError('conflict', 'objections_open', {
        zh: `还有 ${open.length} 件异议未处理完毕`,
        en: `${open.length} objections are not resolved yet`,
      });
    }
    const [run] = await tx
      .select()
      .from(hqRatingRun)
      .where(eq(hqRatingRun.id, batch.publishedRunId!));
    const starsOf = new Map(run!.results.map((result) => [result.applicationId, result.stars]));
    const published = await lockApplicationsIn(tx, batchId, ['published']);
    const until = validUntil(today);
    for (const row of published) {
      const next = transition(APPLICATION_MACHINE, row.state, 'finalize', actor);
      const stars = starsOf.get(row.id)!;
      await tx
        .update(hqApplication)
        .set({
          state: next,
          stars,
          finalOn: today,
          validUntil: until,
          version: row.version + 1,
          updatedAt: at,
        })
        .where(eq(hqApplication.id, row.id));
      await logApplicationStep(tx, row.id, {
        actor,
        at,
        action: 'finalize',
        fromState: row.state,
        toState: next,
        details: { stars, finalOn: today, validUntil: until },
        after: { state: next, stars, finalOn: today, validUntil: until },
      });
    }
    const [updated] = await tx
      .update(hqBatch)
      .set({ state: to, finalOn: today, updatedAt: at })
      .where(eq(hqBatch.id, batchId))
      .returning();
    await logBatchStep(tx, batchId, {
      actor,
      at,
      action: 'finalize',
      fromState: batch.state,
      toState: to,
      details: { finalOn: today, validUntil: until, ratings: published.length },
    });
    return batchView(updated!, actor);
  });
}
