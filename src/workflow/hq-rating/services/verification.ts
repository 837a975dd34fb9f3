import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Transaction } from '../../../store/database.ts';
import { hqApplication } from '../../../store/schema/hq-applications.ts';
import { hqBatch } from '../../../store/schema/hq-batches.ts';
import { hqVerificationItem } from '../../../store/schema/hq-verification.ts';
import type { Actor } from '../../actor.ts';
import { APPLICATION_MACHINE } from '../application-machine.ts';
import { notFound, RECORD_LABELS } from '../errors.ts';
import { assertActorScope, assertOwnsItem } from '../permissions.ts';
import { transition } from '../state-machine.ts';
import { ITEM_MACHINE, ITEMS, parseItemValue } from '../verification-items.ts';
import { inTransaction, moment, type ServiceOptions } from './context.ts';
import { itemView, type ItemView } from './item-view.ts';
import type { ApplicationRow, ItemRow } from './load.ts';
import { assertReReview } from './re-review.ts';
import { insertApplicationEvents, logApplicationStep, logRecord } from './record.ts';
import { parseInput, throwIssues, wordsField } from './validation.ts';

type Change = { action: 'verify' } | { action: 'correct'; value: string; note: string };

/**
 * Verifies or corrects items in one transaction, set-wise so a department can confirm a whole
 * list at once: batches locked for share, then applications, then items (the lock order of every
 * step); every item checked before anything is written; each item on its application's timeline;
 * one audit record per batch listing every item before and after.
 */
async function changeItems(
  tx: Transaction,
  actor: Actor,
  itemIds: readonly string[],
  at: Date,
  change: Change,
): Promise<ItemRow[]> {
  const ids = [...new Set(itemIds)];
  const found = await tx
    .select({ id: hqVerificationItem.id, applicationId: hqVerificationItem.applicationId })
    .from(hqVerificationItem)
    .where(inArray(hqVerificationItem.id, ids));
  const missing = ids.find((id) => !found.some((row) => row.id === id));
  if (missing) throw notFound(RECORD_LABELS.item, missing);
  const applicationIds = [...new Set(found.map((row) => row.applicationId))];
  const batchIds = tx
    .select({ id: hqApplication.batchId })
    .from(hqApplication)
    .where(inArray(hqApplication.id, applicationIds));
  const batches = await tx
    .select()
    .from(hqBatch)
    .where(inArray(hqBatch.id, batchIds))
    .orderBy(asc(hqBatch.id))
    .for('share');
  const applications = await tx
    .select()
    .from(hqApplication)
    .where(inArray(hqApplication.id, applicationIds))
    .orderBy(asc(hqApplication.id))
    .for('update');
  const items = await tx
    .select()
    .from(hqVerificationItem)
    .where(inArray(hqVerificationItem.id, ids))
    .orderBy(asc(hqVerificationItem.applicationId), asc(hqVerificationItem.id))
    .for('update');

  const applicationOf = new Map(applications.map((row) => [row.id, row]));
  const next = new Map<string, ItemRow['state']>();
  for (const item of items) {
    assertOwnsItem(actor, item);
    next.set(item.id, transition(ITEM_MACHINE, item.state, change.action, actor));
  }
  for (const application of applications) {
    transition(APPLICATION_MACHINE, application.state, 'verify_item', actor);
  }
  batches.forEach(assertReReview);

  const written = await tx
    .update(hqVerificationItem)
    .set({
      state: change.action === 'verify' ? 'verified' : 'corrected',
      ...(change.action === 'correct' ? { correctedValue: change.value, note: change.note } : {}),
      verifiedBy: actor.accountId,
      verifiedAt: at,
    })
    .where(inArray(hqVerificationItem.id, ids))
    .returning();
  await tx
    .update(hqApplication)
    .set({ version: sql`${hqApplication.version} + 1`, updatedAt: at })
    .where(inArray(hqApplication.id, applicationIds));
  const value = (row: ItemRow) => row.correctedValue ?? row.declaredValue;
  const changes = items.map((item) => {
    const after = written.find((row) => row.id === item.id)!;
    return {
      item,
      before: { itemId: item.id, key: item.key, state: item.state, value: value(item) },
      after: { itemId: item.id, key: item.key, state: after.state, value: value(after) },
    };
  });
  await insertApplicationEvents(
    tx,
    actor,
    at,
    changes.map(({ item, before, after }) => {
      const state = applicationOf.get(item.applicationId)!.state;
      return {
        applicationId: item.applicationId,
        action: `item_${change.action}`,
        fromState: state,
        toState: state,
        note: change.action === 'correct' ? change.note : null,
        details: { ...after, department: item.department, before: before.value },
      };
    }),
  );
  for (const batch of batches) {
    const inBatch = changes.filter(
      ({ item }) => applicationOf.get(item.applicationId)!.batchId === batch.id,
    );
    await logRecord(tx, actor, {
      action: `hq.item.${change.action}`,
      entity: 'hq_batch',
      entityId: batch.id,
      before: inBatch.map((c) => ({ applicationId: c.item.applicationId, ...c.before })),
      after: inBatch.map((c) => ({ applicationId: c.item.applicationId, ...c.after })),
      note: change.action === 'correct' ? change.note : null,
    });
  }
  await completeDone(tx, actor, applications, at);
  return items.map((item) => written.find((row) => row.id === item.id)!);
}

