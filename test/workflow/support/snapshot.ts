import { sql } from 'drizzle-orm';
import type { Executor } from '../../../src/store/database.ts';
import { queryRows } from '../../support/rows.ts';

/** Every table the procedure writes, and the audit log. */
export const PROCEDURE_TABLES = [
  'hq_batch',
  'hq_batch_event',
  'hq_county_report',
  'hq_enterprise',
  'hq_application',
  'hq_subsidiary',
  'hq_application_event',
  'hq_material',
  'hq_verification_item',
  'hq_rating_run',
  'hq_decision',
  'hq_objection',
  'hq_benefit_claim',
  'hq_support_note',
  'hq_re_review_request',
  'hq_revocation',
  'audit_log',
] as const;

/**
 * The whole content of every procedure table as text, in a fixed order: two snapshots are equal
 * exactly when nothing was written in between.
 * @example expect(await snapshot(db)).toEqual(before)
 */
export async function snapshot(db: Executor): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of PROCEDURE_TABLES) {
    const rows = await queryRows<{ line: string }>(
      db,
      sql.raw(`select t::text as line from ${table} t order by t::text`),
    );
    result[table] = rows.map((row) => row.line);
  }
  return result;
}
