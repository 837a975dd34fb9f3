import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../src/store/audit.ts';
import { openDatabase } from '../../src/store/database.ts';
import { createFreshPostgresDatabase } from '../support/databases.ts';

describe('openDatabase', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('creates a missing PGlite directory and keeps data across opens', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pingding-store-'));
    const dataDir = join(root, 'nested', 'pglite');
    try {
      const first = await openDatabase({ dataDir });
      expect(first.kind).toBe('pglite');
      await first.db.transaction((tx) =>
        appendAudit(tx, { actor: 'a', action: 'create', entity: 'e', entityId: '1' }),
      );
      await first.close();

      const second = await openDatabase({ dataDir });
      expect(await verifyAuditChain(second.db)).toEqual({ ok: true, count: 1 });
      await second.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('uses PostgreSQL when DATABASE_URL is set, unless a dataDir is given', async () => {
    const fresh = await createFreshPostgresDatabase();
    try {
      vi.stubEnv('DATABASE_URL', fresh.url);
      const handle = await openDatabase();
      expect(handle.kind).toBe('postgres');
      expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, count: 0 });
      await handle.close();
    } finally {
      await fresh.drop();
    }
  });
});
