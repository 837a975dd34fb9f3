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
import { fieldKeyFile, loadFieldKeys, useFieldKeys, type FieldKeyRing } from './field-keys.ts';
import { sealFields } from './relief-sealed.ts';
import {
  auditPaths,
  loadAuditKey,
  useAuditKey,
  type AuditKey,
  type AuditPaths,
} from './audit-key.ts';
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
  /** The audit key in use and where the signed chain heads go (see docs/audit.md). */
  audit: { key: AuditKey; headDir: string | null };
  /** The keys personal fields are sealed with (docs/field-encryption.md). */
  fieldKeys: FieldKeyRing;
  /** The role the service's statements run as (`current_user`). */
  role: string;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL connection URL: the service's connection. */
  url?: string;
  /**
   * The URL migrations run on, as the owner of the tables; default env `MIGRATION_DATABASE_URL`
   * when `url` is the one `DATABASE_URL` names, else `url` itself.
   */
  migrationUrl?: string;
  /** A PGlite data directory, or `memory://` for a database that vanishes on close. */
  dataDir?: string;
  /**
   * The role to run as when the connected one could alter the audit log; default env
   * `PINGDING_DB_ROLE`, else {@link SERVICE_ROLE}; null (or `PINGDING_DB_ROLE=none`) stays.
   */
  serviceRole?: string | null;
  /** The audit key file and head directory; default from settings, see {@link auditPaths}. */
  auditPaths?: AuditPaths;
}

/** The role migration 0011 creates: may read and insert audit records, never change them. */
export const SERVICE_ROLE = 'pingding_service';

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
 * A PGlite directory may be open in only one process at a time. Migrations run as the owner;
 * the service's statements then run as a role that may only insert into and read the audit
 * log, and new audit records are keyed with the audit key (docs/audit.md).
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const fromEnv = options.url === undefined && options.dataDir === undefined;
  const url = options.url ?? (fromEnv ? process.env.DATABASE_URL : undefined);
  const serviceRole = serviceRoleSetting(options.serviceRole);
  const dataDir = options.dataDir ?? DEFAULT_PGLITE_DIR;
  const paths =
    options.auditPaths ??
    (url ? auditPaths(process.env.DATA_DIR || dataDir, databaseName(url)) : auditPaths(dataDir));
  const key = loadAuditKey(paths.keyFile);
  useAuditKey(key);
  const audit = { key, headDir: paths.headDir };
  const fieldKeys = loadFieldKeys(fieldKeyFile(paths.keyFile));
  useFieldKeys(fieldKeys);
  let opened: OpenedDatabase;
  if (url) {
    // MIGRATION_DATABASE_URL is the owner's way into the database DATABASE_URL names.
    const pairedWithEnv = url === process.env.DATABASE_URL;
    const migrationUrl =
      options.migrationUrl ??
      ((pairedWithEnv && process.env.MIGRATION_DATABASE_URL) || undefined) ??
      url;
    opened = await openPostgres(url, migrationUrl, serviceRole);
  } else {
    opened = await openPglite(dataDir, serviceRole);
  }
  // Values written before encryption came in, or under a key since rotated, are sealed now.
  await sealFields(opened.db);
  return { ...opened, audit, fieldKeys };
}

/** The database a PostgreSQL URL names (its path; else, as libpq does, the user name). */
function databaseName(url: string): string {
  const parsed = new URL(url);
  return (
    decodeURIComponent(parsed.pathname.slice(1)) ||
    decodeURIComponent(parsed.username) ||
    'postgres'
  );
}

function serviceRoleSetting(option: string | null | undefined): string | null {
  if (option !== undefined) return option;
  const fromEnv = process.env.PINGDING_DB_ROLE;
  if (fromEnv === 'none') return null;
  return fromEnv || SERVICE_ROLE;
}

type OpenedDatabase = Omit<DatabaseHandle, 'audit' | 'fieldKeys'>;

