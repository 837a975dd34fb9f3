import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import {
  MATERIAL_KINDS,
  MAX_MATERIAL_BYTES,
  type MaterialKind,
} from '../../workflow/hq-rating/materials.ts';
import { hqApplication } from './hq-applications.ts';
import { actorId, at, bytea, oneOf } from './hq-columns.ts';

/**
 * The materials of 附件3, stored with their SHA-256 so a copy can be checked against what was
 * submitted. A removed file is marked, never deleted: the county may have read it.
 */
export const hqMaterial = pgTable(
  'hq_material',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => hqApplication.id),
    kind: text('kind').$type<MaterialKind>().notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: actorId('uploaded_by').notNull(),
    uploadedAt: at('uploaded_at').notNull(),
    removedBy: actorId('removed_by'),
    removedAt: at('removed_at'),
  },
  (t) => [
    index('hq_material_application_idx').on(t.applicationId),
    check('hq_material_kind_check', oneOf(t.kind, MATERIAL_KINDS)),
    check(
      'hq_material_size_check',
      sql`${t.sizeBytes} > 0 and ${t.sizeBytes} <= ${sql.raw(String(MAX_MATERIAL_BYTES))}`,
    ),
    check('hq_material_sha256_check', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);
