import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../store/database.ts';
import { sealIdNumber } from '../../store/relief-sealed.ts';
import { reliefFamily, reliefMember } from '../../store/schema/relief-pilot.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function pingding(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/pingding.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: '', PINGDING_FIELD_KEY_FILE: '' },
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

const root = mkdtempSync(join(tmpdir(), 'pingding-keys-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('pingding keys status / rotate', () => {
  it('adds a key beside the database and seals every field again under it', async () => {
    const dataDir = join(root, 'pglite');
    const database = await openDatabase({ dataDir });
    const [family] = await database.db
      .insert(reliefFamily)
      .values({
        familyCode: 'KEY0001',
        county: '文成县',
        township: '大峃镇',
        createdBy: 'test',
        createdAt: new Date(),
      })
      .returning({ id: reliefFamily.id });
    await database.db.insert(reliefMember).values({
      familyId: family!.id,
      position: 0,
      name: '林某',
      ...sealIdNumber('330399197501010410'),
      relation: '户主',
      isHead: true,
      insured: true,
    });
    await database.close();

    const status = pingding('keys', 'status', '--data-dir', dataDir);
    expect(status.status).toBe(0);
    expect(status.out).toContain(`密钥文件：${join(root, 'field.keys')}`);
    expect(status.out).toContain('k1（当前）：1 个字段值');

    const rotate = pingding('keys', 'rotate', '--data-dir', dataDir, '--lang', 'en');
    expect(rotate.status).toBe(0);
    expect(rotate.out).toContain('Key k2 added');
    expect(rotate.out).toContain('sealed again: 1 ID numbers');
    expect(rotate.out).toContain('k2 (current): 1 values');
    expect(rotate.out).toContain('k1: 0 values');
    expect(readFileSync(join(root, 'field.keys'), 'utf8').trim().split('\n')).toHaveLength(2);
  }, 120_000);
});