async function openPostgres(
  url: string,
  migrationUrl: string,
  serviceRole: string | null,
): Promise<OpenedDatabase> {
  await migratePostgres(migrationUrl);
  const probe = new pg.Client({ connectionString: url });
  await probe.connect();
  let setRole: string | null;
  try {
    setRole = await roleToSet((text, values) => probe.query(text, values), serviceRole);
  } finally {
    await probe.end();
  }
  // Every connection of the pool starts as the service role, before any statement of ours.
  const pool = new pg.Pool({
    connectionString: url,
    ...(setRole ? { options: `-c role=${setRole}` } : {}),
  });
  // Without a listener, a server closing an idle connection would crash the process.
  pool.on('error', (error) => console.error(maskIdNumbersIn(`PostgreSQL pool: ${error.message}`)));
  const db = drizzleNodePg(pool, { schema });
  const role = await currentRole((text) => pool.query(text));
  return { db, kind: 'postgres', role, close: () => pool.end() };
}

/** Several processes may start at once; the session lock lets only one migrate at a time. */
async function migratePostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`select pg_advisory_lock(x'${MIGRATION_LOCK_KEY}'::bigint)`);
    try {
      await migrateNodePg(drizzleNodePg(client), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query(`select pg_advisory_unlock(x'${MIGRATION_LOCK_KEY}'::bigint)`);
    }
  } finally {
    await client.end();
  }
}

/**
 * PGlite has one user, the superuser, so the service switches to the restricted role for its
 * session after migrating. That stops a stray statement of the application from touching the
 * log; it does not stop SQL that first runs RESET ROLE (docs/audit.md).
 */
async function openPglite(dataDir: string, serviceRole: string | null): Promise<OpenedDatabase> {
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  try {
    const db = drizzlePglite(client, { schema });
    await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const query = (text: string, values?: unknown[]) => client.query(text, values);
    const setRole = await roleToSet(query, serviceRole);
    if (setRole) await client.query(`set role ${quoteIdent(setRole)}`);
    const role = await currentRole(query);
    return { db, kind: 'pglite', role, close: () => client.close() };
  } catch (error) {
    await client.close();
    throw error;
  }
}

type Query = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

/**
 * The role to switch to: none when the connected role already cannot change audit_log (it is
 * the restricted role itself, or was granted only what it needs); the service role when it
 * exists and the connected role may become it; otherwise none, with a warning, since the
 * service then could remove the log's protection.
 */
async function roleToSet(query: Query, serviceRole: string | null): Promise<string | null> {
  const [state] = (
    await query(
      `select current_user as "user",
        pg_get_userbyid(c.relowner) = current_user
          or has_table_privilege('audit_log', 'UPDATE, DELETE, TRUNCATE') as "canAlter",
        exists (select 1 from pg_roles where rolname = $1) as "roleExists"
       from pg_class c where c.oid = 'audit_log'::regclass`,
      [serviceRole ?? SERVICE_ROLE],
    )
  ).rows as { user: string; canAlter: boolean; roleExists: boolean }[];
  if (!state?.canAlter) return null;
  if (serviceRole === null) return null;
  if (state.roleExists) {
    const [member] = (
      await query(`select pg_has_role(current_user, $1, 'MEMBER') as "member"`, [serviceRole])
    ).rows as { member: boolean }[];
    if (member?.member) return serviceRole;
  }
  warnUnrestricted(state.user, serviceRole);
  return null;
}

let warned = false;

function warnUnrestricted(user: string, serviceRole: string): void {
  if (warned) return;
  warned = true;
  console.warn(
    `警告：数据库角色 ${user} 可以改动或清空审计日志，且无法切换为 ${serviceRole}；请按 docs/audit.md 设置服务角色 / ` +
      `warning: database role ${user} can alter or empty the audit log and cannot switch to ${serviceRole}; set up the service role as docs/audit.md describes`,
  );
}

async function currentRole(query: Query): Promise<string> {
  const [row] = (await query('select current_user as "role"')).rows as { role: string }[];
  return row?.role ?? '';
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
