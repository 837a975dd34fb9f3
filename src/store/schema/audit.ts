import { bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { JsonValue } from '../canonical-json.ts';

/**
 * How a record's `hash` is computed: `sha256` unkeyed (the records written before the key),
 * `hmac-sm3` keyed with the audit key (see audit-key.ts).
 */
export type AuditAlgorithm = 'sha256' | 'hmac-sm3';

/**
 * The append-only audit log. Each row is chained to the one before it by `prev_hash`, so
 * an altered, removed or inserted row shows up in `verifyAuditChain`. A migration adds
 * triggers that refuse UPDATE, DELETE and TRUNCATE, and the service's role may only insert
 * and read it (0011; docs/audit.md).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    // Set by the application, not `now()`, so the hashed ISO string is exactly what is stored.
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    // Null when there is no state on that side: before a creation, after a deletion.
    before: jsonb('before').$type<JsonValue>(),
    after: jsonb('after').$type<JsonValue>(),
    note: text('note'),
    // Unique: two rows can never claim the same predecessor, so the chain cannot fork
    // even if a writer skips the chain lock.
    prevHash: text('prev_hash').notNull().unique(),
    hash: text('hash').notNull().unique(),
    // Records keep their algorithm, so the SHA-256 stretch written before the key stays verifiable.
    algorithm: text('algorithm').$type<AuditAlgorithm>().notNull(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId)],
);
