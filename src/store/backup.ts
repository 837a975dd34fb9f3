import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from './database.ts';

/**
 * A logical backup: every table of the `public` schema (uploaded materials are rows there too),
 * as the database's own JSON of each row, gzip-compressed. The JSON text goes from the database
 * to the file and back unparsed, so numbers, amounts, timestamps to the microsecond and bytes
 * come back exactly, on PGlite and PostgreSQL alike and from one to the other.
 *
 * Lines: `H {header}`, then per table `T {table}`, `R <row json>`…, `E {rows}`, and last
 * `Z {totals}`; a file without its `Z` line was cut short and is refused.
 */
export const BACKUP_FORMAT = 'pingding-backup/1';

/** What a backup holds, from its first line. */
export interface BackupHeader {
  format: string;
  /** ISO time the snapshot was taken. */
  at: string;
  source: 'pglite' | 'postgres';
  /** The hashes of the migrations the database had, in order: a restore needs the same. */
  migrations: string[];
}

/** Tables and rows a backup or restore went through. */
export interface BackupTotals {
  tables: number;
  rows: number;
}

const FETCH_ROWS = 500;
const INSERT_ROWS = 200;

/** Thrown for a file that is not a whole backup, or a target that is not an empty database. */
export class BackupError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/**
 * The `public` tables, parents before the tables whose foreign keys point at them, so a
 * restore in file order never inserts a row before the row it refers to.
 */
