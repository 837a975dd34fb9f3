import { randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Transaction } from '../../../store/database.ts';
import { hqApplication } from '../../../store/schema/hq-applications.ts';
import { hqBatch } from '../../../store/schema/hq-batches.ts';
import { hqObjection } from '../../../store/schema/hq-publicity.ts';
import { hqVerificationItem } from '../../../store/schema/hq-verification.ts';
import type { Actor } from '../../actor.ts';
import { BATCH_MACHINE, PUBLIC_BATCH_STATES } from '../batch-machine.ts';
import { OBJECTION_MACHINE } from '../objection-machine.ts';
import { OBJECTION_RECEIPT_ALPHABET } from '../objection-receipt.ts';
import { objectionsOpen } from '../objection-window.ts';
import { notFound, RECORD_LABELS, WorkflowError } from '../errors.ts';
import { creation, transition } from '../state-machine.ts';
import { ITEM_KEYS, ITEM_MACHINE, ITEMS, parseItemValue } from '../verification-items.ts';
import { applicationsBackToRating } from './back-to-rating.ts';
import { objectionView, type ObjectionView } from './objection-view.ts';
import { inTransaction, moment, partyOf, type ServiceOptions } from './context.ts';
import type { IsoDate } from '../../../engine/calendar/plain-date.ts';
import { lockBatch } from './load.ts';
import { logApplicationStep, logBatchStep, logRecord } from './record.ts';
import {
  parseInput,
  phoneField,
  textField,
  throwIssues,
  usccField,
  wordsField,
} from './validation.ts';

const fileSchema = z
  .object({
    batchId: z.uuid(),
    uscc: usccField,
    reason: wordsField,
    contactName: textField(100).optional(),
    contactPhone: phoneField.optional(),
  })
  .strict();

/**
 * Anyone, with an account or none, objects to an enterprise on the published list, during the
 * publicity period only (88号 三、5).
 * @example await fileObjection(db, null, { batchId, uscc, reason: '该企业营业收入明显偏高' })
 */
export async function fileObjection(
  db: Database,
  actor: Actor | null,
  input: {
    batchId: string;
    uscc: string;
    reason: string;
    contactName?: string;
    contactPhone?: string;
  },
  options?: ServiceOptions,
): Promise<ObjectionView> {
  const fields = parseInput(fileSchema, input);
  const state = creation(OBJECTION_MACHINE, actor);
  const { at, today } = moment(options);
  return inTransaction(db, async (tx) => {
    const batch = await lockBatch(tx, fields.batchId, 'share');
    // Before publicity the batch is not the public's to know of (88号 三、5); after it, too late.
    if (!PUBLIC_BATCH_STATES.includes(batch.state))
      throw notFound(RECORD_LABELS.batch, fields.batchId);
    if (!objectionsOpen(batch, today)) {
      throw new WorkflowError('conflict', 'not_in_publicity', {
        zh: `公示期为 ${batch.publicityStartsOn} 至 ${batch.publicityEndsOn}，只能在公示期内提出异议`,
        en: `objections are taken during publicity only, from ${batch.publicityStartsOn} to ${batch.publicityEndsOn}`,
      });
    }
    const [application] = await tx
      .select()
      .from(hqApplication)
      .where(
        and(
          eq(hqApplication.batchId, batch.id),
          eq(hqApplication.uscc, fields.uscc),
          eq(hqApplication.state, 'published'),
        ),
      );
    if (!application) {
      throw new WorkflowError('not_found', 'not_on_list', {
        zh: `统一社会信用代码 ${fields.uscc} 不在本次公示名单上`,
        en: `credit code ${fields.uscc} is not on this published list`,
      });
    }
    const [row] = await tx
      .insert(hqObjection)
      .values({
        batchId: batch.id,
        applicationId: application.id,
        round: batch.publicityRound,
        receiptNo: newReceiptNo(today),
        reason: fields.reason,
        contactName: fields.contactName ?? null,
        contactPhone: fields.contactPhone ?? null,
        filedBy: partyOf(actor).actorId,
        filedAt: at,
        state,
      })
      .returning();
    await logRecord(tx, actor, {
      action: 'hq.objection.file',
      entity: 'hq_objection',
      entityId: row!.id,
      after: objectionView(row!),
    });
    return objectionView(row!);
  });
}

/**
 * A fresh 受理编号 for an objection filed today (objection-receipt.ts); one in 887 million of a
 * day's numbers, so a clash is left to the unique index.
 * @example newReceiptNo('2026-03-16') // 'YY20260316-4K7QMZ'
 */
export function newReceiptNo(today: IsoDate): string {
  const random = Array.from({ length: 6 }, () =>
    OBJECTION_RECEIPT_ALPHABET.charAt(randomInt(OBJECTION_RECEIPT_ALPHABET.length)),
  ).join('');
  return `YY${today.replaceAll('-', '')}-${random}`;
}

const resolveSchema = z
  .object({
    objectionId: z.uuid(),
    outcome: z.enum(['dismissed', 'upheld']),
    reason: wordsField,
    corrections: z
      .array(
        z
          .object({ key: z.enum(ITEM_KEYS), value: z.string().max(2000), note: wordsField })
          .strict(),
      )
      .max(ITEM_KEYS.length)
      .optional(),
  })
  .strict();

export type ResolveObjectionInput = z.input<typeof resolveSchema>;

/**
 * The bureau records the outcome of an objection. An upheld one may carry figure corrections
 * found with the departments: they replace the item values and send the batch back to rating,
 * for a new run, approval and publicity (88号 三、5).
 * @example await resolveObjection(db, bureau, { objectionId, outcome: 'upheld', reason: '…', corrections: [{ key: 'revenue_2y', value: '12.5', note: '…' }] })
 */
