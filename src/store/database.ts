import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { maskIdNumbersIn } from '../engine/privacy/mask.ts';

/** All tables, as Drizzle sees them. */
export type Schema = typeof schema;

/** A Drizzle database on either driver; code written against it runs on both. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** An open transaction on a {@link Database}. */
export type Transaction = PgTransaction<
  PgQueryResultHKT,
  Schema,
  ExtractTablesWithRelations<Schema>
>;

/** Either a database or a transaction: for reads that may run in or out of one. */
export type Executor = Database | Transaction;

export type DatabaseKind = 'pglite' | 'postgres';

/** An open, migrated database. */
export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL connection URL. */
  url?: string;
  /** A PGlite data directory, or `memory://` for a database that vanishes on close. */
  dataDir?: string;
}

/** Where PGlite keeps its files when nothing else is said, relative to the working directory. */
export const DEFAULT_PGLITE_DIR = '.data/pglite';

const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

// Any fixed bigint will do; it only has to differ from the other advisory lock keys we use.
const MIGRATION_LOCK_KEY = '7070696e67640001';

/**
 * Opens the database and brings its schema up to date.
 *
 * Choice, first match wins: `options.url` → PostgreSQL; `options.dataDir` → PGlite;
 * env `DATABASE_URL` → PostgreSQL; otherwise PGlite in {@link DEFAULT_PGLITE_DIR}.
 * A PGlite directory may be open in only one process at a time.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const url = options.url ?? (options.dataDir === undefined ? process.env.DATABASE_URL : undefined);
  if (url) return openPostgres(url);
  return openPglite(options.dataDir ?? DEFAULT_PGLITE_DIR);
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url });
  // Without a listener, a server closing an idle connection would crash the process.
  pool.on('error', (error) => console.error(maskIdNumbersIn(`PostgreSQL pool: ${error.message}`)));
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = drizzleNodePg(pool, { schema });
  return { db, kind: 'postgres', close: () => pool.end() };
}

/** Several processes may start at once; the session lock lets only one migrate at a time. */
async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query(`select pg_advisory_lock(x'${MIGRATION_LOCK_KEY}'::bigint)`);
    try {
      await migrateNodePg(drizzleNodePg(client), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query(`select pg_advisory_unlock(x'${MIGRATION_LOCK_KEY}'::bigint)`);
    }
  } finally {
    client.release();
  }
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  try {
    const db = drizzlePglite(client, { schema });
    await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return { db, kind: 'pglite', close: () => client.close() };
  } catch (error) {
    await client.close();
    throw error;
  }
}
