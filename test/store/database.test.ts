import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
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
      expect(await verifyAuditChain(second.db)).toMatchObject({ ok: true, count: 1 });
      expect(second.role).toBe('pingding_service');
      // The key lives beside the PGlite folder, not in it, readable by its owner only.
      expect(statSync(join(root, 'nested', 'audit.key')).mode & 0o777).toBe(0o600);
      expect(second.audit.headDir).toBe(join(root, 'nested', 'audit-heads', 'pglite'));
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
      expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true, count: 0 });
      await handle.close();
    } finally {
      await fresh.drop();
    }
  });

  it('migrates as the owner (MIGRATION_DATABASE_URL) and serves as a login role that cannot alter the log', async () => {
    const fresh = await createFreshPostgresDatabase();
    const suffix = randomBytes(4).toString('hex');
    const owner = `pingding_t_owner_${suffix}`;
    const app = `pingding_t_app_${suffix}`;
    const asUser = (user: string) => {
      const url = new URL(fresh.url);
      url.username = user;
      return url.href;
    };
    const superuser = async (statement: string) => {
      const client = new pg.Client({ connectionString: fresh.url });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    };
    const database = new URL(fresh.url).pathname.slice(1);
    try {
      // As a DBA would set it up (docs/audit.md): an owner that is not a superuser.
      await superuser(`create role ${owner} login createrole`);
      await superuser(`alter database ${database} owner to ${owner}`);
      vi.stubEnv('MIGRATION_DATABASE_URL', asUser(owner));
      vi.stubEnv('DATABASE_URL', asUser(app));
      // The service role exists once the owner has migrated; the login role joins it.
      const first = await openDatabase({ url: asUser(owner), serviceRole: null });
      await first.close();
      await superuser(`create role ${app} login in role pingding_service`);

      const handle = await openDatabase();
      try {
        expect(handle.role).toBe(app);
        await handle.db.transaction((tx) =>
          appendAudit(tx, { actor: 'a', action: 'create', entity: 'e', entityId: '1' }),
        );
        const denied = {
          cause: { message: expect.stringMatching(/permission denied|must be owner/) },
        };
        for (const statement of [
          sql`alter table audit_log disable trigger user`,
          sql`drop trigger audit_log_append_only on audit_log`,
          sql`update audit_log set actor = 'x'`,
          sql`delete from audit_log`,
          sql`truncate audit_log`,
          sql`set role ${sql.raw(owner)}`,
        ]) {
          await expect(handle.db.execute(statement)).rejects.toMatchObject(denied);
        }
        expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true, count: 1 });
      } finally {
        await handle.close();
      }
    } finally {
      await fresh.drop();
      await superuser(`drop role if exists ${app}`).catch(() => undefined);
      await superuser(`drop role if exists ${owner}`).catch(() => undefined);
    }
  });
});
