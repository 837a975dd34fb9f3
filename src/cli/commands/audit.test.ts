import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appendAudit } from '../../store/audit.ts';
import { openDatabase } from '../../store/database.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function verify(dataDir: string) {
  const run = spawnSync(
    process.execPath,
    ['bin/pingding.js', 'audit', 'verify', '--data-dir', dataDir],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return { status: run.status, out: run.stdout };
}

describe('pingding audit verify', () => {
  it('passes an intact chain and names the first record of a tampered one', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pingding-audit-'));
    const database = await openDatabase({ dataDir });
    for (const id of ['a', 'b', 'c']) {
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

    const intact = verify(dataDir);
    expect(intact.status).toBe(0);
    expect(intact.out).toContain('3 条记录');

    const again = await openDatabase({ dataDir });
    // Bypassing the append-only trigger, as someone with the database owner's rights could.
    await again.db.execute(sql`alter table audit_log disable trigger user`);
    await again.db.execute(sql`update audit_log set after = '{"id":"x"}' where entity_id = 'b'`);
    await again.close();

    const tampered = verify(dataDir);
    expect(tampered.status).toBe(1);
    expect(tampered.out).toMatch(/前 1 条记录无误，第 \d+ 号记录起哈希链断开/);
  }, 60_000);
});
