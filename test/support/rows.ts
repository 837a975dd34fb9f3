import type { SQL } from 'drizzle-orm';
import type { Executor } from '../../src/store/database.ts';

/**
 * Runs raw SQL and returns its rows. Both drivers answer with an object carrying `rows`,
 * but the shared Drizzle type cannot say so.
 */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
