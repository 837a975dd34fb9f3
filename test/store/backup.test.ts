import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { demoActors, ensureDemoAccounts, seedDomainDemo } from '../../src/server/demo/setup.ts';
import { appendAudit, verifyAuditChain } from '../../src/store/audit.ts';
import { readLatestHead, writeAuditHead } from '../../src/store/audit-head.ts';
import { currentAuditKey, useAuditKey } from '../../src/store/audit-key.ts';
import {
  backupDatabase,
  BackupError,
  restoreDatabase,
  tablesInDependencyOrder,
} from '../../src/store/backup.ts';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/store/database.ts';
import { createFreshPostgresDatabase, describeEachDatabase } from '../support/databases.ts';
import { queryRows } from '../support/rows.ts';

const dir = mkdtempSync(join(tmpdir(), 'pingding-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every table's rows as the database's own JSON, sorted: equal contents give equal maps. */
async function contents(db: Database): Promise<Map<string, string[]>> {
  const all = new Map<string, string[]>();
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'UTC'`);
    for (const table of await tablesInDependencyOrder(tx)) {
      const rows = await queryRows<{ r: string }>(
        tx,
        sql.raw(`select row_to_json(t)::text as r from public."${table}" t`),
      );
      all.set(table, rows.map((row) => row.r).sort());
    }
  });
  return all;
}

/** An empty database of each kind to restore into, opened as the owner. */
async function emptyTarget(kind: 'pglite' | 'postgres') {
  if (kind === 'pglite') {
    const handle = await openDatabase({ dataDir: 'memory://', serviceRole: null });
    return { handle, drop: async () => {} };
  }
  const fresh = await createFreshPostgresDatabase();
  const handle = await openDatabase({ url: fresh.url, serviceRole: null });
  return { handle, drop: () => fresh.drop() };
}

describeEachDatabase('backup and restore drill', (getDb, source) => {
  it('restores into an empty database of either kind, chain verified, every table equal', async () => {
    const db = getDb();
    // The restore runs with the source's key, as the key file is kept with the backups.
    const key = currentAuditKey();
    await ensureDemoAccounts(db);
    await seedDomainDemo(db, await demoActors(db), '2026-11-23');
    await db.transaction((tx) =>
      appendAudit(tx, { actor: 'test', action: 'drill', entity: 'e', entityId: '1' }),
    );
    const heads = join(dir, `heads-${source.kind}`);
    const written = await writeAuditHead(db, currentAuditKey(), heads);
    expect(written.ok).toBe(true);
    const before = await contents(db);
    // The drill means something only if the seed filled the tables it should.
    const filled = [...before].filter(([, rows]) => rows.length > 0).map(([t]) => t);
    // Uploaded materials are rows (bytes included), so they travel with the backup.
    expect(filled).toEqual(expect.arrayContaining(['audit_log', 'accounts', 'hq_material']));
    expect(filled.length).toBeGreaterThan(10);

    const file = join(dir, `drill-${source.kind}.jsonl.gz`);
    const totals = await backupDatabase(db, source.kind, file);
    expect(totals.tables).toBe(before.size);

    for (const kind of ['pglite', 'postgres'] as const) {
      const target = await emptyTarget(kind);
      useAuditKey(key);
      try {
        const restored = await restoreDatabase(target.handle.db, file);
        expect(restored).toEqual(totals);
        const head = readLatestHead(key, heads);
        const chain = await verifyAuditChain(target.handle.db, { head });
        expect(chain).toMatchObject({ ok: true, count: head?.count });
        expect(await contents(target.handle.db)).toEqual(before);
        // New records go on after the restored ones, on the same chain.
        await target.handle.db.transaction((tx) =>
          appendAudit(tx, { actor: 'test', action: 'after', entity: 'e', entityId: '2' }),
        );
        expect(await verifyAuditChain(target.handle.db, { head })).toMatchObject({ ok: true });

        // A second restore into the now full database is refused and changes nothing.
        await expect(restoreDatabase(target.handle.db, file)).rejects.toThrow(BackupError);
      } finally {
        await target.handle.close();
        await target.drop();
        useAuditKey(key);
      }
    }
  }, 180_000);
});

it('refuses a file cut short or not a backup, restoring nothing', async () => {
  let handle: DatabaseHandle | undefined;
  try {
    handle = await openDatabase({ dataDir: 'memory://', serviceRole: null });
    await handle.db.transaction((tx) =>
      appendAudit(tx, { actor: 'a', action: 'x', entity: 'e', entityId: '1' }),
    );
    const full = join(dir, 'small.jsonl.gz');
    await backupDatabase(handle.db, 'pglite', full);
    await handle.close();

    const { gunzipSync, gzipSync } = await import('node:zlib');
    const { readFileSync } = await import('node:fs');
    const text = gunzipSync(readFileSync(full)).toString('utf8');
    const cut = join(dir, 'cut.jsonl.gz');
    writeFileSync(cut, gzipSync(text.slice(0, text.lastIndexOf('\nZ '))));
    const junk = join(dir, 'junk.jsonl.gz');
    writeFileSync(junk, 'not a backup');

    handle = await openDatabase({ dataDir: 'memory://', serviceRole: null });
    for (const file of [cut, junk]) {
      await expect(restoreDatabase(handle.db, file)).rejects.toThrow(BackupError);
    }
    const [row] = await queryRows<{ n: string }>(
      handle.db,
      sql`select count(*) as n from audit_log`,
    );
    expect(Number(row?.n)).toBe(0);
  } finally {
    await handle?.close();
  }
});
