import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const root = mkdtempSync(join(tmpdir(), 'pingding-backup-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('pingding backup / restore', () => {
  it('backs up a PGlite folder and restores it into an empty one, chain verified', async () => {
    // Both folders in one data directory: the restore uses the same audit key.
    const source = join(root, 'source');
    const database = await openDatabase({ dataDir: source });
    for (const id of ['a', 'b', 'c']) {
      await database.db.transaction((tx) =>
        appendAudit(tx, { actor: 'test', action: 'x', entity: 'e', entityId: id }),
      );
    }
    await database.close();
    expect(pingding('audit', 'head', '--data-dir', source).status).toBe(0);

    const file = join(root, 'backup.jsonl.gz');
    const backup = pingding('backup', '--data-dir', source, '--out', file, '--lang', 'en');
    expect(backup.status).toBe(0);
    expect(backup.out).toContain(`Backed up: ${file}`);
    expect(backup.out).toContain('The audit key is not in the backup');

    const target = join(root, 'target');
    const heads = join(root, 'audit-heads', 'source');
    const restore = pingding('restore', file, '--data-dir', target, '--head-dir', heads);
    expect(restore.status).toBe(0);
    expect(restore.out).toContain('审计日志完整：3 条记录');
    expect(restore.out).toContain('已对照签名链头');

    const again = pingding('restore', file, '--data-dir', target, '--lang', 'en');
    expect(again.status).toBe(1);
    expect(again.out).toContain('Not restored: the target database is not empty');
  }, 120_000);
});
