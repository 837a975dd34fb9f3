import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * A table's rows as one JSON array inside another query, so a record and the rows that hang off
 * it come back in one round trip instead of one query each, and read back as Drizzle would read
 * them: timestamps as Dates, numerics as exact text, dates as text, jsonb as parsed values.
 * Columns named in `omit` (file contents: never in a read of many) are left out.
 * @example const subs = relatedRows(hqSubsidiary, eq(hqSubsidiary.applicationId, hqApplication.id), sql`${hqSubsidiary.position}`)
 */
export function relatedRows<T extends PgTable, O extends keyof T['$inferSelect'] = never>(
  table: T,
  where: SQL,
  orderBy?: SQL,
  omit: readonly O[] = [],
): { query: SQL<unknown>; decode: (value: unknown) => Omit<T['$inferSelect'], O>[] } {
  const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>).filter(
    ([key]) => !(omit as readonly string[]).includes(key),
  );
  const pairs = sql.join(
    columns.map(([key, column]) => sql`${sql.raw(`'${key}'`)}, ${jsonValue(column)}`),
    sql`, `,
  );
  const order = orderBy ? sql` order by ${orderBy}` : sql``;
  const query = sql`coalesce((select json_agg(json_build_object(${pairs})${order}) from ${table} where ${where}), '[]'::json)`;
  const dates = columns.filter(([, column]) => isTimestamp(column)).map(([key]) => key);
  const decode = (value: unknown) => {
    const rows = (typeof value === 'string' ? JSON.parse(value) : value) as Record<
      string,
      unknown
    >[];
    for (const row of rows) {
      for (const key of dates) {
        const text = row[key];
        if (typeof text === 'string') row[key] = new Date(text);
      }
    }
    return rows as Omit<T['$inferSelect'], O>[];
  };
  return { query, decode };
}

const isTimestamp = (column: PgColumn) => column.columnType === 'PgTimestamp';

/** A column as JSON holds it without loss: numerics as text, instants in UTC to the millisecond. */
function jsonValue(column: PgColumn): SQL {
  if (column.columnType === 'PgNumeric') return sql`${column}::text`;
  if (isTimestamp(column)) {
    return sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  }
  return sql`${column}`;
}
