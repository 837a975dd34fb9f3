import { createHash, createHmac } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Localized } from '../engine/localized.ts';
import { currentAuditKey, type AuditKey } from './audit-key.ts';
import type { AuditHead } from './audit-head.ts';
import { canonicalJson, toJsonValue, type JsonValue } from './canonical-json.ts';
import type { Executor, Transaction } from './database.ts';
import { auditLog, type AuditAlgorithm } from './schema/audit.ts';

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

/** A run of consecutive records chained with one algorithm. */
export interface AuditStretch {
  algorithm: AuditAlgorithm;
  firstId: number;
  lastId: number;
  count: number;
}

/** What a walk of the chain found. `count` records checked out, ending at `lastId` (0: none). */
interface AuditChainSummary {
  count: number;
  lastId: number;
  /** The hash of record `lastId`; {@link GENESIS_HASH} when there is none. */
  lastHash: string;
  /** The stretches of the records that checked out, in order. */
  stretches: AuditStretch[];
  /** The signed head the chain was checked against; null when there was none. */
  head: AuditHead | null;
}

export type AuditChainResult =
  | (AuditChainSummary & { ok: true })
  | (AuditChainSummary & {
      ok: false;
      /** The first record that fails; absent when records are missing after the last good one. */
      brokenAt?: number;
      /** Records the head counts that are gone from the end of the log. */
      missingTail?: { afterId: number; records: number };
      reason: Localized;
    });

/** The algorithm new records are chained with. */
export const CURRENT_ALGORITHM: AuditAlgorithm = 'hmac-sm3';

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
  const algorithm = CURRENT_ALGORITHM;
  const hash = chainHash(algorithm, currentAuditKey(), prevHash, {
    ...fields,
    at: at.toISOString(),
  });
  const [inserted] = await tx
    .insert(auditLog)
    .values({ ...fields, at, prevHash, hash, algorithm })
    .returning({ id: auditLog.id });
  if (!inserted) throw new Error('audit_log insert returned no row');
  return { id: inserted.id, at, ...fields, prevHash, hash, algorithm };
}

/** What {@link verifyAuditChain} checks against. */
export interface VerifyOptions {
  /** The key of the HMAC-SM3 records; default the key in use (see audit-key.ts). */
  key?: AuditKey;
  /** The last signed head (see audit-head.ts), already checked for its signature. */
  head?: AuditHead | null;
}

/**
 * Walks the whole audit log in id order and checks every link and every hash: SHA-256
 * records by their content alone, HMAC-SM3 records under the key. An unkeyed record after a
 * keyed one, or after the head, is refused, since anyone can compute one. Against a head it
 * also finds records cut off the end (or all of them): the head's last record must be there,
 * with the head's hash and as the head's count-th record.
 */
export async function verifyAuditChain(
  db: Executor,
  options: VerifyOptions = {},
): Promise<AuditChainResult> {
  const key = options.key ?? currentAuditKey();
  const head = options.head ?? null;
  const stretches: AuditStretch[] = [];
  let expectedPrev = GENESIS_HASH;
  let count = 0;
  let lastId = 0;
  let headReached = false;
  const summary = () => ({ count, lastId, lastHash: expectedPrev, stretches, head });
  const broken = (id: number, reason: Localized): AuditChainResult => ({
    ok: false,
    ...summary(),
    brokenAt: id,
    reason,
  });
  for (;;) {
    const rows = await db
      .select(storedForm)
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(VERIFY_BATCH);
    for (const row of rows) {
      if (row.prevHash !== expectedPrev) return broken(row.id, brokenLink(row.id));
      const stretch = stretches.at(-1);
      if (!isAlgorithm(row.algorithm)) return broken(row.id, unknownAlgorithm(row.id));
      if (
        row.algorithm === 'sha256' &&
        (stretches.some((s) => s.algorithm !== 'sha256') || (head && row.id > head.lastId))
      ) {
        return broken(row.id, unkeyedAfterKeyed(row.id));
      }
      const fields = {
        ...row,
        at: isoFromMicros(row.at),
        before: parseJson(row.before),
        after: parseJson(row.after),
      };
      if (chainHash(row.algorithm, key, row.prevHash, fields) !== row.hash) {
        return broken(row.id, alteredRecord(row.id, row.algorithm));
      }
      if (head && !headReached && row.id >= head.lastId) {
        if (row.id !== head.lastId || row.hash !== head.lastHash || count + 1 !== head.count) {
          return broken(row.id, differsFromHead(row.id, head));
        }
        headReached = true;
      }
      if (stretch?.algorithm === row.algorithm) {
        stretch.lastId = row.id;
        stretch.count += 1;
      } else {
        stretches.push({ algorithm: row.algorithm, firstId: row.id, lastId: row.id, count: 1 });
      }
      expectedPrev = row.hash;
      count += 1;
      lastId = row.id;
    }
    if (rows.length < VERIFY_BATCH) break;
  }
  if (head && !headReached && head.count > 0) {
    const records = head.count - count;
    return {
      ok: false,
      ...summary(),
      missingTail: { afterId: lastId, records },
      reason: missingTail(lastId, records, head),
    };
  }
  return { ok: true, ...summary() };
}

