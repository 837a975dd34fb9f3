import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { WorkingCalendar } from '../../../engine/calendar/index.ts';
import { InputError, type InputIssue } from '../../../engine/input-issue.ts';
import { NoParametersError } from '../../../engine/parameters.ts';
import { ratingParameters } from '../../../methods/hq-star-rating/parameters.ts';
import { DEFAULT_SETTINGS } from '../../../methods/hq-star-rating/settings.ts';
import type { Database } from '../../../store/database.ts';
import { hqBatch } from '../../../store/schema/hq-batches.ts';
import type { Actor } from '../../actor.ts';
import { loadCalendar } from '../../calendar/calendar.ts';
import { BATCH_MACHINE, type BatchAction } from '../batch-machine.ts';
import { WorkflowError } from '../errors.ts';
import { creation, transition } from '../state-machine.ts';
import { inTransaction, moment, type ServiceOptions } from './context.ts';
import { lockBatch, type BatchRow } from './load.ts';
import { publicityEnd } from './publicity.ts';
import { logBatchStep } from './record.ts';
import { dateField, parseInput, textField, throwIssues } from './validation.ts';
import { batchView, type BatchView } from './views.ts';

const settingsInput = z
  .object({
    noSpread: z.enum(['full_weight', 'zero']).optional(),
    displayPlaces: z.number().int().min(0).max(8).optional(),
    exportPlaces: z.number().int().min(0).max(8).optional(),
  })
  .strict();

const batchFields = {
  year: z.number().int().min(2023).max(2100),
  title: textField(200),
  announcementText: textField(20000),
  announcementOn: dateField,
  opensOn: dateField,
  closesOn: dateField,
  ratingDate: dateField,
  /** D7 */
  publicityWorkingDays: z.number().int().min(1).max(60).optional(),
  /** The planned first day of publicity; its end is computed at once (D7). */
  publicityStartsOn: dateField.optional(),
  settings: settingsInput.optional(),
  synthetic: z.boolean().optional(),
};

const createSchema = z.object(batchFields).strict();
const updateSchema = z
  .object({
    batchId: z.uuid(),
    ...Object.fromEntries(Object.entries(batchFields).map(([k, v]) => [k, v.optional()])),
  })
  .strict() as unknown as z.ZodType<{ batchId: string } & Partial<z.output<typeof createSchema>>>;
const idSchema = z.object({ batchId: z.uuid() }).strict();

export type CreateBatchInput = z.input<typeof createSchema>;

/** Dates in order and a rating date the method covers; every problem at once. */
function crossFieldIssues(
  fields: z.output<typeof createSchema>,
  calendar: WorkingCalendar,
): InputIssue[] {
  const issues: InputIssue[] = [];
  if (fields.opensOn < fields.announcementOn) {
    issues.push({
      column: 'opensOn',
      code: 'opens_before_announcement',
      message: {
        zh: `申报开始日期 ${fields.opensOn} 早于通知发布日期 ${fields.announcementOn}`,
        en: `the opening date ${fields.opensOn} is before the announcement ${fields.announcementOn}`,
      },
    });
  }
  if (fields.closesOn < fields.opensOn) {
    issues.push({
      column: 'closesOn',
      code: 'closes_before_opening',
      message: {
        zh: `申报截止日期 ${fields.closesOn} 早于开始日期 ${fields.opensOn}`,
        en: `the closing date ${fields.closesOn} is before the opening date ${fields.opensOn}`,
      },
    });
  }
  if (fields.publicityStartsOn) {
    if (fields.publicityStartsOn <= fields.closesOn) {
      issues.push({
        column: 'publicityStartsOn',
        code: 'publicity_before_closing',
        message: {
          zh: `公示开始日期 ${fields.publicityStartsOn} 应晚于申报截止日期 ${fields.closesOn}`,
          en: `publicity should start after the closing date ${fields.closesOn}, not on ${fields.publicityStartsOn}`,
        },
      });
    } else {
      try {
        publicityEnd(
          calendar,
          fields.publicityStartsOn,
          fields.publicityWorkingDays ?? 7,
          'publicityStartsOn',
        );
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        // The calendar's words, under the field of the form they concern.
        issues.push(
          ...error.issues.map((issue) => ({
            ...issue,
            message: {
              zh: `公示开始日期（拟）：${issue.message.zh}`,
              en: `Planned publicity start: ${issue.message.en}`,
            },
          })),
        );
      }
    }
  }
  try {
    ratingParameters(fields.ratingDate);
  } catch (error) {
    if (!(error instanceof NoParametersError)) throw error;
    issues.push({ column: 'ratingDate', code: 'no_parameters', message: error.localized });
  }
  return issues;
}

function storedFields(fields: z.output<typeof createSchema>, calendar: WorkingCalendar) {
  return {
    year: fields.year,
    title: fields.title.trim(),
    announcementText: fields.announcementText,
    announcementOn: fields.announcementOn,
    opensOn: fields.opensOn,
    closesOn: fields.closesOn,
    ratingDate: fields.ratingDate,
    publicityWorkingDays: fields.publicityWorkingDays ?? DEFAULT_SETTINGS.publicityWorkingDays,
    settings: {
      noSpread: fields.settings?.noSpread ?? DEFAULT_SETTINGS.noSpread,
      displayPlaces: fields.settings?.displayPlaces ?? DEFAULT_SETTINGS.displayPlaces,
      exportPlaces: fields.settings?.exportPlaces ?? DEFAULT_SETTINGS.exportPlaces,
    },
    synthetic: fields.synthetic ?? false,
    publicityStartsOn: fields.publicityStartsOn ?? null,
    publicityEndsOn: fields.publicityStartsOn
      ? publicityEnd(
          calendar,
          fields.publicityStartsOn,
          fields.publicityWorkingDays ?? DEFAULT_SETTINGS.publicityWorkingDays,
          'publicityStartsOn',
        )
      : null,
  };
}