export async function tablesInDependencyOrder(db: Executor): Promise<string[]> {
  const tables = (
    await rows<{ name: string }>(
      db,
      sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    )
  ).map((t) => t.name);
  const edges = await rows<{ child: string; parent: string }>(
    db,
    sql`select c.relname as child, p.relname as parent
        from pg_constraint k
        join pg_class c on c.oid = k.conrelid
        join pg_class p on p.oid = k.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = 'public' and k.conrelid <> k.confrelid`,
  );
  const ordered: string[] = [];
  const placed = new Set<string>();
  const visit = (table: string, path: Set<string>) => {
    if (placed.has(table) || path.has(table)) return;
    path.add(table);
    for (const edge of edges) if (edge.child === table) visit(edge.parent, path);
    placed.add(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

/**
 * Writes a backup of the whole database to `file`, from one snapshot (REPEATABLE READ), so a
 * running PostgreSQL service may go on writing meanwhile. A PGlite folder can be open in one
 * process only: stop the service first.
 */
export async function backupDatabase(
  db: Database,
  source: BackupHeader['source'],
  file: string,
): Promise<BackupTotals> {
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  const totals: BackupTotals = { tables: 0, rows: 0 };
  await db.transaction(
    async (tx) => {
      await tx.execute(sql`set local time zone 'UTC'`);
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        at: new Date().toISOString(),
        source,
        migrations: await migrationHashes(tx),
      };
      await write(`H ${JSON.stringify(header)}`);
      for (const table of await tablesInDependencyOrder(tx)) {
        await write(`T ${JSON.stringify({ table })}`);
        let count = 0;
        await tx.execute(
          sql.raw(
            `declare pingding_backup no scroll cursor for select row_to_json(t)::text as r from public.${ident(table)} t`,
          ),
        );
        for (;;) {
          const batch = await rows<{ r: string }>(
            tx,
            sql.raw(`fetch ${FETCH_ROWS} from pingding_backup`),
          );
          for (const row of batch) await write(`R ${row.r}`);
          count += batch.length;
          if (batch.length < FETCH_ROWS) break;
        }
        await tx.execute(sql.raw('close pingding_backup'));
        await write(`E ${JSON.stringify({ table, rows: count })}`);
        totals.tables += 1;
        totals.rows += count;
      }
      await write(`Z ${JSON.stringify(totals)}`);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  gzip.end();
  await once(out, 'close');
  return totals;
}

/** The header of a backup file, checked for its format. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  for await (const line of lines(file)) return parseHeader(line);
  throw notABackup();
}

/**
 * Restores a backup into `db`, which must be empty and migrated to the same migrations as the
 * backup: in one transaction, so a refused or broken file leaves the database as it was.
 * Sequences are moved past the restored ids. Run it as the owner of the tables.
 */
export async function restoreDatabase(db: Database, file: string): Promise<BackupTotals> {
  return db.transaction(async (tx) => {
    const have = await migrationHashes(tx);
    const tables = new Set(await tablesInDependencyOrder(tx));
    for (const table of tables) {
      const [row] = await rows<{ any: boolean }>(
        tx,
        sql.raw(`select exists (select 1 from public.${ident(table)}) as "any"`),
      );
      if (row?.any) {
        throw new BackupError(
          `目标数据库不是空的（表 ${table} 已有数据），恢复只写入空数据库`,
          `the target database is not empty (table ${table} has rows); a restore goes into an empty database only`,
        );
      }
    }
    let header: BackupHeader | undefined;
    let table: string | undefined;
    let pending: string[] = [];
    let complete = false;
    const totals: BackupTotals = { tables: 0, rows: 0 };
    const flush = async () => {
      if (!table || pending.length === 0) return;
      await tx.execute(
        sql`insert into ${sql.raw(`public.${ident(table)}`)}
            select * from json_populate_recordset(null::${sql.raw(`public.${ident(table)}`)}, ${`[${pending.join(',')}]`}::json)`,
      );
      totals.rows += pending.length;
      pending = [];
    };
    for await (const line of lines(file)) {
      const kind = line.slice(0, 2);
      const body = line.slice(2);
      if (!header) {
        header = parseHeader(line);
        if (header.migrations.join() !== have.join()) {
          throw new BackupError(
            `备份来自另一版本的数据库结构（${header.migrations.length} 个迁移，此处 ${have.length} 个），请用相同版本恢复`,
            `the backup comes from another version of the schema (${header.migrations.length} migrations, here ${have.length}); restore it with the same version`,
          );
        }
      } else if (kind === 'T ') {
        table = (JSON.parse(body) as { table: string }).table;
        if (!tables.has(table)) throw notABackup();
      } else if (kind === 'R ') {
        if (!table) throw notABackup();
        pending.push(body);
        if (pending.length >= INSERT_ROWS) await flush();
      } else if (kind === 'E ') {
        await flush();
        totals.tables += 1;
        table = undefined;
      } else if (kind === 'Z ') {
        const expected = JSON.parse(body) as BackupTotals;
        if (expected.rows !== totals.rows || expected.tables !== totals.tables) throw notABackup();
        complete = true;
      } else {
        throw notABackup();
      }
    }
    if (!complete) throw notABackup();
    await resetSequences(tx);
    return totals;
  });
}

/** Moves every serial column's sequence past the largest id restored. */
async function resetSequences(db: Executor): Promise<void> {
  const serials = await rows<{ table: string; column: string; sequence: string }>(
    db,
    sql`select table_name as "table", column_name as "column",
          pg_get_serial_sequence(format('public.%I', table_name), column_name) as "sequence"
        from information_schema.columns
        where table_schema = 'public'
          and pg_get_serial_sequence(format('public.%I', table_name), column_name) is not null`,
  );
  for (const s of serials) {
    await db.execute(
      sql.raw(
        `select setval('${s.sequence.replaceAll("'", "''")}', coalesce((select max(${ident(s.column)}) from public.${ident(s.table)}), 0) + 1, false)`,
      ),
    );
  }
}

async function migrationHashes(db: Executor): Promise<string[]> {
  return (
    await rows<{ hash: string }>(db, sql`select hash from drizzle.__drizzle_migrations order by id`)
  ).map((m) => m.hash);
}

function parseHeader(line: string): BackupHeader {
  if (!line.startsWith('H ')) throw notABackup();
  let header: BackupHeader;
  try {
    header = JSON.parse(line.slice(2)) as BackupHeader;
  } catch {
    throw notABackup();
  }
  if (header.format !== BACKUP_FORMAT || !Array.isArray(header.migrations)) throw notABackup();
  return header;
}

function notABackup(): BackupError {
  return new BackupError(
    '文件不是完整的 pingding 备份（格式不符或被截断），未恢复任何数据',
    'the file is not a whole pingding backup (another format, or cut short); nothing was restored',
  );
}

async function* lines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file).pipe(createGunzip());
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      if (line !== '') yield line;
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw notABackup();
  }
}

function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function rows<T>(db: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}
