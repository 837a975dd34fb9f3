import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Localized } from '../../../engine/localized.ts';
import type { Database } from '../../../store/database.ts';
import { accounts } from '../../../store/schema/accounts.ts';
import { hqApplication } from '../../../store/schema/hq-applications.ts';
import { hqBatch } from '../../../store/schema/hq-batches.ts';
import { hqObjection } from '../../../store/schema/hq-publicity.ts';
import type { Actor } from '../../actor.ts';
import { WorkflowError } from '../errors.ts';
import { OBJECTION_MACHINE, type ObjectionState } from '../objection-machine.ts';
import { normalReceiptNo, OBJECTION_RECEIPT_PATTERN } from '../objection-receipt.ts';
import { assertMayReadRuns } from '../permissions.ts';
import { objectionView, type ObjectionView } from './objection-view.ts';
import { parseInput, throwIssues } from './validation.ts';

/** An objection as the city roles' list shows it: whom it is against and who resolved it. */
export interface ObjectionListEntry extends ObjectionView {
  name: string;
  uscc: string;
  county: string;
  /** The city bureau only, which answers the objector. */
  contactName?: string | null;
  contactPhone?: string | null;
  resolvedByName: string | null;
}

const resolver = alias(accounts, 'resolver');

/**
 * A batch's objections for the city roles, oldest first, each with the enterprise it is against,
 * its 受理编号 and who resolved it; the objector's contact for the bureau only, which answers them.
 * @example (await listObjections(db, bureau, { batchId })).filter((o) => o.state === 'open')
 */
export async function listObjections(
  db: Database,
  actor: Actor,
  input: { batchId: string },
): Promise<ObjectionListEntry[]> {
  const { batchId } = parseInput(z.object({ batchId: z.uuid() }).strict(), input);
  assertMayReadRuns(actor);
  const rows = await db
    .select({
      objection: hqObjection,
      name: hqApplication.name,
      uscc: hqApplication.uscc,
      county: hqApplication.county,
      resolvedByName: resolver.displayName,
    })
    .from(hqObjection)
    .innerJoin(hqApplication, eq(hqApplication.id, hqObjection.applicationId))
    .leftJoin(resolver, eq(hqObjection.resolvedBy, sql`${resolver.id}::text`))
    .where(eq(hqObjection.batchId, batchId))
    .orderBy(asc(hqObjection.filedAt), asc(hqObjection.id));
  return rows.map(({ objection, name, uscc, county, resolvedByName }) => ({
    ...objectionView(objection),
    name,
    uscc,
    county,
    resolvedByName: resolvedByName ?? null,
    ...(actor.role === 'city_bureau'
      ? { contactName: objection.contactName, contactPhone: objection.contactPhone }
      : {}),
  }));
}

/** What the objector may learn of their objection: never the contact, never who decided. */
export interface ObjectionOutcome {
  receiptNo: string;
  batchTitle: string;
  name: string;
  filedAt: string;
  state: ObjectionState;
  stateLabel: Localized;
  outcomeReason: string | null;
  figuresChanged: boolean;
  resolvedAt: string | null;
}

const RECEIPT_LABEL: Localized = { zh: '受理编号', en: 'receipt number' };

/**
 * The public looks up the outcome of an objection by its 受理编号, without signing in: the
 * enterprise, when it was filed, and the bureau's outcome with its reason once resolved. The
 * objector's own words and contact stay with the bureau, in case the number is passed on.
 * @example (await lookUpObjection(db, { receiptNo: 'YY20260316-4K7QMZ' })).stateLabel.zh // '待处理'
 */
export async function lookUpObjection(
  db: Database,
  input: { receiptNo: string },
): Promise<ObjectionOutcome> {
  const receiptNo = normalReceiptNo(String(input.receiptNo ?? ''));
  if (!OBJECTION_RECEIPT_PATTERN.test(receiptNo)) {
    throwIssues([
      {
        column: 'receiptNo',
        code: 'receipt_no',
        message: {
          zh: `${RECEIPT_LABEL.zh}：应形如 YY20260316-4K7QMZ（提交异议时页面给出的编号）`,
          en: `${RECEIPT_LABEL.en}: should look like YY20260316-4K7QMZ (the number shown when the objection was filed)`,
        },
      },
    ]);
  }
  const [row] = await db
    .select({ objection: hqObjection, name: hqApplication.name, batchTitle: hqBatch.title })
    .from(hqObjection)
    .innerJoin(hqApplication, eq(hqApplication.id, hqObjection.applicationId))
    .innerJoin(hqBatch, eq(hqBatch.id, hqObjection.batchId))
    .where(eq(hqObjection.receiptNo, receiptNo));
  if (!row) {
    throw new WorkflowError('not_found', 'no_such_receipt', {
      zh: `没有受理编号为 ${receiptNo} 的异议，请核对编号`,
      en: `no objection has the receipt number ${receiptNo}; please check it`,
    });
  }
  const { objection } = row;
  return {
    receiptNo: objection.receiptNo,
    batchTitle: row.batchTitle,
    name: row.name,
    filedAt: objection.filedAt.toISOString(),
    state: objection.state,
    stateLabel: OBJECTION_MACHINE.stateLabels[objection.state],
    outcomeReason: objection.outcomeReason,
    figuresChanged: objection.figuresChanged,
    resolvedAt: objection.resolvedAt?.toISOString() ?? null,
  };
}