/**
 * The bureau sets up a batch (R12, 88号 五、1) in `draft`, with its window, rating date, D7
 * publicity length and D-settings.
 * @example await createBatch(db, bureau, { year: 2025, title: '2025年度总部企业星级评定', … })
 */
export async function createBatch(
  db: Database,
  actor: Actor,
  input: CreateBatchInput,
  options?: ServiceOptions,
): Promise<BatchView> {
  const fields = parseInput(createSchema, input);
  const calendar = await loadCalendar(db);
  throwIssues(crossFieldIssues(fields, calendar));
  const state = creation(BATCH_MACHINE, actor);
  const { at } = moment(options);
  return inTransaction(db, async (tx) => {
    const values = { ...storedFields(fields, calendar), state, createdBy: actor.accountId };
    const [row] = await tx
      .insert(hqBatch)
      .values({ ...values, createdAt: at, updatedAt: at })
      .returning();
    await logBatchStep(tx, row!.id, {
      actor,
      at,
      action: 'create',
      fromState: null,
      toState: state,
      after: values,
    });
    return batchView(row!, actor);
  });
}

/**
 * Changes a draft batch's dates and settings (only while `draft`: applicants rely on them once
 * the announcement is out).
 * @example await updateBatch(db, bureau, { batchId, publicityWorkingDays: 10 })
 */
export async function updateBatch(
  db: Database,
  actor: Actor,
  input: { batchId: string } & Partial<CreateBatchInput>,
  options?: ServiceOptions,
): Promise<BatchView> {
  const { batchId, ...changes } = parseInput(updateSchema, input);
  const { at } = moment(options);
  return inTransaction(db, async (tx) => {
    const batch = await lockBatch(tx, batchId, 'update');
    transition(BATCH_MACHINE, batch.state, 'edit', actor);
    // The stored batch in the shape of the input, so the checks see the whole batch.
    const current = {
      ...batch,
      settings: { ...batch.settings },
      publicityStartsOn: batch.publicityStartsOn ?? undefined,
    } as unknown as z.output<typeof createSchema>;
    const merged = {
      ...current,
      ...changes,
      settings: { ...current.settings, ...(changes.settings ?? {}) },
    } as z.output<typeof createSchema>;
    const calendar = await loadCalendar(tx);
    throwIssues(crossFieldIssues(merged, calendar));
    const values = storedFields(merged, calendar);
    const [row] = await tx
      .update(hqBatch)
      .set({ ...values, updatedAt: at })
      .where(eq(hqBatch.id, batchId))
      .returning();
    await logBatchStep(tx, batchId, {
      actor,
      at,
      action: 'edit',
      fromState: batch.state,
      toState: batch.state,
      before: { ...storedFields(current, calendar), publicityEndsOn: batch.publicityEndsOn },
      after: values,
    });
    return batchView(row!, actor);
  });
}

/**
 * A batch-wide step that only changes the batch's state, after a date check.
 * @example await simpleBatchStep(db, actor, input, 'open', (batch, today) => …)
 */
async function simpleBatchStep(
  db: Database,
  actor: Actor,
  input: unknown,
  action: BatchAction,
  check: (batch: BatchRow, today: string) => void,
  options?: ServiceOptions,
): Promise<BatchView> {
  const { batchId } = parseInput(idSchema, input);
  const { at, today } = moment(options);
  return inTransaction(db, async (tx) => {
    const batch = await lockBatch(tx, batchId, 'update');
    const to = transition(BATCH_MACHINE, batch.state, action, actor);
    check(batch, today);
    const [row] = await tx
      .update(hqBatch)
      .set({ state: to, updatedAt: at })
      .where(eq(hqBatch.id, batchId))
      .returning();
    await logBatchStep(tx, batchId, { actor, at, action, fromState: batch.state, toState: to });
    return batchView(row!, actor);
  });
}

/**
 * Publishes the announcement and opens the window (R12). Refused once the closing date is past.
 * @example await openBatch(db, bureau, { batchId })
 */
export function openBatch(
  db: Database,
  actor: Actor,
  input: { batchId: string },
  options?: ServiceOptions,
): Promise<BatchView> {
  return simpleBatchStep(
    db,
    actor,
    input,
    'open',
    (batch, today) => {
      if (batch.closesOn < today) {
        throw new WorkflowError('conflict', 'window_past', {
          zh: `申报截止日期 ${batch.closesOn} 已过，请先修改申报期限再开放`,
          en: `the closing date ${batch.closesOn} has passed; change the window before opening`,
        });
      }
    },
    options,
  );
}

/**
 * Closes the window and hands the applications to the counties (88号 三、2). The window includes
 * its closing date, so this is possible from the day after.
 * @example await closeBatch(db, bureau, { batchId })
 */
export function closeBatch(
  db: Database,
  actor: Actor,
  input: { batchId: string },
  options?: ServiceOptions,
): Promise<BatchView> {
  return simpleBatchStep(
    db,
    actor,
    input,
    'close',
    (batch, today) => {
      if (today <= batch.closesOn) {
        throw new WorkflowError('conflict', 'window_still_open', {
          zh: `申报截止日期为 ${batch.closesOn}，当日结束前不能截止申报`,
          en: `applications are open until the end of ${batch.closesOn}; close the batch after that`,
        });
      }
    },
    options,
  );
}