export async function resolveObjection(
  db: Database,
  actor: Actor,
  input: ResolveObjectionInput,
  options?: ServiceOptions,
): Promise<ObjectionView> {
  const fields = parseInput(resolveSchema, input);
  const corrections = fields.corrections ?? [];
  const parsed = corrections.map((c) => ({ ...c, result: parseItemValue(c.key, c.value) }));
  throwIssues(
    parsed.flatMap((c, index) =>
      c.result.ok
        ? []
        : [
            {
              column: `corrections.${index}.value`,
              code: 'item_value',
              message: {
                zh: `${ITEMS[c.key].label.zh}：${c.result.message.zh}`,
                en: `${ITEMS[c.key].label.en}: ${c.result.message.en}`,
              },
            },
          ],
    ),
  );
  if (fields.outcome === 'dismissed' && corrections.length > 0) {
    throwIssues([
      {
        column: 'corrections',
        code: 'corrections_need_upheld',
        message: {
          zh: '数据更正：异议不成立时不能更正数据',
          en: 'corrections: only an upheld objection changes figures',
        },
      },
    ]);
  }
  const { at } = moment(options);
  return inTransaction(db, async (tx) => {
    const [peek] = await tx
      .select()
      .from(hqObjection)
      .where(eq(hqObjection.id, fields.objectionId));
    if (!peek) throw notFound(RECORD_LABELS.objection, fields.objectionId);
    const batch = await lockBatch(tx, peek.batchId, 'update');
    const [objection] = await tx
      .select()
      .from(hqObjection)
      .where(eq(hqObjection.id, peek.id))
      .for('update');
    const to = transition(
      OBJECTION_MACHINE,
      objection!.state,
      fields.outcome === 'upheld' ? 'uphold' : 'dismiss',
      actor,
    );
    if (corrections.length > 0 && batch.state !== 'publicity' && batch.state !== 'rating') {
      throw new WorkflowError('conflict', 'corrections_not_now', {
        zh: `批次当前为“${BATCH_MACHINE.stateLabels[batch.state].zh}”，只有在公示或评分阶段才能按异议更正数据`,
        en: `the batch is ${BATCH_MACHINE.stateLabels[batch.state].en}; figures change after an objection only during publicity or rating`,
      });
    }
    for (const c of parsed) {
      await correctOnObjection(
        tx,
        actor,
        objection!.applicationId,
        c.key,
        c.result.ok ? c.result.stored : '',
        c.note,
        at,
      );
    }
    const [row] = await tx
      .update(hqObjection)
      .set({
        state: to,
        outcomeReason: fields.reason,
        figuresChanged: corrections.length > 0,
        resolvedBy: actor.accountId,
        resolvedAt: at,
      })
      .where(eq(hqObjection.id, peek.id))
      .returning();
    await logRecord(tx, actor, {
      action: `hq.objection.${fields.outcome === 'upheld' ? 'uphold' : 'dismiss'}`,
      entity: 'hq_objection',
      entityId: peek.id,
      before: objectionView(objection!),
      after: objectionView(row!),
      note: fields.reason,
    });
    if (corrections.length > 0) await backToRating(tx, actor, batch, fields.reason, at);
    return objectionView(row!);
  });
}

async function correctOnObjection(
  tx: Transaction,
  actor: Actor,
  applicationId: string,
  key: (typeof ITEM_KEYS)[number],
  stored: string,
  note: string,
  at: Date,
): Promise<void> {
  const [item] = await tx
    .select()
    .from(hqVerificationItem)
    .where(
      and(eq(hqVerificationItem.applicationId, applicationId), eq(hqVerificationItem.key, key)),
    )
    .for('update');
  if (!item) throw notFound(RECORD_LABELS.item, `${applicationId}/${key}`);
  const to = transition(ITEM_MACHINE, item.state, 'correct_on_objection', actor);
  await tx
    .update(hqVerificationItem)
    .set({ state: to, correctedValue: stored, note, verifiedBy: actor.accountId, verifiedAt: at })
    .where(eq(hqVerificationItem.id, item.id));
  const [application] = await tx
    .select()
    .from(hqApplication)
    .where(eq(hqApplication.id, applicationId));
  await logApplicationStep(tx, applicationId, {
    actor,
    at,
    action: 'item_correct_on_objection',
    fromState: application!.state,
    toState: application!.state,
    note,
    details: { itemId: item.id, key },
    before: { key, state: item.state, value: item.correctedValue ?? item.declaredValue },
    after: { key, state: to, value: stored },
  });
}

/** A changed figure makes every published result provisional again (D4): back to rating. */
async function backToRating(
  tx: Transaction,
  actor: Actor,
  batch: typeof hqBatch.$inferSelect,
  reason: string,
  at: Date,
): Promise<void> {
  await applicationsBackToRating(
    tx,
    actor,
    batch.id,
    ['rated', 'approved', 'not_approved', 'published'],
    reason,
    at,
  );
  if (batch.state !== 'publicity') return;
  const to = transition(BATCH_MACHINE, batch.state, 'reopen_rating', actor);
  await tx
    .update(hqBatch)
    .set({ state: to, approvalRunId: null, updatedAt: at })
    .where(eq(hqBatch.id, batch.id));
  await logBatchStep(tx, batch.id, {
    actor,
    at,
    action: 'reopen_rating',
    fromState: batch.state,
    toState: to,
    note: reason,
  });
}