/** Applications whose last pending item is now done are verified (88号 三、3). */
async function completeDone(
  tx: Transaction,
  actor: Actor,
  applications: readonly ApplicationRow[],
  at: Date,
): Promise<void> {
  const candidates = applications.filter((row) => row.state === 're_review');
  if (candidates.length === 0) return;
  const pending = await tx
    .selectDistinct({ applicationId: hqVerificationItem.applicationId })
    .from(hqVerificationItem)
    .where(
      and(
        inArray(
          hqVerificationItem.applicationId,
          candidates.map((row) => row.id),
        ),
        eq(hqVerificationItem.state, 'pending'),
      ),
    );
  const done = candidates.filter((row) => !pending.some((p) => p.applicationId === row.id));
  if (done.length === 0) return;
  await tx
    .update(hqApplication)
    .set({ state: 'verified', version: sql`${hqApplication.version} + 1`, updatedAt: at })
    .where(
      inArray(
        hqApplication.id,
        done.map((row) => row.id),
      ),
    );
  for (const row of done) {
    const to = transition(APPLICATION_MACHINE, row.state, 'complete_verification', actor);
    await logApplicationStep(tx, row.id, {
      actor,
      at,
      action: 'complete_verification',
      fromState: row.state,
      toState: to,
    });
  }
}

/**
 * A department confirms one or more of its own items as declared (88号 五、2), in one step: all
 * or none. An application whose last item is done becomes `verified`.
 * @example await verifyItems(db, taxDepartment, { itemIds: [a, b] })
 */
export async function verifyItems(
  db: Database,
  actor: Actor,
  input: { itemIds: string[] },
  options?: ServiceOptions,
): Promise<ItemView[]> {
  const { itemIds } = parseInput(
    z.object({ itemIds: z.array(z.uuid()).min(1).max(1000) }).strict(),
    input,
  );
  assertActorScope(actor);
  const { at } = moment(options);
  return inTransaction(db, async (tx) =>
    (await changeItems(tx, actor, itemIds, at, { action: 'verify' })).map(itemView),
  );
}

const correctSchema = z
  .object({ itemId: z.uuid(), value: z.string().max(2000), note: wordsField })
  .strict();

/**
 * A department corrects one of its items: the value it found (amounts in the form's unit, D8)
 * and a note saying why, which the enterprise sees on its timeline.
 * @example await correctItem(db, taxDepartment, { itemId, value: '55.10', note: '以税务系统申报数为准' })
 */
export async function correctItem(
  db: Database,
  actor: Actor,
  input: { itemId: string; value: string; note: string },
  options?: ServiceOptions,
): Promise<ItemView> {
  const { itemId, value, note } = parseInput(correctSchema, input);
  assertActorScope(actor);
  const { at } = moment(options);
  return inTransaction(db, async (tx) =>
    itemView(await correctIn(tx, actor, itemId, value, note, at)),
  );
}

/** One correction inside a caller's transaction: the value read as the form reads it, then stored. */
async function correctIn(
  tx: Transaction,
  actor: Actor,
  itemId: string,
  value: string,
  note: string,
  at: Date,
  row?: number,
) {
  const [peek] = await tx
    .select({ key: hqVerificationItem.key })
    .from(hqVerificationItem)
    .where(eq(hqVerificationItem.id, itemId));
  if (!peek) throw notFound(RECORD_LABELS.item, itemId);
  const parsed = parseItemValue(peek.key, value);
  if (!parsed.ok) {
    const label = ITEMS[peek.key].label;
    const where =
      row === undefined ? { zh: '', en: '' } : { zh: `第 ${row} 行 `, en: `Row ${row}, ` };
    throwIssues([
      {
        column: 'value',
        code: 'item_value',
        message: {
          zh: `${where.zh}${label.zh}：${parsed.message.zh}`,
          en: `${where.en}${label.en}: ${parsed.message.en}`,
        },
      },
    ]);
  }
  const stored = parsed.ok ? parsed.stored : '';
  const [written] = await changeItems(tx, actor, [itemId], at, {
    action: 'correct',
    value: stored,
    note,
  });
  return written!;
}

const sheetSchema = z
  .object({
    itemIds: z.array(z.uuid()).max(1000),
    corrections: z
      .array(
        z
          .object({
            itemId: z.uuid(),
            value: z.string().max(2000),
            note: wordsField,
            row: z.number().int().min(1).optional(),
          })
          .strict(),
      )
      .max(1000),
  })
  .strict()
  .refine((input) => input.itemIds.length + input.corrections.length > 0, {
    message: '表中没有可处理的行 / the sheet has no rows to apply',
  });

/**
 * A department's result sheet in one step (88号 三、3; 五、2): the rows that confirm the declared
 * figure and the rows that correct it with a note, all or none. A refused row changes nothing.
 * @example await applyItemSheet(db, tax, { itemIds: [a], corrections: [{ itemId: b, value: '55.10', note: '以税务系统申报数为准' }] })
 */
export async function applyItemSheet(
  db: Database,
  actor: Actor,
  input: {
    itemIds: string[];
    corrections: { itemId: string; value: string; note: string; row?: number }[];
  },
  options?: ServiceOptions,
): Promise<ItemView[]> {
  const { itemIds, corrections } = parseInput(sheetSchema, input);
  assertActorScope(actor);
  const { at } = moment(options);
  return inTransaction(db, async (tx) => {
    const verified = itemIds.length
      ? await changeItems(tx, actor, itemIds, at, { action: 'verify' })
      : [];
    const corrected = [];
    for (const c of corrections) {
      corrected.push(await correctIn(tx, actor, c.itemId, c.value, c.note, at, c.row));
    }
    return [...verified, ...corrected].map(itemView);
  });
}
