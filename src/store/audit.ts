import { createHash } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Localized } from '../engine/localized.ts';
import { canonicalJson, toJsonValue, type JsonValue } from './canonical-json.ts';
import type { Executor, Transaction } from './database.ts';
import { auditLog } from './schema/audit.ts';

/** What happened, as the caller tells it. */
export interface AuditEntry {
  /** Who did it: a user id, or a system name such as `cli`. */
  actor: string;
  /** What was done, e.g. `case.submit`. */
  action: string;
  /** The kind of thing changed, e.g. `case`. */
  entity: string;
  entityId: string;
  /** State before; null or absent for a creation. Stored as JSON. */
  before?: unknown;
  /** State after; null or absent for a deletion. Stored as JSON. */
  after?: unknown;
  note?: string | null;
}

/** A stored audit record. */
export type AuditRecord = typeof auditLog.$inferSelect;

export type AuditChainResult =
  | { ok: true; count: number }
  /** `count` is the number of records that checked out before `brokenAt`. */
  | { ok: false; count: number; brokenAt: number; reason: Localized };

/** The `prev_hash` of the first record. */
export const GENESIS_HASH = '0'.repeat(64);

// Any fixed bigint will do; it only has to differ from the other advisory lock keys we use.
const CHAIN_LOCK_KEY = '7070696e67640002';

const VERIFY_BATCH = 1000;

/**
 * Appends a record to the audit log inside the caller's transaction, so it commits or
 * rolls back with the change it records. Writers are serialized by a transaction-scoped
 * advisory lock; run in READ COMMITTED (the default), since an older snapshot would not
 * see the newest record and the insert would fail on the unique `prev_hash`.
 */
export async function appendAudit(tx: Transaction, entry: AuditEntry): Promise<AuditRecord> {
  await tx.execute(sql.raw(`select pg_advisory_xact_lock(x'${CHAIN_LOCK_KEY}'::bigint)`));
  const [last] = await tx
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1);
  // Taken after the lock, so `at` never goes backwards along the chain.
  const at = new Date();
  const fields = {
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: toJsonValue(entry.before ?? null),
    after: toJsonValue(entry.after ?? null),
    note: entry.note ?? null,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = auditHash(prevHash, { ...fields, at: at.toISOString() });
  const [inserted] = await tx
    .insert(auditLog)
    .values({ ...fields, at, prevHash, hash })
    .returning({ id: auditLog.id });
  if (!inserted) throw new Error('audit_log insert returned no row');
  return { id: inserted.id, at, ...fields, prevHash, hash };
}

/**
 * Walks the whole audit log in id order and checks every link and every hash.
 * It cannot notice records cut off the end; compare `count` with a count kept elsewhere.
 */
export async function verifyAuditChain(db: Executor): Promise<AuditChainResult> {
  let expectedPrev = GENESIS_HASH;
  let count = 0;
  let afterId = 0;
  for (;;) {
    const rows = await db
      .select(storedForm)
      .from(auditLog)
      .where(gt(auditLog.id, afterId))
      .orderBy(asc(auditLog.id))
      .limit(VERIFY_BATCH);
    for (const row of rows) {
      if (row.prevHash !== expectedPrev) {
        return { ok: false, count, brokenAt: row.id, reason: brokenLink(row.id) };
      }
      const fields = {
        ...row,
        at: isoFromMicros(row.at),
        before: parseJson(row.before),
        after: parseJson(row.after),
      };
      if (auditHash(row.prevHash, fields) !== row.hash) {
        return { ok: false, count, brokenAt: row.id, reason: alteredRecord(row.id) };
      }
      expectedPrev = row.hash;
      count += 1;
      afterId = row.id;
    }
    if (rows.length < VERIFY_BATCH) return { ok: true, count };
  }
}

/**
 * The columns as the database holds them. jsonb is read as text because the drivers'
 * own parsing turns a stored JSON string such as "123" into the number 123; `at` keeps
 * its microseconds so a change below the millisecond is caught too.
 */
const storedForm = {
  id: auditLog.id,
  at: sql<string>`to_char(${auditLog.at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
  actor: auditLog.actor,
  action: auditLog.action,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  before: sql<string | null>`${auditLog.before}::text`,
  after: sql<string | null>`${auditLog.after}::text`,
  note: auditLog.note,
  prevHash: auditLog.prevHash,
  hash: auditLog.hash,
};

/** `2026-01-02T03:04:05.678000` → `2026-01-02T03:04:05.678Z`, as `Date#toISOString` writes it. */
function isoFromMicros(text: string): string {
  return `${text.endsWith('000') ? text.slice(0, -3) : text}Z`;
}

function parseJson(text: string | null): JsonValue {
  return text === null ? null : (JSON.parse(text) as JsonValue);
}

/** The fields a hash covers, `at` as an ISO string. */
export interface HashedFields {
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before: JsonValue;
  after: JsonValue;
  note: string | null;
}

/**
 * `sha256(prev_hash + canonical JSON)`, hex. Keys are the column names, so the hash can be
 * recomputed from the table alone.
 */
export function auditHash(prevHash: string, fields: HashedFields): string {
  const canonical = canonicalJson({
    at: fields.at,
    actor: fields.actor,
    action: fields.action,
    entity: fields.entity,
    entity_id: fields.entityId,
    before: fields.before,
    after: fields.after,
    note: fields.note,
  });
  return createHash('sha256')
    .update(prevHash + canonical, 'utf8')
    .digest('hex');
}

function brokenLink(id: number): Localized {
  return {
    zh: `审计记录 ${id} 与前一条记录不相接：有记录被删除、插入或调换了顺序`,
    en: `audit record ${id} does not link to the record before it: a record was deleted, inserted or reordered`,
  };
}

function alteredRecord(id: number): Localized {
  return {
    zh: `审计记录 ${id} 的内容与其哈希不符：记录被改动过`,
    en: `audit record ${id} does not match its hash: it was altered`,
  };
}