function isAlgorithm(text: string): text is AuditAlgorithm {
  return text === 'sha256' || text === 'hmac-sm3';
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
  algorithm: auditLog.algorithm,
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
 * The hash of a record under its algorithm, hex: `hmac-sm3` is HMAC-SM3 (GB/T 32905) under
 * the key, which never enters the database; `sha256` is the unkeyed hash of records written
 * before the key came in (see {@link auditHash}). Both cover the same text.
 */
export function chainHash(
  algorithm: AuditAlgorithm,
  key: AuditKey,
  prevHash: string,
  fields: HashedFields,
): string {
  if (algorithm === 'sha256') return auditHash(prevHash, fields);
  return createHmac('sm3', key).update(hashedText(prevHash, fields), 'utf8').digest('hex');
}

/**
 * `sha256(prev_hash + canonical JSON)`, hex: the unkeyed hash of the first records. Keys are
 * the column names, so the hash can be recomputed from the table alone.
 */
export function auditHash(prevHash: string, fields: HashedFields): string {
  return createHash('sha256').update(hashedText(prevHash, fields), 'utf8').digest('hex');
}

/** `prev_hash` followed by the canonical JSON of the columns: what every algorithm covers. */
function hashedText(prevHash: string, fields: HashedFields): string {
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
  return prevHash + canonical;
}

function brokenLink(id: number): Localized {
  return {
    zh: `审计记录 ${id} 与前一条记录不相接：有记录被删除、插入或调换了顺序`,
    en: `audit record ${id} does not link to the record before it: a record was deleted, inserted or reordered`,
  };
}

function alteredRecord(id: number, algorithm: AuditAlgorithm): Localized {
  if (algorithm === 'sha256') {
    return {
      zh: `审计记录 ${id} 的内容与其哈希不符：记录被改动过`,
      en: `audit record ${id} does not match its hash: it was altered`,
    };
  }
  return {
    zh: `审计记录 ${id} 的内容与其密钥哈希（HMAC-SM3）不符：记录被改动或伪造，或所用密钥不是写入时的密钥`,
    en: `audit record ${id} does not match its keyed hash (HMAC-SM3): it was altered or forged, or the key is not the one it was written with`,
  };
}

function unknownAlgorithm(id: number): Localized {
  return {
    zh: `审计记录 ${id} 标注了未知的哈希算法`,
    en: `audit record ${id} names an unknown hash algorithm`,
  };
}

function unkeyedAfterKeyed(id: number): Localized {
  return {
    zh: `审计记录 ${id} 使用不带密钥的 SHA-256，却位于带密钥的记录或已签名的链头之后：记录系伪造`,
    en: `audit record ${id} uses unkeyed SHA-256 after keyed records or after the signed head: it was forged`,
  };
}

function differsFromHead(id: number, head: AuditHead): Localized {
  return {
    zh: `审计记录 ${id} 与已签名的链头不符（链头：第 ${head.lastId} 号记录为第 ${head.count} 条）：链头之前的记录被删除、改动或重算`,
    en: `audit record ${id} disagrees with the signed head (record ${head.lastId} as record number ${head.count}): records before it were deleted, altered or recomputed`,
  };
}

function missingTail(afterId: number, records: number, head: AuditHead): Localized {
  return afterId === 0
    ? {
        zh: `缺少结尾：已签名的链头记有 ${head.count} 条记录（至第 ${head.lastId} 号），数据库中一条也没有：审计日志被清空`,
        en: `missing tail: ${records} records after id 0 — the signed head counts ${head.count} records (to id ${head.lastId}) and none are left: the log was emptied`,
      }
    : {
        zh: `缺少结尾：第 ${afterId} 号记录之后少了 ${records} 条记录（已签名的链头记至第 ${head.lastId} 号，共 ${head.count} 条）`,
        en: `missing tail: ${records} records after id ${afterId} (the signed head counts ${head.count} records, to id ${head.lastId})`,
      };
}
