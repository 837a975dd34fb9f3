import { sql } from 'drizzle-orm';
import type { Localized } from '../../engine/localized.ts';
import { appendAudit } from '../../store/audit.ts';
import type { Transaction } from '../../store/database.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../hq-rating/errors.ts';
import { partyOf } from '../hq-rating/services/context.ts';

/**
 * The audit record of a relief step or read, in the caller's transaction. Callers pass ID
 * numbers masked or not at all: the audit log is kept for years and read by auditors.
 * @example await audit(tx, actor, { action: 'relief.family.view', entity: 'relief_family', entityId: id })
 */
export async function audit(
  tx: Transaction,
  actor: Actor | null,
  entry: {
    action: string;
    entity: string;
    entityId: string;
    before?: unknown;
    after?: unknown;
    note?: string | null;
  },
): Promise<void> {
  await appendAudit(tx, { actor: partyOf(actor).actorId, ...entry });
}

/**
 * Which families a read showed, by family code (a pseudonym, not personal data), and those whose
 * address and phone were shown: an assessor asks who saw which family, not only how many.
 * @example shownFamilies([{ familyCode: 'WC0001', contactShown: true }]) // { shown: 1, families: ['WC0001'], contactShownFor: ['WC0001'] }
 */
export function shownFamilies(items: readonly { familyCode: string; contactShown?: boolean }[]) {
  return {
    shown: items.length,
    families: items.map((item) => item.familyCode),
    contactShownFor: items.filter((item) => item.contactShown).map((item) => item.familyCode),
  };
}

/** Names of the records, for messages. */
export const RELIEF_RECORDS = {
  family: { zh: '家庭', en: 'family' },
  run: { zh: '化解计算', en: 'relief run' },
  warning: { zh: '预警', en: 'warning' },
} satisfies Record<string, Localized>;

export const familyNotFound = (id: string) => notFound(RELIEF_RECORDS.family, id);
export const runNotFound = (id: string) => notFound(RELIEF_RECORDS.run, id);
export const warningNotFound = (id: string) => notFound(RELIEF_RECORDS.warning, id);

// Any fixed bigint will do; it only has to differ from the other advisory lock keys we use.
const FUND_LOCK_KEY = '7070696e67640090';

/**
 * Serialises the steps that move a county fund's balance (receipts, payments): two payments at
 * once must not both see the same balance.
 */
export async function lockFund(tx: Transaction): Promise<void> {
  await tx.execute(sql.raw(`select pg_advisory_xact_lock(x'${FUND_LOCK_KEY}'::bigint)`));
}

/** The year of a date in China. */
export function yearOfDate(date: string): number {
  return Number(date.slice(0, 4));
}
