import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Localized } from '../../../engine/localized.ts';
import type { Database } from '../../../store/database.ts';
import { accounts } from '../../../store/schema/accounts.ts';
import { hqRevocation, hqSupportNote } from '../../../store/schema/hq-after-final.ts';
import { hqApplication } from '../../../store/schema/hq-applications.ts';
import { hqBatch } from '../../../store/schema/hq-batches.ts';
import type { Actor } from '../../actor.ts';
import { SUPPORT_CITATION, SUPPORT_LABELS, type SupportKind } from '../benefits.ts';
import { WorkflowError } from '../errors.ts';
import { CITY_ROLES } from '../permissions.ts';
import { REVOCATION_CITATION, REVOCATION_LABELS, type RevocationReason } from '../revocation.ts';
import { parseInput } from './validation.ts';

/** Whose rating a record is about. */
interface Enterprise {
  applicationId: string;
  batchId: string;
  batchTitle: string;
  name: string;
  uscc: string;
  county: string;
}

/** A withdrawn rating as the bureau's list shows it: the ground in 88号's words, who and when. */
export interface RevocationEntry extends Enterprise {
  id: string;
  reason: RevocationReason;
  ground: Localized;
  /** The article the ground comes from, as officials cite it (88号 五、3). */
  article: string;
  note: string;
  decidedByName: string;
  decidedAt: string;
  effectiveOn: string;
}

/** A note of land, finance or credit support given to a rated enterprise (88号 四、3). */
export interface SupportEntry extends Enterprise {
  id: string;
  kind: SupportKind;
  kindLabel: Localized;
  article: string;
  note: string;
  recordedByName: string | null;
  recordedAt: string;
}

const filterSchema = z
  .object({ batchId: z.uuid().optional(), applicationId: z.uuid().optional() })
  .strict();

type Filter = z.input<typeof filterSchema>;

function assertCity(actor: Actor, what: Localized): void {
  if (CITY_ROLES.includes(actor.role)) return;
  throw new WorkflowError('forbidden', 'city_only', {
    zh: `只有市级角色可以查看${what.zh}`,
    en: `only the city roles read ${what.en}`,
  });
}

function where(filter: Filter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.batchId) parts.push(eq(hqApplication.batchId, filter.batchId));
  if (filter.applicationId) parts.push(eq(hqApplication.id, filter.applicationId));
  return and(...parts);
}

const enterprise = {
  applicationId: hqApplication.id,
  batchId: hqApplication.batchId,
  batchTitle: hqBatch.title,
  name: hqApplication.name,
  uscc: hqApplication.uscc,
  county: hqApplication.county,
};

/**
 * The ratings withdrawn (R14, 88号 五、3), newest first, for the city roles: the enterprise, the
 * ground in 88号's words with its article, the bureau's note, who decided and when.
 * @example (await listRevocations(db, bureau))[0].article // '88号 五、3'
 */
export async function listRevocations(
  db: Database,
  actor: Actor,
  input: Filter = {},
): Promise<RevocationEntry[]> {
  const filter = parseInput(filterSchema, input);
  assertCity(actor, { zh: '取消资格记录', en: 'the revocations' });
  const rows = await db
    .select({ revocation: hqRevocation, ...enterprise })
    .from(hqRevocation)
    .innerJoin(hqApplication, eq(hqApplication.id, hqRevocation.applicationId))
    .innerJoin(hqBatch, eq(hqBatch.id, hqApplication.batchId))
    .where(where(filter))
    .orderBy(desc(hqRevocation.decidedAt), desc(hqRevocation.id));
  return rows.map(({ revocation, ...who }) => {
    const reason = revocation.reason as RevocationReason;
    return {
      ...who,
      id: revocation.id,
      reason,
      ground: REVOCATION_LABELS[reason],
      article: REVOCATION_CITATION.article,
      note: revocation.note,
      decidedByName: revocation.decidedByName,
      decidedAt: revocation.decidedAt.toISOString(),
      effectiveOn: revocation.effectiveOn,
    };
  });
}

/**
 * The support notes (88号 四、3), newest first, for the city roles: the enterprise, the kind, the
 * bureau's note, who recorded it and when.
 * @example (await listSupports(db, bureau, { applicationId }))[0].kindLabel.zh // '用地支持'
 */
export async function listSupports(
  db: Database,
  actor: Actor,
  input: Filter = {},
): Promise<SupportEntry[]> {
  const filter = parseInput(filterSchema, input);
  assertCity(actor, { zh: '要素保障记录', en: 'the support notes' });
  const rows = await db
    .select({ support: hqSupportNote, recordedByName: accounts.displayName, ...enterprise })
    .from(hqSupportNote)
    .innerJoin(hqApplication, eq(hqApplication.id, hqSupportNote.applicationId))
    .innerJoin(hqBatch, eq(hqBatch.id, hqApplication.batchId))
    .leftJoin(accounts, eq(hqSupportNote.recordedBy, sql`${accounts.id}::text`))
    .where(where(filter))
    .orderBy(desc(hqSupportNote.recordedAt), desc(hqSupportNote.id));
  return rows.map(({ support, recordedByName, ...who }) => ({
    ...who,
    id: support.id,
    kind: support.kind,
    kindLabel: SUPPORT_LABELS[support.kind],
    article: SUPPORT_CITATION.article,
    note: support.note,
    recordedByName: recordedByName ?? null,
    recordedAt: support.recordedAt.toISOString(),
  }));
}
