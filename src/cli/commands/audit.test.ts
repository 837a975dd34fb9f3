import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../store/audit.ts';
import { openDatabase } from '../../store/database.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function pingding(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/pingding.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: '' },
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A PGlite folder inside a fresh data directory, which then also holds the key and the heads. */
async function seeded(ids: string[]) {
  const root = mkdtempSync(join(tmpdir(), 'pingding-audit-'));
  roots.push(root);
  const dataDir = join(root, 'pglite');
  const database = await openDatabase({ dataDir });
  for (const id of ids) {
    await database.db.transaction((tx) =>
      appendAudit(tx, {
        actor: 'test',
        action: 'case.create',
        entity: 'case',
        entityId: id,
        after: { id },
      }),
    );
  }
  await database.close();
  return dataDir;
}

/** As someone with the owner's rights could: the service's own role may not. */
async function tamper(dataDir: string, ...statements: string[]) {
  const database = await openDatabase({ dataDir, serviceRole: null });
  await database.db.execute(sql`alter table audit_log disable trigger user`);
  for (const statement of statements) await database.db.execute(sql.raw(statement));
  await database.close();
}

describe('pingding audit verify', () => {
  it('passes an intact chain and names the first record of a tampered one', async () => {
    const dataDir = await seeded(['a', 'b', 'c']);
    const intact = pingding('audit', 'verify', '--data-dir', dataDir);
    expect(intact.status).toBe(0);
    expect(intact.out).toContain('3 条记录');
    expect(intact.out).toContain('第 1–3 号记录（3 条）：HMAC-SM3');
    expect(intact.out).toContain('没有已签名的链头可对照');

    await tamper(dataDir, `update audit_log set after = '{"id":"x"}' where entity_id = 'b'`);
    const tampered = pingding('audit', 'verify', '--data-dir', dataDir);
    expect(tampered.status).toBe(1);
    expect(tampered.out).toMatch(/前 1 条记录无误，第 2 号记录起哈希链断开/);
  }, 60_000);

  it('writes a signed head on demand and names a deleted tail against it', async () => {
    const dataDir = await seeded(['a', 'b', 'c', 'd']);
    const head = pingding('audit', 'head', '--data-dir', dataDir, '--lang', 'en');
    expect(head.status).toBe(0);
    expect(head.out).toMatch(/Signed head written: .*audit-heads\/pglite\/audit-head-.*-4\.json/);
    expect(head.out).toContain('4 records, to id 4');

    await tamper(dataDir, 'delete from audit_log where id > 2');
    const tampered = pingding('audit', 'verify', '--data-dir', dataDir, '--lang', 'en');
    expect(tampered.status).toBe(1);
    expect(tampered.out).toContain('missing tail: 2 records after id 2');
    expect(tampered.out).toContain('checked against the signed head');

    const refused = pingding('audit', 'head', '--data-dir', dataDir);
    expect(refused.status).toBe(1);
    expect(refused.out).toContain('未写出链头');
  }, 60_000);
});
