import { sql, type SQL } from 'drizzle-orm';
import { customType, jsonb, text, timestamp, type PgColumn } from 'drizzle-orm/pg-core';
import type { JsonValue } from '../canonical-json.ts';

/**
 * Column helpers the HQ star-rating tables share. Amounts are `numeric` in yuan (88号 D8), read
 * back as strings and turned into `Exact`; never a float.
 */

/** File contents. node-postgres answers with a Buffer, PGlite with a Uint8Array: both are bytes. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => new Uint8Array(value),
});

/** When a row was written, set by the application so the audit record shows the same instant. */
export const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Who acted: an account id, or `public` for the anonymous public (objections). */
export const actorId = (name: string) => text(name);

/** A JSON column typed as what it holds. */
export const json = <T = JsonValue>(name: string) => jsonb(name).$type<T>();

/**
 * `column in ('a', 'b')`, for the check constraints that keep a state column inside its machine.
 * @example oneOf(t.state, BATCH_STATES)
 */
export function oneOf(column: PgColumn, values: readonly (string | number)[]): SQL {
  const list = values
    .map((value) => (typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`))
    .join(', ');
  return sql`${column} in (${sql.raw(list)})`;
}
